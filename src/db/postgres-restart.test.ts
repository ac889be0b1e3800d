import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/support/app.ts';
import { testMasterKeyFile } from '../../test/support/db.ts';
import { createPractice, signIn } from '../../test/support/factories.ts';
import { type Cluster, findPostgresBin, startThrowawayCluster } from '../../test/support/postgres-cluster.ts';
import { connectPostgres, type DbHandle } from './connect.ts';
import { migrateToLatest } from './migrate.ts';

const bin = findPostgresBin();

/** Asks until the answer has the wanted status (PostgreSQL takes a moment to accept connections). */
async function readyStatus(app: FastifyInstance, wanted: number, tries = 40): Promise<number> {
  let status = 0;
  for (let i = 0; i < tries; i += 1) {
    status = (await app.inject('/api/ready')).statusCode;
    if (status === wanted) return status;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return status;
}

// Its own cluster: stopping the shared one would break the other test files.
describe.skipIf(!bin && !process.env.CI)('PostgreSQL restarted while Hygie serves', () => {
  let cluster: Cluster;
  let handle: DbHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    cluster = await startThrowawayCluster(bin as string);
    handle = connectPostgres(cluster.url, { max: 4, masterKeyFile: testMasterKeyFile() });
    await migrateToLatest(handle.db);
    app = await createTestApp(handle);
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    cluster?.stop();
  });

  it('turns /api/ready to 503 while the database is down, then back to 200 without a restart of Hygie', async () => {
    expect((await app.inject('/api/ready')).statusCode).toBe(200);
    const practice = await createPractice(handle);
    const { headers } = await signIn(app, practice.owner);
    // Idle connections of the pool are cut by the shutdown: the process must survive that.
    await Promise.all([app.inject('/api/ready'), app.inject('/api/ready'), app.inject('/api/ready')]);
    cluster.pause();
    const down = await app.inject('/api/ready');
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ status: 'unavailable', message: 'La base de données ne répond pas.' });
    // A signed-in request answers a French error (the process neither hangs nor stops).
    const me = await app.inject({ url: '/api/v1/me', headers });
    expect(me.statusCode).toBe(503);
    expect(me.headers['retry-after']).toBe('5');
    expect(me.json()).toMatchObject({ code: 'database_unavailable', message: expect.stringMatching(/ne répond pas/) });
    cluster.resume();
    expect(await readyStatus(app, 200)).toBe(200);
    // Same session, new connections: nothing was lost.
    expect((await app.inject({ url: '/api/v1/me', headers })).statusCode).toBe(200);
  }, 120_000);
});
