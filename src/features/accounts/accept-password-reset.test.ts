import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { RESET_LINK_INVALID } from './accept-password-reset.ts';
import {
  AZERTY_REFUSAL,
  call,
  expiredLink,
  freshEmail,
  journalOf,
  NEW_PASSWORD,
  tokenOf,
} from './routes.test-support.ts';
import { createSession } from './sessions.repository.ts';
import { accountKey, recordFailure } from './throttle.repository.ts';

describeEachDialect('POST /password-reset/accept (public)', (db) => {
  const t = routeFixture(db);
  let app: FastifyInstance;
  let a: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
  });

  const resetLink = async (user: { id: string }) =>
    tokenOf((await call(app, 'POST', `/users/${user.id}/reset`, a.owner)).json().url);
  const acceptReset = (token: string, password = NEW_PASSWORD) =>
    call(app, 'POST', '/password-reset/accept', null, { token, password });
  const login = (email: string, password: string) => call(app, 'POST', '/auth/login', null, { email, password });

  it('a new password signs the person out everywhere and is journaled by them', async () => {
    const p = await createPractice(db());
    const { url } = (await call(app, 'POST', `/users/${p.secretary.id}/reset`, p.owner)).json();
    // A session opened some other way since the reset (the old password no longer works) ends too.
    const opened = await createSession(
      db().db,
      { userId: p.secretary.id, practiceId: p.practice.id, mfaPending: false },
      new Date(),
      { idleMinutes: 30, absoluteHours: 12 },
    );
    const me = () => call(app, 'GET', '/me', { headers: { cookie: `hygie_session=${opened.token}` } });
    expect((await me()).statusCode).toBe(200);
    expect((await login(p.secretary.email, p.secretary.password)).statusCode).toBe(401);
    const res = await acceptReset(tokenOf(url));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ email: p.secretary.email });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await me()).statusCode).toBe(401);
    expect((await login(p.secretary.email, NEW_PASSWORD)).statusCode).toBe(200);
    expect(await journalOf(db().db, p.practice.id, 'user.password_changed')).toMatchObject([
      { actorType: 'user', actorId: p.secretary.id, subjectId: p.secretary.id, data: {} },
    ]);
    const again = await acceptReset(tokenOf(url), 'autre-phrase-secrète-Zébu-93');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({ code: 'invalid_input', message: RESET_LINK_INVALID, field: 'token' });
  });

  it('a weak password is refused and does not burn the link', async () => {
    const token = await resetLink(a.practitioner);
    const weak = await acceptReset(token, 'azertyuiop1234');
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toEqual({ code: 'invalid_input', field: 'password', message: AZERTY_REFUSAL });
    expect((await acceptReset(token)).statusCode).toBe(200);
    expect((await login(a.practitioner.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('a password made of the person’s e-mail is refused', async () => {
    const p = await createPractice(db());
    const own = (await call(app, 'POST', `/users/${p.auditor.id}/reset`, p.owner)).json();
    const local = p.auditor.email.split('@')[0]!;
    const res = await acceptReset(tokenOf(own.url), `${local}-${local}-Xq`);
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('password');
  });

  it('clears the sign-in delay of the account', async () => {
    const p = await createPractice(db());
    const { url } = (await call(app, 'POST', `/users/${p.auditor.id}/reset`, p.owner)).json();
    for (let i = 0; i < 8; i++) await recordFailure(db().db, accountKey(p.auditor.email), new Date());
    expect((await login(p.auditor.email, NEW_PASSWORD)).statusCode).toBe(429);
    expect((await acceptReset(tokenOf(url))).statusCode).toBe(200);
    expect((await login(p.auditor.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it.each<[string, () => Promise<string>]>([
    ['an unknown token', async () => 'inconnu'],
    ['an expired reset link', () => expiredLink(db().db, a.practice.id, 'password_reset', a.auditor.id)],
    [
      'an invitation link',
      async () =>
        tokenOf(
          (await call(app, 'POST', '/users/invitations', a.owner, { email: freshEmail(), role: 'auditor' })).json().url,
        ),
    ],
  ])('refuses %s with the French 400', async (_label, token) => {
    const res = await acceptReset(await token());
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'invalid_input', message: RESET_LINK_INVALID, field: 'token' });
  });

  it('refuses an unknown field', async () => {
    const res = await call(app, 'POST', '/password-reset/accept', null, {
      token: 'x',
      password: NEW_PASSWORD,
      email: 'x@exemple.fr',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('email');
  });
});
