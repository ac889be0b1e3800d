import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { createPractice, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { CSRF_REFUSED, call, FORBIDDEN, journalOf } from './routes.test-support.ts';
import { findUser } from './users.repository.ts';

const USER_KEYS = ['createdAt', 'email', 'id', 'mfaEnabled', 'name', 'role', 'status'];

describeEachDialect('GET /users and PATCH /users/:id', (db) => {
  const t = routeFixture(db);
  let app: FastifyInstance;
  let a: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
  });

  const signedIn = async (user: { email: string; password: string }) => {
    const session = await signIn(app, user);
    return async () => (await call(app, 'GET', '/me', { headers: { cookie: session.cookie } })).statusCode;
  };

  it.each(['owner', 'practitioner', 'auditor'] as const)(
    'the %s lists the users of the practice, allow-listed fields only',
    async (role) => {
      const res = await call(app, 'GET', '/users', a[role]);
      expect(res.statusCode).toBe(200);
      const users = res.json() as { id: string }[];
      expect(users.map((u) => u.id).sort()).toEqual(
        [a.owner.id, a.practitioner.id, a.secretary.id, a.auditor.id].sort(),
      );
      for (const user of users) expect(Object.keys(user).sort()).toEqual(USER_KEYS);
    },
  );

  it('a secretary may not list the users (403)', async () => {
    const res = await call(app, 'GET', '/users', a.secretary);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(FORBIDDEN);
  });

  it('the owner changes a role: journaled, and the user is signed out everywhere', async () => {
    const p = await createPractice(db());
    const sessionAlive = await signedIn(p.secretary);
    expect(await sessionAlive()).toBe(200);
    const res = await call(app, 'PATCH', `/users/${p.secretary.id}`, p.owner, { role: 'practitioner' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: p.secretary.id, role: 'practitioner', status: 'active' });
    expect(Object.keys(res.json()).sort()).toEqual(USER_KEYS);
    expect(await sessionAlive()).toBe(401);
    const [entry, ...others] = await journalOf(db().db, p.practice.id, 'user.role_changed');
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      actorId: p.owner.id,
      subjectType: 'user',
      subjectId: p.secretary.id,
      data: { from: 'secretary', to: 'practitioner' },
      summary: `${p.secretary.name} passe du rôle Secrétaire au rôle Praticien`,
    });
  });

  it('deactivation keeps the account listed, ends its sessions and tokens; reactivation restores access', async () => {
    const p = await createPractice(db());
    const sessionAlive = await signedIn(p.practitioner);
    const off = await call(app, 'PATCH', `/users/${p.practitioner.id}`, p.owner, { status: 'deactivated' });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ status: 'deactivated', role: 'practitioner' });
    expect(await sessionAlive()).toBe(401);
    expect((await call(app, 'GET', '/me', p.practitioner)).statusCode).toBe(401);
    const login = await call(app, 'POST', '/auth/login', null, {
      email: p.practitioner.email,
      password: p.practitioner.password,
    });
    expect(login.statusCode).toBe(401);
    const listed = (await call(app, 'GET', '/users', p.owner)).json() as { id: string; status: string }[];
    expect(listed.find((u) => u.id === p.practitioner.id)?.status).toBe('deactivated');

    const on = await call(app, 'PATCH', `/users/${p.practitioner.id}`, p.owner, { status: 'active' });
    expect(on.json()).toMatchObject({ status: 'active' });
    expect((await call(app, 'GET', '/me', p.practitioner)).statusCode).toBe(200);
    expect(await journalOf(db().db, p.practice.id, 'user.deactivated')).toMatchObject([
      { subjectId: p.practitioner.id, summary: `Compte de ${p.practitioner.name} désactivé` },
    ]);
    expect(await journalOf(db().db, p.practice.id, 'user.reactivated')).toMatchObject([
      { subjectId: p.practitioner.id },
    ]);
  });

  it('changing nothing writes nothing and keeps the sessions', async () => {
    const p = await createPractice(db());
    const sessionAlive = await signedIn(p.auditor);
    const res = await call(app, 'PATCH', `/users/${p.auditor.id}`, p.owner, { role: 'auditor', status: 'active' });
    expect(res.statusCode).toBe(200);
    expect(await sessionAlive()).toBe(200);
    expect(await journalOf(db().db, p.practice.id, 'user.role_changed')).toEqual([]);
  });

  it('with the session cookie, a change needs the CSRF header', async () => {
    const session = await signIn(app, a.owner);
    const res = await call(
      app,
      'PATCH',
      `/users/${a.auditor.id}`,
      { headers: { cookie: session.cookie } },
      { role: 'owner' },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(CSRF_REFUSED);
    expect((await findUser(db().db, a.practice.id, a.auditor.id))?.role).toBe('auditor');
  });
});
