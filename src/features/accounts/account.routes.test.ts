import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { createPractice, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { SAME_PASSWORD, WRONG_CURRENT_PASSWORD } from './change-password.ts';
import { AZERTY_REFUSAL, CSRF_REFUSED, call, journalOf, NEW_PASSWORD } from './routes.test-support.ts';
import { hashSecret } from './secrets.ts';
import { createSession } from './sessions.repository.ts';

const POLICY = { idleMinutes: 30, absoluteHours: 12 };

describeEachDialect('PUT /me/password and GET /me/sessions', (db) => {
  const t = routeFixture(db, {}, { name: 'Cabinet des Tilleuls' });
  let app: FastifyInstance;
  let a: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
  });

  const login = (email: string, password: string) => call(app, 'POST', '/auth/login', null, { email, password });
  const alive = async (session: { cookie: string }) =>
    (await call(app, 'GET', '/me', { headers: { cookie: session.cookie } })).statusCode;

  it.each(['owner', 'practitioner', 'secretary', 'auditor'] as const)(
    'the %s changes their password: other sessions end, this one stays, journaled',
    async (role) => {
      const p = await createPractice(db());
      const user = p[role];
      const [current, other] = [await signIn(app, user), await signIn(app, user)];
      const res = await call(app, 'PUT', '/me/password', current, {
        currentPassword: user.password,
        newPassword: NEW_PASSWORD,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ signedOut: 1, tokensRevoked: 0 });
      expect(await alive(current)).toBe(200);
      // Not asked: the API token keeps working.
      expect((await call(app, 'GET', '/me', user)).statusCode).toBe(200);
      expect(await alive(other)).toBe(401);
      expect((await login(user.email, user.password)).statusCode).toBe(401);
      expect((await login(user.email, NEW_PASSWORD)).statusCode).toBe(200);
      expect(await journalOf(db().db, p.practice.id, 'user.password_changed')).toMatchObject([
        { actorType: 'user', actorId: user.id, subjectId: user.id, data: {} },
      ]);
    },
  );

  it('with a token, every session ends', async () => {
    const p = await createPractice(db());
    const session = await signIn(app, p.owner);
    const res = await call(app, 'PUT', '/me/password', p.owner, {
      currentPassword: p.owner.password,
      newPassword: NEW_PASSWORD,
    });
    expect(res.json()).toEqual({ signedOut: 1, tokensRevoked: 0 });
    expect(await alive(session)).toBe(401);
    expect(await journalOf(db().db, p.practice.id, 'user.password_changed')).toMatchObject([{ actorType: 'token' }]);
  });

  it('revokes the caller’s API tokens when asked, and journals it', async () => {
    const p = await createPractice(db());
    const session = await signIn(app, p.practitioner);
    const res = await call(app, 'PUT', '/me/password', session, {
      currentPassword: p.practitioner.password,
      newPassword: NEW_PASSWORD,
      revokeTokens: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ signedOut: 0, tokensRevoked: 1 });
    expect((await call(app, 'GET', '/me', p.practitioner)).statusCode).toBe(401);
    expect(await alive(session)).toBe(200);
    // Only the caller's own tokens.
    expect((await call(app, 'GET', '/me', p.owner)).statusCode).toBe(200);
    const [entry] = await journalOf(db().db, p.practice.id, 'user.password_changed');
    expect(entry?.summary).toMatch(/a changé son mot de passe et révoqué ses jetons d’accès$/);
  });

  it('refuses a revokeTokens that is not a yes or no, in French', async () => {
    const p = await createPractice(db());
    const res = await call(app, 'PUT', '/me/password', p.owner, {
      currentPassword: p.owner.password,
      newPassword: NEW_PASSWORD,
      revokeTokens: 'oui',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('revokeTokens');
  });

  it.each([
    [
      'a wrong current password',
      { currentPassword: 'pas-le-bon-mot-de-passe', newPassword: NEW_PASSWORD },
      'currentPassword',
      WRONG_CURRENT_PASSWORD,
    ],
    ['the same password again', { currentPassword: 'CURRENT', newPassword: 'CURRENT' }, 'newPassword', SAME_PASSWORD],
    [
      'a weak new password',
      { currentPassword: 'CURRENT', newPassword: 'azertyuiop1234' },
      'newPassword',
      AZERTY_REFUSAL,
    ],
    [
      'a new password made of the practice name',
      { currentPassword: 'CURRENT', newPassword: 'Tilleuls-Tilleuls-1999' },
      'newPassword',
      /cabinet/,
    ],
    [
      'an unknown field',
      { currentPassword: 'CURRENT', newPassword: NEW_PASSWORD, email: 'x@exemple.fr' },
      'email',
      /non autorisé/,
    ],
    ['a missing current password', { newPassword: NEW_PASSWORD }, 'currentPassword', /« currentPassword »/],
  ])('refuses %s with a French 400 and keeps the password', async (_label, payload, field, message) => {
    const body = Object.fromEntries(
      Object.entries(payload).map(([k, v]) => [k, v === 'CURRENT' ? a.secretary.password : v]),
    );
    const res = await call(app, 'PUT', '/me/password', a.secretary, body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', field });
    if (typeof message === 'string') expect(res.json().message).toBe(message);
    else expect(res.json().message).toMatch(message);
    expect((await login(a.secretary.email, a.secretary.password)).statusCode).toBe(200);
  });

  it('with the session cookie, it needs the CSRF header', async () => {
    const session = await signIn(app, a.auditor);
    const payload = { currentPassword: a.auditor.password, newPassword: NEW_PASSWORD };
    const res = await call(app, 'PUT', '/me/password', { headers: { cookie: session.cookie } }, payload);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(CSRF_REFUSED);
    expect((await login(a.auditor.email, a.auditor.password)).statusCode).toBe(200);
  });

  it('refuses an anonymous caller with 401', async () => {
    const res = await call(app, 'PUT', '/me/password', null, { currentPassword: 'x', newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(401);
  });

  it('lists the caller’s live sessions with opaque ids, marking the current one', async () => {
    const p = await createPractice(db());
    const first = await signIn(app, p.practitioner);
    const second = await signIn(app, p.practitioner);
    await signIn(app, p.secretary);
    const stale = await createSession(
      db().db,
      { userId: p.practitioner.id, practiceId: p.practice.id, mfaPending: false },
      new Date(Date.now() - 13 * 3_600_000),
      POLICY,
    );
    const res = await call(app, 'GET', '/me/sessions', second);
    expect(res.statusCode).toBe(200);
    const sessions = res.json() as { id: string; current: boolean }[];
    expect(sessions).toHaveLength(2);
    for (const s of sessions) {
      expect(Object.keys(s).sort()).toEqual(['createdAt', 'current', 'expiresAt', 'id', 'lastSeenAt', 'userAgent']);
      expect(s.id).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const stored = [first, second].map((s) => hashSecret(s.cookie.split('=')[1]!));
    for (const secret of [...stored, stale.sessionId, first.cookie, second.cookie])
      expect(res.body).not.toContain(secret);
    const again = (await call(app, 'GET', '/me/sessions', first)).json() as { id: string; current: boolean }[];
    expect(again.find((s) => s.current)?.id).toBe(sessions.find((s) => !s.current)?.id);
  });

  it('with a token, no session is the current one', async () => {
    const p = await createPractice(db());
    await signIn(app, p.auditor);
    const sessions = (await call(app, 'GET', '/me/sessions', p.auditor)).json() as { current: boolean }[];
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.current).toBe(false);
  });
});
