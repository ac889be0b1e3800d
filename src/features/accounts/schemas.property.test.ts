import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';

/** Any JSON value, including deep and odd ones, as a hostile client could send. */
const anyJson = fc.jsonValue({ maxDepth: 4 });
/** Objects shaped like the expected bodies, with wrong types and extra fields mixed in. */
const nearBody = (keys: string[]) =>
  fc.dictionary(fc.constantFrom(...keys, 'role', 'admin', '__proto__', 'constructor'), anyJson, { maxKeys: 6 });

const targets: { method: 'POST' | 'PUT' | 'PATCH'; url: string; keys: string[]; as: 'none' | 'owner' }[] = [
  { method: 'POST', url: '/api/v1/auth/login', keys: ['email', 'password'], as: 'none' },
  {
    method: 'PUT',
    url: '/api/v1/practice',
    keys: ['name', 'structureType', 'professions', 'staffCount', 'dpo'],
    as: 'owner',
  },
  { method: 'POST', url: '/api/v1/users/invitations', keys: ['email', 'role'], as: 'owner' },
  { method: 'POST', url: '/api/v1/invitations/accept', keys: ['token', 'name', 'password'], as: 'none' },
  { method: 'POST', url: '/api/v1/me/tokens', keys: ['name', 'expiresInDays'], as: 'owner' },
  { method: 'PUT', url: '/api/v1/me/password', keys: ['currentPassword', 'newPassword'], as: 'owner' },
];

describeEachDialect('auth and user schemas under arbitrary input', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  beforeAll(async () => {
    app = await createTestApp(db());
    await app.ready();
    a = await createPractice(db());
  });
  afterAll(() => app.close());

  it.each(targets)('$method $url answers 4xx in French, never 500', async ({ method, url, keys, as }) => {
    const headers = as === 'owner' ? bearer(a.owner) : {};
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, nearBody(keys)), async (body) => {
        const res = await app.inject({
          method,
          url,
          payload: JSON.stringify(body),
          headers: { ...headers, 'content-type': 'application/json' },
        });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode >= 400) {
          const error = res.json();
          expect(typeof error.message).toBe('string');
          expect(error.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('raw garbage bodies are refused as invalid JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (raw) => {
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: raw,
          headers: { 'content-type': 'application/json' },
        });
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
