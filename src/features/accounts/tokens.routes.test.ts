import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { createPractice, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { CSRF_REFUSED, call, FORBIDDEN, journalOf } from './routes.test-support.ts';

const DAY = 86_400_000;
const TOKEN_KEYS = ['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'prefix', 'revokedAt'];

describeEachDialect('GET, POST and DELETE /me/tokens', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  const clock = fixedClock(new Date());
  const t = routeFixture(db, { clock });
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
  });

  const create = (as: Parameters<typeof call>[3], payload: object = { name: 'Export comptable' }) =>
    call(app, 'POST', '/me/tokens', as, payload);

  it('shows the token once; afterwards only its prefix; journaled', async () => {
    const p = await createPractice(db());
    const res = await create(p.practitioner, { name: 'Script de sauvegarde' });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(Object.keys(created).sort()).toEqual(['expiresAt', 'id', 'name', 'prefix', 'token']);
    expect(created.token).toMatch(/^hyg_[\w-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    expect(created.expiresAt).toBe(new Date(clock.now().getTime() + 90 * DAY).toISOString());

    const listed = await call(app, 'GET', '/me/tokens', p.practitioner);
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(created.token);
    const mine = (listed.json() as { id: string }[]).find((t) => t.id === created.id);
    expect(Object.keys(mine ?? {}).sort()).toEqual(TOKEN_KEYS);
    expect(mine).toMatchObject({ name: 'Script de sauvegarde', prefix: created.prefix, revokedAt: null });

    expect(await journalOf(db().db, p.practice.id, 'token.created')).toMatchObject([
      {
        actorId: p.practitioner.id,
        subjectType: 'token',
        subjectId: created.id,
        data: { name: 'Script de sauvegarde', expiresAt: created.expiresAt },
      },
    ]);
  });

  it('a new token acts as its user, with the same rights and no more', async () => {
    const { token } = (await create(a.secretary)).json();
    const me = await call(app, 'GET', '/me', { token });
    expect(me.json()).toMatchObject({ user: { id: a.secretary.id, role: 'secretary' }, session: { via: 'token' } });
    expect((await call(app, 'GET', '/users', { token })).statusCode).toBe(403);
  });

  it('a token made through a token has its user’s rights', async () => {
    const { token: first } = (await create(a.owner)).json();
    const second = await create({ token: first }, { name: 'Deuxième', expiresInDays: 1 });
    expect(second.statusCode).toBe(201);
    expect(second.json().expiresAt).toBe(new Date(clock.now().getTime() + DAY).toISOString());
    const users = await call(app, 'GET', '/users', { token: second.json().token });
    expect(users.statusCode).toBe(200);
    expect((await call(app, 'GET', '/me', { token: second.json().token })).json().user.id).toBe(a.owner.id);
  });

  it('an auditor’s token reads but cannot write', async () => {
    const { token } = (await create(a.auditor)).json();
    expect((await call(app, 'GET', '/practice', { token })).statusCode).toBe(200);
    const write = await call(app, 'PATCH', `/users/${a.secretary.id}`, { token }, { role: 'owner' });
    expect(write.statusCode).toBe(403);
    expect(write.json()).toEqual(FORBIDDEN);
  });

  it('a revoked token gets 401; revoking twice journals once', async () => {
    const p = await createPractice(db());
    const created = (await create(p.auditor)).json();
    expect((await call(app, 'GET', '/me', { token: created.token })).statusCode).toBe(200);
    const res = await call(app, 'DELETE', `/me/tokens/${created.id}`, p.auditor);
    expect(res.statusCode).toBe(204);
    const refused = await call(app, 'GET', '/me', { token: created.token });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().message).toBe('Jeton d’accès invalide, expiré ou révoqué.');
    const listed = (await call(app, 'GET', '/me/tokens', p.auditor)).json() as { id: string; revokedAt: string }[];
    expect(listed.find((t) => t.id === created.id)?.revokedAt).toBe(clock.now().toISOString());
    expect((await call(app, 'DELETE', `/me/tokens/${created.id}`, p.auditor)).statusCode).toBe(204);
    expect(await journalOf(db().db, p.practice.id, 'token.revoked')).toMatchObject([
      { actorId: p.auditor.id, subjectId: created.id, data: { name: 'Export comptable' } },
    ]);
  });

  it('a token can revoke itself', async () => {
    const created = (await create(a.practitioner)).json();
    expect((await call(app, 'DELETE', `/me/tokens/${created.id}`, { token: created.token })).statusCode).toBe(204);
    expect((await call(app, 'GET', '/me', { token: created.token })).statusCode).toBe(401);
  });

  it.each<[string, () => TestPractice['owner']]>([
    ['a colleague’s token', () => a.secretary],
    ['another practice’s token', () => b.owner],
  ])('%s is not found (404) and keeps working', async (_label, holder) => {
    const theirs = (await create(holder())).json();
    const res = await call(app, 'DELETE', `/me/tokens/${theirs.id}`, a.owner);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'not_found', message: 'Jeton d’accès introuvable parmi les vôtres.' });
    expect((await call(app, 'GET', '/me', { token: theirs.token })).statusCode).toBe(200);
  });

  it('lists only the caller’s own tokens', async () => {
    const theirs = (await create(b.practitioner)).json();
    const mine = (await call(app, 'GET', '/me/tokens', a.practitioner)).json() as { id: string }[];
    expect(mine.map((t) => t.id)).not.toContain(theirs.id);
    expect(mine.length).toBeGreaterThan(0);
  });

  it.each([
    ['no name', { expiresInDays: 30 }, 'name', /« name »/],
    ['an empty name', { name: '   ' }, 'name', /donnez un nom au jeton/],
    ['0 days', { name: 'x', expiresInDays: 0 }, 'expiresInDays', /entre 1 et 365 jours/],
    ['366 days', { name: 'x', expiresInDays: 366 }, 'expiresInDays', /entre 1 et 365 jours/],
    ['a day and a half', { name: 'x', expiresInDays: 1.5 }, 'expiresInDays', /nombre entier de jours/],
    ['an unknown field', { name: 'x', scope: 'admin' }, 'scope', /non autorisé « scope »/],
  ])('refuses %s with a French 400', async (_label, payload, field, message) => {
    const res = await create(a.owner, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', field, message: expect.stringMatching(message) });
  });

  it('refuses a token id that is not one (400 on field id)', async () => {
    const res = await call(app, 'DELETE', '/me/tokens/hyg_abc', a.owner);
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('id');
  });

  it('with the session cookie, creating and revoking need the CSRF header', async () => {
    const session = await signIn(app, a.practitioner);
    const cookieOnly = { headers: { cookie: session.cookie } };
    const created = await create(cookieOnly);
    expect(created.statusCode).toBe(403);
    expect(created.json()).toEqual(CSRF_REFUSED);
    const made = (await create(session)).json();
    const revoke = await call(app, 'DELETE', `/me/tokens/${made.id}`, cookieOnly);
    expect(revoke.statusCode).toBe(403);
    expect((await call(app, 'GET', '/me', { token: made.token })).statusCode).toBe(200);
  });
});
