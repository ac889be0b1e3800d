import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, createUser, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { getThrottle, secondFactorKey } from '../accounts/throttle.repository.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { enrolDirectly, wrongCode } from './mfa.test-support.ts';
import { totpAt } from './mfa.ts';

const WAIT_ONE_SECOND = 'Trop de tentatives pour ce compte : patientez 1 seconde avant de réessayer.';

describeEachDialect('the second-factor throttle', (db, _dialect, reconnect) => {
  let app: FastifyInstance;
  /** A second instance of Hygie on the same database, through its own connection. */
  let other: FastifyInstance;
  let a: TestPractice;
  const clock = fixedClock('2026-11-29T10:00:00Z');
  beforeAll(async () => {
    app = await createTestApp(db(), { clock });
    other = await createTestApp(reconnect(), { clock });
    await Promise.all([app.ready(), other.ready()]);
    a = await createPractice(db());
  });
  afterAll(() => Promise.all([app.close(), other.close()]));

  async function enrolledUser() {
    const user = await createUser(db(), a.practice, 'practitioner');
    const factor = await enrolDirectly(db(), user, clock.now());
    clock.advance(30_000); // the code of the enrolment step is used; the next one is fresh
    return { user, ...factor };
  }

  /** The password step, on the given instance: a pending session waiting for its code. */
  async function pendingSession(instance: FastifyInstance, user: { email: string; password: string }) {
    const session = await signIn(instance, user);
    return session.headers;
  }

  const sendCode = (
    instance: FastifyInstance,
    headers: Record<string, string>,
    payload: { code: string } | { recoveryCode: string },
    remoteAddress = '127.0.0.1',
  ) => instance.inject({ method: 'POST', url: '/api/v1/auth/mfa', headers, payload, remoteAddress });

  async function attemptsJournaled(userId: string) {
    const failures = await listJournal(db().db, a.practice.id, { action: 'auth.login_failed', actorId: userId });
    return failures.map((f) => f.data.attempt).sort((x, y) => Number(x) - Number(y));
  }

  it('survives a new password sign-in: wrong codes across two sign-ins end in 429, a right code waits too', async () => {
    const { user, secret, recoveryCodes } = await enrolledUser();
    const wrong = { code: wrongCode(secret, clock.now()) };
    const first = await pendingSession(app, user);
    for (let i = 0; i < 3; i++) expect((await sendCode(app, first, wrong)).statusCode).toBe(401);
    // Signing in again with the password used to clear the counter: it no longer does.
    const second = await pendingSession(app, user);
    expect((await sendCode(app, second, { recoveryCode: 'ZZZZ-ZZZZ-ZZ' })).statusCode).toBe(401);
    expect((await sendCode(app, second, wrong)).statusCode).toBe(401);
    const slowed = await sendCode(app, second, wrong);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json()).toMatchObject({ code: 'too_many_requests', message: WAIT_ONE_SECOND });
    expect(slowed.headers['retry-after']).toBe('1');
    // During the wait, a right code or recovery code is refused as well, and a third sign-in changes nothing.
    const right = { code: totpAt(secret, clock.now()) };
    expect((await sendCode(app, second, right)).statusCode).toBe(429);
    expect((await sendCode(app, second, { recoveryCode: recoveryCodes[0] as string })).statusCode).toBe(429);
    const third = await pendingSession(app, user);
    expect((await sendCode(app, third, right)).statusCode).toBe(429);
    expect(await attemptsJournaled(user.id)).toEqual([1, 2, 3, 4, 5]);

    // Once the wait is over the right code signs in, and clears the second-factor counter.
    clock.advance(1000);
    const signedIn = await sendCode(app, third, right);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().status).toBe('authenticated');
    const fourth = await pendingSession(app, user);
    expect((await sendCode(app, fourth, wrong)).statusCode).toBe(401);
    expect(await attemptsJournaled(user.id)).toEqual([1, 1, 2, 3, 4, 5]);
  });

  it('counts per account across client addresses and across two instances on one database', async () => {
    const { user, secret } = await enrolledUser();
    const wrong = { code: wrongCode(secret, clock.now()) };
    const pending = await pendingSession(app, user);
    for (let i = 0; i < 5; i++) {
      const res = await sendCode(i % 2 ? other : app, pending, wrong, `203.0.113.${i + 1}`);
      expect(res.statusCode, `attempt ${i + 1}`).toBe(401);
    }
    const fromElsewhere = await pendingSession(other, user);
    const slowed = await sendCode(other, fromElsewhere, wrong, '198.51.100.7');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().message).toBe(WAIT_ONE_SECOND);
    expect((await sendCode(app, pending, { code: totpAt(secret, clock.now()) }, '198.51.100.8')).statusCode).toBe(429);
  });

  it('twenty wrong codes sent at once through both instances: exactly five are checked, the rest wait', async () => {
    const { user, secret } = await enrolledUser();
    const wrong = { code: wrongCode(secret, clock.now()) };
    const pending = await pendingSession(app, user);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => sendCode(i % 2 ? other : app, pending, wrong, `203.0.113.${i + 1}`)),
    );
    const statuses = answers.map((res) => res.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    expect(await attemptsJournaled(user.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('the owner’s reset of the second factor lifts the wait', async () => {
    const { user, secret } = await enrolledUser();
    const pending = await pendingSession(app, user);
    for (let i = 0; i < 5; i++) await sendCode(app, pending, { code: wrongCode(secret, clock.now()) });
    expect(await getThrottle(db().db, secondFactorKey(user.id))).toMatchObject({ failures: 5 });
    const reset = await app.inject({ method: 'POST', url: `/api/v1/users/${user.id}/reset`, headers: bearer(a.owner) });
    expect(reset.statusCode).toBe(200);
    expect(await getThrottle(db().db, secondFactorKey(user.id))).toBeUndefined();
  });

  it('the same right code sent twice at once opens one session only', async () => {
    const { user, secret } = await enrolledUser();
    const pending = await pendingSession(app, user);
    const code = { code: totpAt(secret, clock.now()) };
    const answers = await Promise.all([sendCode(app, pending, code), sendCode(other, pending, code)]);
    expect(answers.map((res) => res.statusCode).sort()).toEqual([200, 401]);
  });
});
