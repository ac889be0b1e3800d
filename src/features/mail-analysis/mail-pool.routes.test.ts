import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { createTestDatabase } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { gatedWorker } from './mail-pool.test-support.ts';
import { corpusMessage } from './mail-test-corpus.ts';

const URL = '/api/v1/tools/mail-analysis';
const PHISHING = corpusMessage('phish-ameli-refund.eml');

/** Each pool starts worker threads that load the analyser: seconds on a busy machine. */
const POOL_TEST_TIMEOUT = 120_000;

describe('POST /tools/mail-analysis runs on the worker pool', () => {
  const gate = gatedWorker();
  let app: FastifyInstance;
  let tooSlow: FastifyInstance;
  let drop: () => Promise<void>;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    const database = await createTestDatabase('sqlite');
    drop = database.drop;
    // One analyser, one message waiting at most; each analysis blocks its thread until the gate opens.
    app = await createTestApp(database.handle, { mailPool: { workers: 1, queue: 1, ...gate.options } });
    // Analyses that never end, stopped after a tenth of a second.
    tooSlow = await createTestApp(database.handle, { mailPool: { timeoutMs: 100, ...gatedWorker().options } });
    [a, b] = await Promise.all([createPractice(database.handle), createPractice(database.handle)]);
  });
  afterAll(async () => {
    await app.close();
    await tooSlow.close();
    await drop();
  });

  const analyse = (target: FastifyInstance, user: { token: string }) =>
    target.inject({
      method: 'POST',
      url: URL,
      headers: { ...bearer(user), 'content-type': 'message/rfc822' },
      payload: PHISHING,
    });

  it(
    'keeps the server answering while analyses run, and shares the analysers fairly',
    async () => {
      const settled = new Set<number>();
      const sent = [0, 1, 2].map((i) =>
        analyse(app, a.owner).then((res) => {
          settled.add(i);
          return res;
        }),
      );
      // One runs (held at the gate), one waits, and the third of the same practice is refused.
      const first = await Promise.race(sent);
      expect(first.statusCode, first.body).toBe(429);
      expect(first.headers['retry-after']).toBe('60');
      expect(first.json()).toEqual({
        code: 'too_many_requests',
        message: 'Votre cabinet a déjà des messages en cours d’analyse : attendez leur résultat, puis réessayez.',
      });
      // The waiting line (one message) is full: another practice is asked to come back.
      const other = await analyse(app, b.owner);
      expect(other.statusCode).toBe(503);
      expect(other.json()).toEqual({
        code: 'busy',
        message: 'Hygie analyse déjà beaucoup de messages : réessayez dans une minute.',
      });
      // The analysis is still running (its thread is blocked), and the server answers.
      const health = await app.inject('/api/health');
      expect(health.statusCode).toBe(200);
      expect(settled.size).toBe(1);

      gate.open();
      const answers = (await Promise.all(sent)) as LightMyRequestResponse[];
      const done = answers.filter((res) => res.statusCode === 200);
      expect(done).toHaveLength(2);
      for (const res of done) expect(res.json()).toMatchObject({ verdict: 'dangerous' });
    },
    POOL_TEST_TIMEOUT,
  );

  it(
    'stops an analysis over the time limit with a French error',
    async () => {
      const res = await analyse(tooSlow, a.owner);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'invalid_input',
        field: 'file',
        message: expect.stringMatching(/^L’analyse de ce message a pris trop de temps : Hygie l’a arrêtée\./),
      });
    },
    POOL_TEST_TIMEOUT,
  );
});
