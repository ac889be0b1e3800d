import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../test/support/app.ts';
import { describeEachDialect } from '../../test/support/db.ts';

/**
 * Behind a proxy that appends the address it sees to X-Forwarded-For, the left-most entries are
 * whatever the client wrote: they must never choose the rate-limit bucket.
 */
describeEachDialect('trusted proxies and the per-address rate limit', (db) => {
  const apps: FastifyInstance[] = [];
  afterAll(() => Promise.all(apps.map((app) => app.close())));

  async function appTrusting(value: string) {
    const app = await createTestApp(db(), { env: { HYGIE_TRUST_PROXY: value }, loginRateLimitPerMinute: 3 });
    await app.ready();
    apps.push(app);
    return app;
  }

  /** A failed sign-in reaching Hygie from `peer`, with the X-Forwarded-For the proxies built. */
  const login = (app: FastifyInstance, peer: string, forwardedFor: string, i: number) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: peer,
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { email: `inconnu-${i}@exemple.fr`, password: 'x' },
    });

  let oneHop: FastifyInstance;
  let listed: FastifyInstance;
  beforeAll(async () => {
    oneHop = await appTrusting('1');
    listed = await appTrusting('10.0.0.0/8');
  });

  it('one trusted hop: a new spoofed left-most address at every attempt still ends in 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await login(oneHop, '10.0.0.5', `198.18.0.${i + 1}, 203.0.113.7`, i);
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().message).toMatch(/^Trop de tentatives/);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // Another real client, behind the same proxy, has its own allowance.
    expect((await login(oneHop, '10.0.0.5', '198.18.0.1, 203.0.113.8', 9)).statusCode).toBe(401);
  });

  it('listed proxies: the client is the last address before them, whatever comes first', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await login(listed, '10.0.0.5', `198.18.1.${i + 1}, 203.0.113.9, 10.0.0.7`, i);
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // A client reaching Hygie directly (not from a listed proxy) cannot pose as someone else.
    const direct: number[] = [];
    for (let i = 0; i < 4; i++) direct.push((await login(listed, '192.0.2.1', `198.18.2.${i + 1}`, i)).statusCode);
    expect(direct).toEqual([401, 401, 401, 429]);
  });
});
