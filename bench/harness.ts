import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { loadConfig } from '../src/config.ts';
import { connect, type DbHandle } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { practiceProfileSchema } from '../src/features/accounts/accounts.schema.ts';
import { createPracticeWithOwner } from '../src/features/accounts/create-practice.ts';
import { createToken } from '../src/features/accounts/tokens.repository.ts';
import { newMasterKey, writeMasterKeyFile } from '../src/lib/crypto/master-key.ts';
import { buildApp } from '../src/server/app.ts';
import { ensureInstanceInfo } from '../src/server/instance.repository.ts';

export interface Measure {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

/** Loads one URL for a bounded time from this process, on loopback only. */
export async function measure(
  name: string,
  url: string,
  options: { seconds?: number; headers?: Record<string, string> } = {},
): Promise<Measure> {
  const result = await autocannon({
    url,
    connections: 10,
    duration: options.seconds ?? Number(process.env.BENCH_SECONDS ?? 5),
    headers: options.headers,
  });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** A bare Fastify route: the ceiling every Hygie route is compared with. */
export async function startBare(): Promise<{ url: string; close(): Promise<void> }> {
  const bare = Fastify();
  bare.get('/bare', async () => ({ status: 'ok' }));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const address = bare.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/bare`, close: () => bare.close() };
}

/** The real application (API and web pages) on loopback, with a fresh encrypted SQLite (or DATABASE_URL when set). */
export async function startHygie() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-bench-'));
  // On PostgreSQL, practice content is encrypted (src/lib/crypto/practice-vault.ts): a fresh master key
  // unless HYGIE_MASTER_KEY_FILE names one.
  const masterKeyFile = path.join(dataDir, 'master.key');
  if (process.env.DATABASE_URL && !process.env.HYGIE_MASTER_KEY_FILE)
    writeMasterKeyFile(masterKeyFile, [newMasterKey()]);
  const config = loadConfig({
    HYGIE_MASTER_KEY_FILE: process.env.DATABASE_URL ? masterKeyFile : undefined,
    ...process.env,
    HYGIE_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const handle = connect(config);
  await migrateToLatest(handle.db);
  await ensureInstanceInfo(handle.db, new Date());
  const app = await buildApp({ config, handle, logger: false, rateLimitPerMinute: 10_000_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    handle,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A practice, its owner and an API token with the owner's rights, for the authenticated routes. */
export async function seedPracticeWithToken(handle: DbHandle): Promise<string> {
  const now = new Date();
  const { owner } = await createPracticeWithOwner(
    handle.db,
    {
      profile: practiceProfileSchema.parse({
        name: 'Cabinet de mesure',
        structureType: 'solo',
        professions: ['infirmier'],
        dataLocations: ['cloud'],
      }),
      owner: { email: 'mesure@exemple.fr', name: 'Camille Mesure', password: 'girafe-lumière-tambour-pivoine-7' },
    },
    now,
  );
  const { token } = await createToken(
    handle.db,
    { userId: owner.id, practiceId: owner.practiceId, name: 'bench', expiresAt: new Date(now.getTime() + 86_400_000) },
    now,
  );
  return token;
}
