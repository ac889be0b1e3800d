import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { DbHandle } from '../../src/db/connect.ts';
import type { Clock } from '../../src/lib/clock.ts';
import { type BuildAppOptions, buildApp } from '../../src/server/app.ts';
import { ensureInstanceInfo } from '../../src/server/instance.repository.ts';
import { createPractice, type TestPractice } from './factories.ts';

/** The real application, in-process, on the given test database (requests go through app.inject). */
export async function createTestApp(
  handle: DbHandle,
  options: { clock?: Clock; env?: NodeJS.ProcessEnv } & Partial<BuildAppOptions> = {},
): Promise<FastifyInstance> {
  const config = loadConfig({ HYGIE_DATA_DIR: '/nonexistent', ...options.env });
  await ensureInstanceInfo(handle.db, new Date());
  return buildApp({ config, handle, logger: false, webDist: false, loginRateLimitPerMinute: 1000, ...options });
}

/**
 * The set-up most route tests share: the app on the dialect's database (ready before the first
 * test, closed after the last) and one practice with a member of each role (its profile as
 * `createPractice` makes it, with `profile` over it).
 * @example const t = routeFixture(db, { clock }); … t.app().inject(…), t.practice().owner
 */
export function routeFixture(
  db: () => DbHandle,
  options: Parameters<typeof createTestApp>[1] = {},
  profile: Parameters<typeof createPractice>[1] = {},
): { app: () => FastifyInstance; practice: () => TestPractice } {
  let app: FastifyInstance | undefined;
  let practice: TestPractice | undefined;
  beforeAll(async () => {
    app = await createTestApp(db(), options);
    await app.ready();
    practice = await createPractice(db(), profile);
  });
  afterAll(() => app?.close());
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('routeFixture: used outside a test');
    return value;
  };
  return { app: () => ready(app), practice: () => ready(practice) };
}
