import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { computeSecurityHeaders, registerSecurityHeaders, securityHeaderOptions } from './security.ts';

describe('security headers, computed once', () => {
  it.each([
    [false, undefined, false],
    [true, 'max-age=31536000; includeSubDomains', true],
  ])('over TLS %s: HSTS %s, upgrade of insecure requests %s', (tls, hsts, upgrade) => {
    const headers = computeSecurityHeaders(securityHeaderOptions({ tls }));
    expect(headers['strict-transport-security']).toBe(hsts);
    expect(headers['content-security-policy']?.includes('upgrade-insecure-requests')).toBe(upgrade);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cross-origin-embedder-policy']).toBeUndefined();
  });

  it('are on every answer: a route, a 404 and an error', async () => {
    const app = Fastify();
    await registerSecurityHeaders(app, { tls: false });
    app.get('/ok', async () => ({ ok: true }));
    app.get('/fails', async () => {
      throw new Error('boom');
    });
    const expected = computeSecurityHeaders(securityHeaderOptions({ tls: false }));
    for (const url of ['/ok', '/missing', '/fails']) {
      const res = await app.inject(url);
      for (const [name, value] of Object.entries(expected)) expect(res.headers[name], `${url} ${name}`).toBe(value);
    }
    await app.close();
  });
});
