import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { createLink } from './links.repository.ts';
import { call, FORBIDDEN, freshEmail, journalOf, NEW_PASSWORD, tokenOf } from './routes.test-support.ts';

describeEachDialect('POST, GET and DELETE /users/invitations', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  const clock = fixedClock(new Date());
  const t = routeFixture(db, { clock, env: { HYGIE_PUBLIC_URL: 'https://hygie.exemple.fr/' } });
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
  });

  const invite = (as: Parameters<typeof call>[3], email: string, role = 'secretary') =>
    call(app, 'POST', '/users/invitations', as, { email, role });
  const accept = (url: string) =>
    call(app, 'POST', '/invitations/accept', null, {
      token: tokenOf(url),
      name: 'Camille Roux',
      password: NEW_PASSWORD,
    });

  it('the owner invites: the link is shown once, expires in 72 h, and the invitation is journaled', async () => {
    const email = freshEmail();
    const res = await invite(a.owner, email.toUpperCase(), 'practitioner');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['email', 'expiresAt', 'id', 'role', 'url']);
    expect(body).toMatchObject({
      email,
      role: 'practitioner',
      expiresAt: new Date(clock.now().getTime() + 72 * 3_600_000).toISOString(),
    });
    expect(body.url).toMatch(/^https:\/\/hygie\.exemple\.fr\/invitation#[\w-]{43}$/);
    const [entry] = await journalOf(db().db, a.practice.id, 'user.invited');
    expect(entry).toMatchObject({
      actorId: a.owner.id,
      subjectType: 'invitation',
      subjectId: body.id,
      data: { email, role: 'practitioner' },
      summary: `Invitation créée pour ${email} (Praticien)`,
    });

    const listed = await call(app, 'GET', '/users/invitations', a.owner);
    expect(listed.statusCode).toBe(200);
    const mine = (listed.json() as { id: string }[]).find((i) => i.id === body.id);
    expect(mine).toEqual({
      id: body.id,
      email,
      role: 'practitioner',
      createdAt: clock.now().toISOString(),
      expiresAt: body.expiresAt,
    });
    expect(listed.body).not.toContain(tokenOf(body.url));
  });

  it('lists only pending invitations: not the accepted, cancelled or expired ones, nor other practices’', async () => {
    const p = await createPractice(db());
    const pending = (await invite(p.owner, freshEmail())).json();
    const accepted = (await invite(p.owner, freshEmail())).json();
    const cancelled = (await invite(p.owner, freshEmail())).json();
    await invite(b.owner, freshEmail());
    expect((await accept(accepted.url)).statusCode).toBe(201);
    expect((await call(app, 'DELETE', `/users/invitations/${cancelled.id}`, p.owner)).statusCode).toBe(204);
    const longAgo = new Date(clock.now().getTime() - 72 * 3_600_000);
    await createLink(
      db().db,
      { practiceId: p.practice.id, kind: 'invitation', email: freshEmail(), role: 'auditor' },
      longAgo,
    );
    const listed = await call(app, 'GET', '/users/invitations', p.owner);
    expect(listed.json().map((i: { id: string }) => i.id)).toEqual([pending.id]);
  });

  it('a cancelled invitation cannot be used; cancelling twice is a 404', async () => {
    const created = (await invite(a.owner, freshEmail())).json();
    const res = await call(app, 'DELETE', `/users/invitations/${created.id}`, a.owner);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await accept(created.url)).statusCode).toBe(400);
    const again = await call(app, 'DELETE', `/users/invitations/${created.id}`, a.owner);
    expect(again.statusCode).toBe(404);
    expect(again.json().message).toBe('Invitation introuvable, déjà utilisée ou annulée.');
  });

  it('another practice’s invitation is not found (404) and stays usable', async () => {
    const theirs = (await invite(b.owner, freshEmail())).json();
    expect((await call(app, 'DELETE', `/users/invitations/${theirs.id}`, a.owner)).statusCode).toBe(404);
    expect((await accept(theirs.url)).statusCode).toBe(201);
  });

  it.each(['practitioner', 'secretary', 'auditor'] as const)(
    'the %s may not invite, list or cancel (403)',
    async (role) => {
      const created = (await invite(a.owner, freshEmail())).json();
      for (const res of [
        await invite(a[role], freshEmail()),
        await call(app, 'GET', '/users/invitations', a[role]),
        await call(app, 'DELETE', `/users/invitations/${created.id}`, a[role]),
      ]) {
        expect(res.statusCode).toBe(403);
        expect(res.json()).toEqual(FORBIDDEN);
      }
      expect((await accept(created.url)).statusCode).toBe(201);
    },
  );

  it('refuses an invitation id that is not one (400 on field id)', async () => {
    const res = await call(app, 'DELETE', '/users/invitations/abc', a.owner);
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('id');
  });
});
