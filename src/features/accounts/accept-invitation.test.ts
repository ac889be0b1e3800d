import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { createPractice, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { INVITATION_INVALID } from './accept-invitation.ts';
import { setPracticeStatus } from './practices.repository.ts';
import {
  AZERTY_REFUSAL,
  call,
  expiredLink,
  freshEmail,
  journalOf,
  NEW_PASSWORD,
  tokenOf,
} from './routes.test-support.ts';
import { findUserByEmail } from './users.repository.ts';

describeEachDialect('POST /invitations/accept (public)', (db) => {
  const t = routeFixture(db, {}, { name: 'Cabinet des Tilleuls' });
  let app: FastifyInstance;
  let a: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
  });

  const invitation = async (email = freshEmail(), role = 'secretary') =>
    (await call(app, 'POST', '/users/invitations', a.owner, { email, role })).json() as { url: string; email: string };
  const acceptInvitation = (token: string, password = NEW_PASSWORD, name = 'Camille Roux') =>
    call(app, 'POST', '/invitations/accept', null, { token, name, password });
  const resetLink = async (user: { id: string }) =>
    tokenOf((await call(app, 'POST', `/users/${user.id}/reset`, a.owner)).json().url);
  const login = (email: string, password: string) => call(app, 'POST', '/auth/login', null, { email, password });

  it('invitation → accept → sign in with the invited role; no session is opened by accepting', async () => {
    const invited = await invitation(undefined, 'practitioner');
    const res = await acceptInvitation(tokenOf(invited.url));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ email: invited.email });
    expect(res.headers['set-cookie']).toBeUndefined();
    const signedIn = await login(invited.email, NEW_PASSWORD);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().me.user).toMatchObject({ email: invited.email, name: 'Camille Roux', role: 'practitioner' });
    const user = await findUserByEmail(db().db, invited.email);
    expect(user?.practiceId).toBe(a.practice.id);
    const [entry] = await journalOf(db().db, a.practice.id, 'user.joined');
    expect(entry).toMatchObject({
      actorType: 'user',
      actorId: user?.id,
      actorLabel: 'Camille Roux (Praticien)',
      subjectId: user?.id,
      data: { role: 'practitioner' },
    });
  });

  it('a used invitation is refused the second time', async () => {
    const token = tokenOf((await invitation()).url);
    expect((await acceptInvitation(token)).statusCode).toBe(201);
    const again = await acceptInvitation(token, 'autre-phrase-secrète-Zébu-93');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({ code: 'invalid_input', message: INVITATION_INVALID, field: 'token' });
  });

  it.each<[string, () => Promise<string>]>([
    ['an unknown token', async () => 'inconnu'],
    ['an expired invitation', () => expiredLink(db().db, a.practice.id, 'invitation')],
    ['a password reset link', () => resetLink(a.auditor)],
  ])('refuses %s with the French 400', async (_label, token) => {
    const res = await acceptInvitation(await token());
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'invalid_input', message: INVITATION_INVALID, field: 'token' });
  });

  it('refuses an invitation to a suspended practice', async () => {
    const p = await createPractice(db());
    const { url } = (
      await call(app, 'POST', '/users/invitations', p.owner, { email: freshEmail(), role: 'auditor' })
    ).json();
    await setPracticeStatus(db().db, p.practice.id, 'suspended', new Date());
    expect((await acceptInvitation(tokenOf(url))).json()).toMatchObject({ message: INVITATION_INVALID });
  });

  it.each([
    ['too weak', 'azertyuiop1234', AZERTY_REFUSAL],
    ['made of the person’s name', 'Camille-Roux-Camille-Roux-2024', /nom/],
    ['made of the practice’s name', 'cabinet-des-tilleuls-1987!', /cabinet/],
  ])('a password %s is refused (400 on password) and does not burn the link', async (_label, password, message) => {
    const invited = await invitation();
    const res = await acceptInvitation(tokenOf(invited.url), password);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', field: 'password' });
    if (typeof message === 'string') expect(res.json().message).toBe(message);
    else expect(res.json().message).toMatch(message);
    expect(await findUserByEmail(db().db, invited.email)).toBeNull();
    expect((await acceptInvitation(tokenOf(invited.url))).statusCode).toBe(201);
  });

  it.each([
    ['a missing name', { token: 'x', password: NEW_PASSWORD }, 'name'],
    ['an empty token', { token: '', name: 'Camille', password: NEW_PASSWORD }, 'token'],
    ['an unknown field', { token: 'x', name: 'Camille', password: NEW_PASSWORD, role: 'owner' }, 'role'],
  ])('refuses %s with a French 400', async (_label, payload, field) => {
    const res = await call(app, 'POST', '/invitations/accept', null, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', field, message: expect.stringMatching(/^Champ/) });
  });

  it('accepting while signed in with a cookie needs no CSRF header (public route) and keeps the caller’s session', async () => {
    const session = await signIn(app, a.secretary);
    const invited = await invitation();
    const res = await call(
      app,
      'POST',
      '/invitations/accept',
      { headers: { cookie: session.cookie } },
      {
        token: tokenOf(invited.url),
        name: 'Dominique Blanc',
        password: NEW_PASSWORD,
      },
    );
    expect(res.statusCode).toBe(201);
    expect((await call(app, 'GET', '/me', { headers: { cookie: session.cookie } })).json().user.id).toBe(
      a.secretary.id,
    );
  });
});
