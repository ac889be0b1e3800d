import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { ROLES } from '../accounts/roles.ts';

const URL = '/api/v1/tools/password-context';

describeEachDialect('GET /tools/password-context', (db) => {
  const t = routeFixture(db, {}, { name: 'Cabinet Dupont-Rivière' });
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db(), { name: 'Maison de santé des Tilleuls' });
  });

  it('refuses a request without credentials (401)', async () => {
    const res = await app.inject({ url: URL });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'unauthenticated', message: expect.any(String) });
  });

  it.each(ROLES)('answers the %s with the practice’s words', async (role) => {
    const res = await app.inject({ url: URL, headers: bearer(a[role]) });
    expect(res.statusCode).toBe(200);
    const { words } = res.json() as { words: string[] };
    expect(words[0]).toBe('Cabinet Dupont-Rivière');
    expect(words).toContain('Éloïse Martin');
    for (const user of [a.owner, a.practitioner, a.secretary, a.auditor]) {
      expect(words).toContain(user.name);
      expect(words).toContain(user.email.split('@')[0]);
    }
    expect(words).toContain('exemple');
  });

  it('works with a session cookie as well', async () => {
    const session = await signIn(app, a.secretary);
    const res = await app.inject({ url: URL, headers: { cookie: session.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().words).toContain('Cabinet Dupont-Rivière');
  });

  it('never gives practice B the names of practice A', async () => {
    const res = await app.inject({ url: URL, headers: bearer(b.owner) });
    expect(res.statusCode).toBe(200);
    const { words } = res.json() as { words: string[] };
    expect(words).toContain('Maison de santé des Tilleuls');
    const ofA = [a.practice.name, a.practitioner.name, a.secretary.name, a.auditor.name];
    for (const word of ofA) expect(words).not.toContain(word);
    for (const user of [a.owner, a.practitioner, a.secretary, a.auditor]) {
      expect(words).not.toContain(user.email.split('@')[0]);
    }
  });

  it('gives words only: no password hash, no secret, no id', async () => {
    const res = await app.inject({ url: URL, headers: bearer(a.owner) });
    expect(Object.keys(res.json())).toEqual(['words']);
    expect(res.body).not.toMatch(/argon2|\$argon|password|passwordHash/i);
    expect(res.body).not.toContain(a.owner.id);
  });
});
