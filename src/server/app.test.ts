import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp } from '../../test/support/app.ts';
import { describeEachDialect } from '../../test/support/db.ts';
import { BODY_LIMIT_BYTES } from './app.ts';

describeEachDialect('application', (db, dialect) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp(db());
    // A probe route with a strict schema, to exercise the shared validation and error handling.
    app.post(
      '/api/v1/probe',
      { schema: { body: z.strictObject({ name: z.string().min(1), count: z.number().int().optional() }) } },
      async (request) => ({ received: request.body }),
    );
    app.get('/api/v1/probe/:id', async (request) => ({ id: (request.params as { id: string }).id }));
    app.get('/api/v1/boom', async () => {
      throw new Error('secret internal detail');
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it('GET /api/health answers with the version', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('GET /api/ready reads the database', async () => {
    const res = await app.inject('/api/ready');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ready', database: dialect });
    expect(res.json().instanceCreatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
  });

  it('GET /api/v1/instance describes the installation', async () => {
    const res = await app.inject('/api/v1/instance');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(['createdAt', 'database', 'version']);
  });

  it('GET /api/openapi.json is the generated contract', async () => {
    const res = await app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/ready', '/api/v1/instance']));
  });

  it('sends the security headers', async () => {
    const res = await app.inject('/api/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('accepts valid input', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'Cabinet' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ received: { name: 'Cabinet' } });
  });

  it.each([
    ['malformed JSON', '{"name": "a"', 'application/json', 400, 'invalid_json', /JSON valide/],
    ['an empty JSON body', '', 'application/json', 400, 'invalid_json', /vide/],
    [
      'an unknown field',
      '{"name":"a","admin":true}',
      'application/json',
      400,
      'invalid_input',
      /non autorisé « admin »/,
    ],
    ['a wrong type', '{"name":"a","count":"deux"}', 'application/json', 400, 'invalid_input', /« count »/],
    ['a missing field', '{}', 'application/json', 400, 'invalid_input', /« name »/],
    ['a JSON array', '[1,2]', 'application/json', 400, 'invalid_input', /corps de la requête/],
    [
      'an unsupported media type',
      'name=a',
      'application/x-www-form-urlencoded',
      415,
      'unsupported_media_type',
      /type de contenu/,
    ],
    ['a cross-site form’s text/plain', '{"name":"a"}', 'text/plain', 415, 'unsupported_media_type', /type de contenu/],
  ])('refuses %s with %i in French', async (_label, payload, contentType, status, code, message) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      payload,
      headers: { 'content-type': contentType },
    });
    expect(res.statusCode).toBe(status);
    expect(res.json().code).toBe(code);
    expect(res.json().message).toMatch(message);
  });

  it('names the offending field, and says the problem plainly for forms', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'a', extra: 1 } });
    expect(res.json()).toMatchObject({ field: 'extra', detail: 'Ce champ n’est pas attendu ici.' });
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: '' } });
    expect(wrong.json()).toMatchObject({ field: 'name', message: expect.stringMatching(/^Champ « name » : /) });
    expect(wrong.json().detail).toMatch(/^[A-ZÉ].*\.$/);
    expect(wrong.json().detail).not.toContain('name');
  });

  it('refuses an oversized body from its Content-Length with 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      payload: JSON.stringify({ name: 'x'.repeat(BODY_LIMIT_BYTES + 10) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ code: 'too_large', message: 'La requête est trop volumineuse.' });
  });

  it('refuses the NUL character anywhere in a body or an address, naming the field (PostgreSQL cannot store it)', async () => {
    const body = await app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'a\u0000b' } });
    expect(body.statusCode).toBe(400);
    expect(body.json()).toMatchObject({
      code: 'invalid_input',
      field: 'name',
      message: expect.stringMatching(/^Champ « name » : le caractère nul/),
    });
    const address = await app.inject('/api/v1/probe/%00');
    expect(address.statusCode).toBe(400);
    expect(address.json().message).toMatch(/« id » dans l’adresse : le caractère nul/);
  });

  it('refuses an address with a broken percent-encoding in French', async () => {
    const res = await app.inject('/api/v1/probe/%ZZ');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'invalid_input', message: 'L’adresse demandée est incorrecte.' });
  });

  it('answers an unknown API address with a French 404', async () => {
    const res = await app.inject('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', message: expect.stringMatching(/^Adresse inconnue/) });
  });

  it('never shows an internal error’s details', async () => {
    const res = await app.inject('/api/v1/boom');
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret');
    expect(res.json().message).toMatch(/erreur inattendue/);
    // The number to give the support is the request's id, as in the logs and the header.
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.json().requestId).toBe(id);
    expect(res.json().message).toContain(String(id));
  });

  it('gives every answer its own request id, never the one a client sends', async () => {
    const [a, b] = await Promise.all([
      app.inject({ url: '/api/health', headers: { 'x-request-id': 'choisi-par-le-client' } }),
      app.inject('/api/health'),
    ]);
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });
});
