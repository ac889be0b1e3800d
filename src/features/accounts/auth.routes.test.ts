import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp, routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { listJournal } from '../journal/journal.repository.ts';

describeEachDialect('sign-in, sessions and /me', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  const clock = fixedClock('2026-11-29T09:00:00Z');
  const t = routeFixture(db, { clock });
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
  });

  it('signs in with e-mail and password, sets a strict HttpOnly cookie and journals it', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: a.practitioner.email.toUpperCase(), password: a.practitioner.password },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('authenticated');
    expect(body.me.user).toMatchObject({ id: a.practitioner.id, role: 'practitioner' });
    expect(body.me.user).not.toHaveProperty('passwordHash');
    expect(body.me.csrfToken).toMatch(/^[\w-]{43}$/);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^hygie_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);
    const entries = await listJournal(db().db, a.practice.id, { action: 'auth.login' });
    expect(entries.some((e) => e.actorId === a.practitioner.id)).toBe(true);
  });

  it('a new session id at every sign-in', async () => {
    const first = await signIn(app, a.owner);
    const second = await signIn(app, a.owner);
    expect(first.cookie).not.toBe(second.cookie);
  });

  it.each([
    ['unknown e-mail', 'personne@exemple.fr', 'girafe-lumière-tambour-pivoine-7'],
    ['wrong password', null, 'mauvais-mot-de-passe'],
  ])('%s: the same French 401, no cookie', async (_label, email, password) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: email ?? a.auditor.email, password },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'unauthenticated', message: 'Adresse e-mail ou mot de passe incorrect.' });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('GET /me with the cookie, with a token, and without anything', async () => {
    const session = await signIn(app, a.secretary);
    const viaCookie = await app.inject({ url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(viaCookie.statusCode).toBe(200);
    expect(viaCookie.json()).toMatchObject({
      user: { id: a.secretary.id, role: 'secretary', email: a.secretary.email },
      practice: { id: a.practice.id, name: a.practice.name },
      session: { via: 'session' },
    });
    const viaToken = await app.inject({ url: '/api/v1/me', headers: bearer(a.secretary) });
    expect(viaToken.json()).toMatchObject({ user: { id: a.secretary.id }, session: { via: 'token' } });
    expect(viaToken.json()).not.toHaveProperty('csrfToken');
    const anonymous = await app.inject({ url: '/api/v1/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().message).toBe('Vous devez vous connecter pour continuer.');
  });

  it.each([
    ['an unknown token', 'Bearer hyg_inconnu'],
    ['a malformed header', 'Basic abc'],
    ['a token without prefix', 'Bearer abcdef'],
  ])('refuses %s with 401', async (_label, authorization) => {
    const res = await app.inject({ url: '/api/v1/me', headers: { authorization } });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/Jeton d’accès invalide/);
  });

  it('a state change with the cookie needs the CSRF token', async () => {
    const session = await signIn(app, a.practitioner);
    const without = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-all',
      headers: { cookie: session.cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().message).toMatch(/anti-falsification/);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-all',
      headers: { cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
    const right = await app.inject({ method: 'POST', url: '/api/v1/auth/logout-all', headers: session.headers });
    expect(right.statusCode).toBe(200);
  });

  it('logout ends the session; logout-all ends every session of the user', async () => {
    const one = await signIn(app, a.auditor);
    const two = await signIn(app, a.auditor);
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: one.headers });
    expect(out.json()).toEqual({ signedOut: 1 });
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: one.cookie } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: two.cookie } })).statusCode).toBe(200);
    const all = await app.inject({ method: 'POST', url: '/api/v1/auth/logout-all', headers: two.headers });
    expect(all.json().signedOut).toBeGreaterThanOrEqual(1);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: two.cookie } })).statusCode).toBe(401);
  });

  it('a session ends 30 to 33 idle minutes after the last request, and after 12 hours in any case', async () => {
    clock.set('2026-11-29T09:00:00Z');
    const idle = await signIn(app, a.owner);
    clock.advance(29 * 60_000);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: idle.cookie } })).statusCode).toBe(200);
    clock.advance(30 * 60_000);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: idle.cookie } })).statusCode).toBe(200);
    clock.advance(33 * 60_000);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: idle.cookie } })).statusCode).toBe(401);

    clock.set('2026-11-29T09:00:00Z');
    const busy = await signIn(app, a.owner);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      clock.advance(20 * 60_000);
      expect((await app.inject({ url: '/api/v1/me', headers: { cookie: busy.cookie } })).statusCode).toBe(200);
    }
    clock.advance(40 * 60_000);
    expect((await app.inject({ url: '/api/v1/me', headers: { cookie: busy.cookie } })).statusCode).toBe(401);
    clock.set('2026-11-29T09:00:00Z');
  });
});

describeEachDialect('idle timeout of one minute: activity written every tenth of it', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  const clock = fixedClock('2026-11-29T09:00:00Z');
  const t = routeFixture(db, { clock, env: { HYGIE_SESSION_IDLE_MINUTES: '1' } });
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
  });

  const lastSeen = async () =>
    (await db().db.selectFrom('sessions').select('last_seen_at').where('user_id', '=', a.owner.id).executeTakeFirst())
      ?.last_seen_at;

  it('never signs out someone making a request every 55 seconds, without writing at every request', async () => {
    const session = await signIn(app, a.owner);
    const me = () => app.inject({ url: '/api/v1/me', headers: { cookie: session.cookie } });
    clock.advance(1000);
    const first = await me();
    expect(first.statusCode).toBe(200);
    expect(await lastSeen()).toBe('2026-11-29T09:00:00.000Z'); // a second later: nothing written
    expect(first.json().session).toMatchObject({ idleMinutes: 1, idleExpiresAt: '2026-11-29T09:01:06.000Z' });
    // The old rule (a write at most once a minute, deadline one minute after it) failed at 110 s.
    for (let i = 1; i <= 20; i++) {
      clock.advance(55_000);
      expect((await me()).statusCode, `request ${i}`).toBe(200);
    }
    expect(await lastSeen()).toBe(clock.now().toISOString());
    // Idle for the minute and its unrecorded tenth: the session is over.
    clock.advance(66_000);
    expect((await me()).statusCode).toBe(401);
  });
});

describeEachDialect('brute force', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  const clock = fixedClock('2026-11-29T09:00:00Z');
  const t = routeFixture(db, { clock });
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
  });

  it('twenty-five wrong passwords in a row are slowed (429), journaled, never a 500, and never a lock', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: a.owner.email, password: `essai-${i}` },
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.json().message).toMatch(/Trop de tentatives pour ce compte : patientez \d+ secondes?/);
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual(Array(20).fill(429));
    const failures = await listJournal(db().db, a.practice.id, { action: 'auth.login_failed' });
    expect(failures).toHaveLength(5);
    expect(failures[0]?.summary).toMatch(/tentative n° 5/);
    // The delay is short: once it has passed, the right password still works.
    clock.advance(61_000);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: a.owner.email, password: a.owner.password },
    });
    expect(ok.statusCode).toBe(200);
  });
});

describeEachDialect('sign-in rate limit per address', (db) => {
  it('answers 429 in French past the per-address limit, whatever the account', async () => {
    const app = await createTestApp(db(), { loginRateLimitPerMinute: 3 });
    await app.ready();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `inconnu-${i}@exemple.fr`, password: 'x' },
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().message).toMatch(/Trop de tentatives/);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    await app.close();
  });
});
