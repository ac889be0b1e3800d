import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { createTestDatabase } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { syntheticIndexChunks } from './scan-rows.test-support.ts';
import { SCAN_MEMORY_BYTES } from './scan-upload.ts';

const ROWS = 46_000;

/**
 * A client that sends the whole request before it reads a byte of the answer, as browsers and most
 * HTTP libraries do. The upload (30 MB) is larger than what the server holds in memory, and both it
 * and the result (17 MB) are larger than what the sockets buffer while nobody reads them: an answer
 * started while the upload still came in stalled both sides for ever (the test timed out).
 */
describe('POST /retention/scan?format=csv from a client that writes everything before reading', () => {
  let app: FastifyInstance;
  let drop: () => Promise<void>;
  let practice: TestPractice;
  beforeAll(async () => {
    const database = await createTestDatabase('sqlite');
    drop = database.drop;
    app = await createTestApp(database.handle);
    await app.listen({ port: 0, host: '127.0.0.1' });
    practice = await createPractice(database.handle);
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  it('gets its whole answer', async () => {
    const body = Buffer.concat([...syntheticIndexChunks(ROWS, { padding: 600 })]);
    expect(body.length).toBeGreaterThan(SCAN_MEMORY_BYTES);
    const { port } = app.server.address() as AddressInfo;
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/retention/scan?asOf=2026-12-01&profession=medecin&format=csv',
      headers: { ...bearer(practice.owner), 'content-type': 'text/csv', 'content-length': String(body.length) },
    });
    // The answer is not read (the response stays paused) until the request is entirely sent.
    const response = once(req, 'response') as Promise<[http.IncomingMessage]>;
    req.end(body);
    await once(req, 'finish');
    const [res] = await response;
    let lines = 0;
    for await (const chunk of res as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(lines).toBe(ROWS + 1);
  }, 120_000);
});
