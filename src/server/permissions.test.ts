import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../test/support/app.ts';
import { describeEachDialect } from '../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../test/support/factories.ts';
import { ROLES } from '../features/accounts/roles.ts';
import { allows, PERMISSIONS, type Permission } from './permissions.ts';
import { type RouteObjects, routeObjectsOf } from './route-objects.test-support.ts';

/** Routes anyone may call; adding one must be a deliberate change of this list. */
const PUBLIC_ROUTES = [
  'GET /api/v1/instance',
  'POST /api/v1/auth/login',
  'POST /api/v1/invitations/accept',
  'POST /api/v1/password-reset/accept',
  'GET /api/v1/setup',
  'POST /api/v1/setup',
  // The personal calendar's secret address: the token is the key (calendar.routes.test.ts).
  'GET /api/v1/calendar/:token',
  // The signed unsubscribe link of the reminder e-mails (reminders.routes.test.ts).
  'POST /api/v1/reminders/unsubscribe',
  // The practice's public notice page, behind a random token (notice-public.routes.test.ts).
  'GET /api/v1/notice/public/:token',
];

/**
 * What a member reaches while their practice requires MFA and they have not enrolled: their own
 * account only (profile, password, second factor, tokens, sessions, signing out). Every other route
 * answers 403; adding one here must be a deliberate change, since it shows nothing of the practice.
 */
const OWN_ACCOUNT_ROUTES = [
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/logout-all',
  'POST /api/v1/auth/mfa',
  'GET /api/v1/me',
  'GET /api/v1/me/mfa',
  'POST /api/v1/me/mfa/setup',
  'POST /api/v1/me/mfa/enable',
  'POST /api/v1/me/mfa/recovery-codes',
  'POST /api/v1/me/mfa/disable',
  'PUT /api/v1/me/password',
  'GET /api/v1/me/sessions',
  'GET /api/v1/me/tokens',
  'POST /api/v1/me/tokens',
  'DELETE /api/v1/me/tokens/:id',
];

/**
 * Routes whose `:id` names an entry of a shared referential (a diagnostic measure), not an object
 * of a practice: each practice reaches its own answer to it. Their isolation is tested in their
 * feature (`checklist.routes.test.ts`: B never sees A's answers, history or assignees).
 */
const REFERENTIAL_ID_ROUTES = [
  'PUT /api/v1/checklist/measures/:id',
  'GET /api/v1/checklist/measures/:id/history',
  'POST /api/v1/checklist/families/:family/done',
  // The referential's texts of one version (the same for every practice, no answer in it).
  'GET /api/v1/checklist/referential/:key',
];

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const fill = (url: string, id: string) => url.replace(/:[A-Za-z]+/g, id);

describe('permission registry', () => {
  it('every permission allows at least the owner, and the auditor only reads', () => {
    for (const [name, roles] of Object.entries(PERMISSIONS)) {
      expect(roles, name).toContain('owner');
    }
    expect(allows('users.manage', 'auditor')).toBe(false);
    expect(allows('journal.read', 'secretary')).toBe(false);
    expect(allows('users.manage', 'practitioner')).toBe(false);
  });
});

describeEachDialect('every route, every role, every practice', (db) => {
  const t = routeFixture(db);
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  /** For each route with an :id, an object of practice A and a body valid enough to reach the handler. */
  let objectsOfA: RouteObjects;

  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
    objectsOfA = await routeObjectsOf(db(), a);
  });

  const routes = () => app.routeCatalog.filter((r) => r.url.startsWith('/api/v1/'));

  it('declares exactly the expected public routes, and a known permission on every other', () => {
    expect(
      routes()
        .filter((r) => r.public)
        .map((r) => `${r.method} ${r.url}`)
        .sort(),
    ).toEqual([...PUBLIC_ROUTES].sort());
    for (const route of routes().filter((r) => !r.public)) {
      expect(Object.keys(PERMISSIONS), `${route.method} ${route.url}`).toContain(route.permission);
    }
  });

  it('refuses every non-public route without credentials (401)', async () => {
    for (const route of routes().filter((r) => !r.public)) {
      const res = await app.inject({ method: route.method as Method, url: fill(route.url, randomUUID()) });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('gives 403 to each role its permission excludes, and lets the others through', async () => {
    for (const route of routes().filter((r) => !r.public)) {
      for (const role of ROLES) {
        const res = await app.inject({
          method: route.method as Method,
          url: fill(route.url, randomUUID()),
          headers: bearer(a[role]),
        });
        const label = `${role} → ${route.method} ${route.url}: ${res.body}`;
        if (allows(route.permission as Permission, role)) expect([401, 403], label).not.toContain(res.statusCode);
        else expect(res.statusCode, label).toBe(403);
      }
    }
    // Hundreds of requests, some rendering documents (the compliance file a whole PDF and ZIP): on a loaded machine it passed 30 s.
  }, 180_000);

  it('a member who has not enrolled the MFA their practice requires reaches only their own account', async () => {
    const c = await createPractice(db(), { mfaRequired: true });
    const own = routes()
      .filter((r) => r.permission === 'account.self')
      .map((r) => `${r.method} ${r.url}`);
    expect(own.sort()).toEqual([...OWN_ACCOUNT_ROUTES].sort());
    for (const route of routes().filter((r) => !r.public && !OWN_ACCOUNT_ROUTES.includes(`${r.method} ${r.url}`))) {
      // The owner, whom no permission excludes: the refusal is the enrolment's, on every route.
      const res = await app.inject({
        method: route.method as Method,
        url: fill(route.url, randomUUID()),
        headers: bearer(c.owner),
      });
      const label = `${route.method} ${route.url}: ${res.body}`;
      expect(res.statusCode, label).toBe(403);
      expect(res.json().message, label).toMatch(/exige la double authentification/);
    }
  });

  it('answers 404 to practice B for every object of practice A', async () => {
    const withId = routes().filter(
      (r) => !r.public && r.url.includes(':') && !REFERENTIAL_ID_ROUTES.includes(`${r.method} ${r.url}`),
    );
    for (const route of withId) {
      const key = `${route.method} ${route.url}`;
      const target = objectsOfA[key];
      expect(target, `add ${key} to objectsOfA`).toBeDefined();
      if (!target) continue;
      const res = await app.inject({
        method: route.method as Method,
        url: fill(route.url, target.id),
        headers: bearer(b.owner),
        ...(target.body ? { payload: target.body as object } : {}),
      });
      expect(res.statusCode, `${key}: ${res.body}`).toBe(404);
    }
  });

  it('lists never show another practice’s data', async () => {
    for (const url of ['/api/v1/users', '/api/v1/journal', '/api/v1/users/invitations', '/api/v1/me/tokens']) {
      const res = await app.inject({ url, headers: bearer(b.owner) });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toContain(a.practice.id);
      expect(res.body, url).not.toContain(a.owner.email);
      expect(res.body, url).not.toContain(a.secretary.id);
    }
  });
});
