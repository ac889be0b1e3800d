import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { createPractice, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { INVITATION_INVALID } from './accept-invitation.ts';
import { ALREADY_A_USER } from './invite-user.ts';
import { CSRF_REFUSED, call, freshEmail, NEW_PASSWORD, tokenOf } from './routes.test-support.ts';

describeEachDialect('POST /users/invitations: refusals and replacement', (db) => {
  const t = routeFixture(db);
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
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

  it('refuses an address that already has an account, in any practice (409 on email)', async () => {
    for (const email of [a.practitioner.email, b.auditor.email.toUpperCase()]) {
      const res = await invite(a.owner, email);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toEqual({ code: 'conflict', message: ALREADY_A_USER, field: 'email' });
    }
  });

  it('a new invitation to the same address replaces the pending one', async () => {
    const email = freshEmail();
    const first = (await invite(a.owner, email, 'auditor')).json();
    const second = (await invite(a.owner, email, 'secretary')).json();
    const listed = (await call(app, 'GET', '/users/invitations', a.owner)).json() as { id: string; email: string }[];
    expect(listed.filter((i) => i.email === email).map((i) => i.id)).toEqual([second.id]);
    expect((await accept(first.url)).json()).toMatchObject({ message: INVITATION_INVALID, field: 'token' });
    expect((await accept(second.url)).statusCode).toBe(201);
  });

  it.each([
    ['a malformed address', { email: 'pas-une-adresse', role: 'secretary' }, 'email', /adresse e-mail invalide/],
    ['an unknown role', { email: 'x@exemple.fr', role: 'admin' }, 'role', /« role »/],
    ['a missing role', { email: 'x@exemple.fr' }, 'role', /« role »/],
    ['an unknown field', { email: 'x@exemple.fr', role: 'owner', name: 'X' }, 'name', /non autorisé « name »/],
  ])('refuses %s with a French 400', async (_label, payload, field, message) => {
    const res = await call(app, 'POST', '/users/invitations', a.owner, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', field, message: expect.stringMatching(message) });
  });

  it('with the session cookie, inviting needs the CSRF header', async () => {
    const session = await signIn(app, a.owner);
    const email = freshEmail();
    const res = await invite({ headers: { cookie: session.cookie } }, email);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(CSRF_REFUSED);
    expect((await invite(session, email)).statusCode).toBe(201);
  });
});
