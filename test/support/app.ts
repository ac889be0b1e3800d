import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import type { DbHandle } from '../../src/db/connect.ts';
import type { Clock } from '../../src/lib/clock.ts';
import { type BuildAppOptions, buildApp } from '../../src/server/app.ts';
import { ensureInstanceInfo } from '../../src/server/instance.repository.ts';

/** The real application, in-process, on the given test database (requests go through app.inject). */
export async function createTestApp(
  handle: DbHandle,
  options: { clock?: Clock; env?: NodeJS.ProcessEnv } & Partial<BuildAppOptions> = {},
): Promise<FastifyInstance> {
  const config = loadConfig({ HYGIE_DATA_DIR: '/nonexistent', ...options.env });
  await ensureInstanceInfo(handle.db, new Date());
  return buildApp({ config, handle, logger: false, webDist: false, loginRateLimitPerMinute: 1000, ...options });
}
