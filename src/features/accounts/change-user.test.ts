import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { createPractice, createUser, type TestPractice } from '../../../test/support/factories.ts';
import { LAST_OWNER } from './change-user.ts';
import { call, FORBIDDEN } from './routes.test-support.ts';
import { countActiveOwners, findUser } from './users.repository.ts';

describeEachDialect('PATCH /users/:id: last owner, roles, practices and input', (db) => {
  const t = routeFixture(db);
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
  });

  it.each([
    ['demote', { role: 'practitioner' }, 'role'],
    ['deactivate', { status: 'deactivated' }, 'status'],
  ])('refuses to %s the last active owner (409)', async (_label, change, field) => {
    const p = await createPractice(db());
    const res = await call(app, 'PATCH', `/users/${p.owner.id}`, p.owner, change);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ code: 'conflict', message: LAST_OWNER, field });
    expect(await findUser(db().db, p.practice.id, p.owner.id)).toMatchObject({ role: 'owner', status: 'active' });
  });

  it('a deactivated owner does not count: the last active one stays protected', async () => {
    const p = await createPractice(db());
    const second = await createUser(db(), p.practice, 'owner');
    expect((await call(app, 'PATCH', `/users/${second.id}`, p.owner, { status: 'deactivated' })).statusCode).toBe(200);
    expect((await call(app, 'PATCH', `/users/${p.owner.id}`, p.owner, { role: 'auditor' })).statusCode).toBe(409);
  });

  it('with another active owner, an owner may step down', async () => {
    const p = await createPractice(db());
    const second = await createUser(db(), p.practice, 'owner');
    const res = await call(app, 'PATCH', `/users/${p.owner.id}`, second, { role: 'practitioner' });
    expect(res.statusCode).toBe(200);
    expect((await call(app, 'PATCH', `/users/${second.id}`, second, { role: 'practitioner' })).statusCode).toBe(409);
  });

  it('two owners demoting each other at once: exactly one wins, one owner remains', async () => {
    for (let round = 0; round < 5; round++) {
      const p = await createPractice(db());
      const second = await createUser(db(), p.practice, 'owner');
      const results = await Promise.all([
        call(app, 'PATCH', `/users/${second.id}`, p.owner, { role: 'practitioner' }),
        call(app, 'PATCH', `/users/${p.owner.id}`, second, { role: 'practitioner' }),
      ]);
      expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
      expect(await countActiveOwners(db().db, p.practice.id)).toBe(1);
    }
  });

  it.each(['practitioner', 'secretary', 'auditor'] as const)('the %s may not change a user (403)', async (role) => {
    const res = await call(app, 'PATCH', `/users/${a.secretary.id}`, a[role], { role: 'owner' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(FORBIDDEN);
    expect((await findUser(db().db, a.practice.id, a.secretary.id))?.role).toBe('secretary');
  });

  it('a user of another practice is not found (404), and stays untouched', async () => {
    const res = await call(app, 'PATCH', `/users/${b.practitioner.id}`, a.owner, { status: 'deactivated' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'not_found', message: 'Utilisateur introuvable dans votre cabinet.' });
    expect((await findUser(db().db, b.practice.id, b.practitioner.id))?.status).toBe('active');
  });

  it.each([
    ['an empty change', `/users/ID`, {}, undefined, 'Indiquez le nouveau rôle ou le nouvel état du compte.'],
    ['an unknown role', `/users/ID`, { role: 'admin' }, 'role', undefined],
    ['an unknown status', `/users/ID`, { status: 'deleted' }, 'status', undefined],
    ['an unknown field', `/users/ID`, { role: 'owner', email: 'x@exemple.fr' }, 'email', undefined],
    [
      'an id that is not one',
      `/users/42`,
      { role: 'owner' },
      'id',
      'Champ « id » dans l’adresse : identifiant invalide.',
    ],
  ])('refuses %s with a French 400', async (_label, url, payload, field, message) => {
    const res = await call(app, 'PATCH', url.replace('ID', a.auditor.id), a.owner, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid_input');
    expect(res.json().field).toBe(field);
    if (message) expect(res.json().message).toBe(message);
    else expect(res.json().message).toMatch(/^Champ (non autorisé )?« /);
  });
});
