import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/support/app.ts';
import { describeEachDialect } from '../../test/support/db.ts';
import { ConfigError, loadConfig } from '../config.ts';

const TOKEN = 'jeton-de-supervision-assez-long-0123456789';

describeEachDialect('GET /api/metrics', (db) => {
  let withToken: FastifyInstance;
  let without: FastifyInstance;
  beforeAll(async () => {
    withToken = await createTestApp(db(), { env: { HYGIE_METRICS_TOKEN: TOKEN } });
    without = await createTestApp(db());
    await Promise.all([withToken.ready(), without.ready()]);
  });
  afterAll(() => Promise.all([withToken.close(), without.close()]));

  it('does not exist when HYGIE_METRICS_TOKEN is not set', async () => {
    const res = await without.inject({ url: '/api/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(404);
  });

  it.each([
    ['no token', {}],
    ['another token', { authorization: 'Bearer jeton-de-supervision-assez-long-9876543210' }],
    ['a shorter token', { authorization: 'Bearer jeton' }],
    ['the token without Bearer', { authorization: TOKEN }],
  ])('refuses %s with a French 401', async (_name, headers) => {
    const res = await withToken.inject({ url: '/api/metrics', headers });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/Jeton de supervision/);
  });

  it('counts requests by route pattern, never by the ids or text they carry', async () => {
    const marker = 'identifiant-de-patient-jamais-dans-les-mesures';
    await withToken.inject('/api/health');
    await withToken.inject({ url: `/api/v1/breaches/${marker}` });
    const res = await withToken.inject({ url: '/api/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(/hygie_http_requests_total\{method="GET",route="\/api\/health",status="200"\} [1-9]/);
    expect(res.body).toContain('route="/api/v1/breaches/:id"');
    expect(res.body).toContain('hygie_http_request_duration_seconds_bucket');
    expect(res.body).toContain('hygie_process_cpu_user_seconds_total');
    expect(res.body).not.toContain(marker);
  });
});

describe('HYGIE_METRICS_TOKEN', () => {
  it('refuses a token too short to be secret, naming the variable', () => {
    expect(() => loadConfig({ HYGIE_METRICS_TOKEN: 'court' })).toThrow(ConfigError);
    expect(() => loadConfig({ HYGIE_METRICS_TOKEN: 'court' })).toThrow(/HYGIE_METRICS_TOKEN/);
  });
});
