import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { createPractice, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { CSRF_REFUSED, call, FORBIDDEN, journalOf, NEW_PASSWORD, tokenOf } from './routes.test-support.ts';
import { findUser, updateUser } from './users.repository.ts';

describeEachDialect('POST /users/:id/reset', (db) => {
  const t = routeFixture(db);
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
  });

  const login = (email: string, password: string) => call(app, 'POST', '/auth/login', null, { email, password });

  it('clears MFA, ends sessions, disables the old password and hands out a one-time link', async () => {
    const p = await createPractice(db());
    const session = await signIn(app, p.practitioner);
    await updateUser(db().db, p.practice.id, p.practitioner.id, { mfaSecret: 'JBSWY3DPEHPK3PXP' }, new Date());
    const before = Date.now();
    const res = await call(app, 'POST', `/users/${p.practitioner.id}/reset`, p.owner);
    expect(res.statusCode).toBe(200);
    const { url, expiresAt } = res.json();
    expect(Object.keys(res.json()).sort()).toEqual(['expiresAt', 'url']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reinitialisation#[\w-]{43}$/);
    expect(new Date(expiresAt).getTime() - before).toBeGreaterThanOrEqual(24 * 3_600_000 - 1_000);
    expect(new Date(expiresAt).getTime() - before).toBeLessThanOrEqual(24 * 3_600_000 + 60_000);

    expect((await findUser(db().db, p.practice.id, p.practitioner.id))?.mfaSecret).toBeNull();
    expect((await call(app, 'GET', '/me', { headers: { cookie: session.cookie } })).statusCode).toBe(401);
    expect((await login(p.practitioner.email, p.practitioner.password)).statusCode).toBe(401);

    const accepted = await call(app, 'POST', '/password-reset/accept', null, {
      token: tokenOf(url),
      password: NEW_PASSWORD,
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ email: p.practitioner.email });
    expect((await login(p.practitioner.email, p.practitioner.password)).statusCode).toBe(401);
    const signedIn = await login(p.practitioner.email, NEW_PASSWORD);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().status).toBe('authenticated');
  });

  it('journals the reset and the MFA reset, by the owner', async () => {
    const p = await createPractice(db());
    await updateUser(db().db, p.practice.id, p.secretary.id, { mfaSecret: 'JBSWY3DPEHPK3PXP' }, new Date());
    await call(app, 'POST', `/users/${p.secretary.id}/reset`, p.owner);
    expect(await journalOf(db().db, p.practice.id, 'user.password_reset')).toMatchObject([
      {
        actorId: p.owner.id,
        subjectId: p.secretary.id,
        data: { by: 'owner' },
        summary: `Mot de passe de ${p.secretary.name} réinitialisé par le titulaire`,
      },
    ]);
    expect(await journalOf(db().db, p.practice.id, 'user.mfa_reset')).toMatchObject([
      { actorId: p.owner.id, subjectId: p.secretary.id, data: {} },
    ]);
  });

  it('journals no MFA reset for a user without MFA', async () => {
    const p = await createPractice(db());
    expect((await call(app, 'POST', `/users/${p.auditor.id}/reset`, p.owner)).statusCode).toBe(200);
    expect(await journalOf(db().db, p.practice.id, 'user.password_reset')).toHaveLength(1);
    expect(await journalOf(db().db, p.practice.id, 'user.mfa_reset')).toEqual([]);
  });

  it.each(['practitioner', 'secretary', 'auditor'] as const)('the %s may not reset a user (403)', async (role) => {
    const res = await call(app, 'POST', `/users/${a.secretary.id}/reset`, a[role]);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(FORBIDDEN);
    expect((await login(a.secretary.email, a.secretary.password)).statusCode).toBe(200);
  });

  it('a user of another practice is not found (404) and keeps their password', async () => {
    const res = await call(app, 'POST', `/users/${b.secretary.id}/reset`, a.owner);
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBe('Utilisateur introuvable dans votre cabinet.');
    expect((await login(b.secretary.email, b.secretary.password)).statusCode).toBe(200);
  });

  it('refuses an id that is not one (400 on field id)', async () => {
    const res = await call(app, 'POST', '/users/moi/reset', a.owner);
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('id');
  });

  it('with the session cookie, it needs the CSRF header', async () => {
    const session = await signIn(app, a.owner);
    const res = await call(app, 'POST', `/users/${a.auditor.id}/reset`, { headers: { cookie: session.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(CSRF_REFUSED);
    expect((await login(a.auditor.email, a.auditor.password)).statusCode).toBe(200);
  });
});
