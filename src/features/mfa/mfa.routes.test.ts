import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, createUser, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { totpAt } from './mfa.ts';

describeEachDialect('MFA enrolment and sign-in with a second factor', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  const clock = fixedClock('2026-11-29T10:00:00Z');
  const t = routeFixture(db, { clock });
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
  });

  async function enrol(user: { email: string; password: string }) {
    const session = await signIn(app, user);
    const setup = await app.inject({ method: 'POST', url: '/api/v1/me/mfa/setup', headers: session.headers });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri, qrCode } = setup.json();
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/me/mfa/enable',
      headers: session.headers,
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ field: 'code', message: expect.stringMatching(/ne correspond pas/) });
    const enable = await app.inject({
      method: 'POST',
      url: '/api/v1/me/mfa/enable',
      headers: session.headers,
      payload: { code: totpAt(secret, clock.now()) },
    });
    expect(enable.statusCode).toBe(200);
    const { recoveryCodes } = enable.json();
    expect(recoveryCodes).toHaveLength(10);
    return { secret, recoveryCodes: recoveryCodes as string[], session };
  }

  async function passwordStep(user: { email: string; password: string }) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('mfa_required');
    const cookie = res.cookies.find((c) => c.name === 'hygie_session');
    return { cookie: `hygie_session=${cookie?.value}`, csrf: res.json().csrfToken as string };
  }

  it('enrols, then signs in with password and TOTP; a wrong or replayed code fails', async () => {
    const user = await createUser(db(), a.practice, 'practitioner');
    const { secret } = await enrol(user);
    clock.advance(60_000);
    const pending = await passwordStep(user);
    const blocked = await app.inject({ url: '/api/v1/me', headers: { cookie: pending.cookie } });
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().message).toMatch(/code de votre application/);
    const headers = { cookie: pending.cookie, 'x-csrf-token': pending.csrf };
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/mfa', headers, payload: { code: '123456' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().message).toBe('Code incorrect ou déjà utilisé.');
    const code = totpAt(secret, clock.now());
    const ok = await app.inject({ method: 'POST', url: '/api/v1/auth/mfa', headers, payload: { code } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'authenticated', me: { user: { id: user.id, mfaEnabled: true } } });
    const full = ok.cookies.find((c) => c.name === 'hygie_session');
    expect(`hygie_session=${full?.value}`).not.toBe(pending.cookie);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: pending.cookie } })).statusCode).toBe(401);
    expect(
      (await app.inject({ url: '/api/v1/me', headers: { cookie: `hygie_session=${full?.value}` } })).statusCode,
    ).toBe(200);
    // The same code cannot open a second session.
    const again = await passwordStep(user);
    const replay = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      headers: { cookie: again.cookie, 'x-csrf-token': again.csrf },
      payload: { code },
    });
    expect(replay.statusCode).toBe(401);
    const failures = await listJournal(db().db, a.practice.id, { action: 'auth.login_failed', actorId: user.id });
    expect(failures.map((f) => f.data.reason)).toEqual(['mfa_failed', 'mfa_failed']);
  });

  it('a recovery code works once', async () => {
    const user = await createUser(db(), a.practice, 'secretary');
    const { recoveryCodes } = await enrol(user);
    const first = await passwordStep(user);
    const used = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
      payload: { recoveryCode: recoveryCodes[3]?.toLowerCase() },
    });
    expect(used.statusCode).toBe(200);
    const second = await passwordStep(user);
    const reused = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      headers: { cookie: second.cookie, 'x-csrf-token': second.csrf },
      payload: { recoveryCode: recoveryCodes[3] },
    });
    expect(reused.statusCode).toBe(401);
    const status = await app.inject({ url: '/api/v1/me/mfa', headers: bearer(user) });
    expect(status.json()).toEqual({ enabled: true, required: false, recoveryCodesLeft: 9 });
    expect((await listJournal(db().db, a.practice.id, { action: 'mfa.recovery_code_used' })).length).toBe(1);
  });

  it('when the practice requires MFA, a user without it reaches only their own account; it cannot be turned off', async () => {
    const b = await createPractice(db(), { mfaRequired: true });
    const blocked = await app.inject({ url: '/api/v1/users', headers: bearer(b.practitioner) });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().message).toMatch(/exige la double authentification/);
    expect((await app.inject({ url: '/api/v1/me/mfa', headers: bearer(b.practitioner) })).json()).toMatchObject({
      required: true,
      enabled: false,
    });
    const { session } = await enrol(b.practitioner);
    expect((await app.inject({ url: '/api/v1/users', headers: bearer(b.practitioner) })).statusCode).toBe(200);
    const off = await app.inject({
      method: 'POST',
      url: '/api/v1/me/mfa/disable',
      headers: session.headers,
      payload: { password: b.practitioner.password },
    });
    expect(off.statusCode).toBe(409);
  });

  it('turning MFA off needs the password, and is journaled', async () => {
    const user = await createUser(db(), a.practice, 'auditor');
    const { session } = await enrol(user);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/me/mfa/disable',
      headers: session.headers,
      payload: { password: 'pas-le-bon' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'password' });
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/me/mfa/disable',
      headers: session.headers,
      payload: { password: user.password },
    });
    expect(ok.json()).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    expect((await listJournal(db().db, a.practice.id, { action: 'mfa.disabled', actorId: user.id })).length).toBe(1);
  });
});
