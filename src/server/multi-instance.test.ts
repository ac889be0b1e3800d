import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/support/app.ts';
import { createTestDatabase, pgUrl, type TestDatabase, testMasterKeyFile } from '../../test/support/db.ts';
import { createPractice, type TestPractice } from '../../test/support/factories.ts';
import { connectPostgres } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import { enrolDirectly, wrongCode } from '../features/mfa/mfa.test-support.ts';
import { totpAt } from '../features/mfa/mfa.ts';
import { fixedClock } from '../lib/clock.ts';
import { type PeriodicJob, tickJob } from '../lib/jobs/periodic.ts';

/**
 * Three instances of Hygie on one PostgreSQL database, each its own Fastify server on a loopback
 * port with its own connection pool — as a host runs them behind a load balancer. Requests go
 * round the three over real HTTP.
 */
interface Instance {
  app: FastifyInstance;
  url: string;
}

interface Answer {
  status: number;
  body: { [key: string]: unknown } | null;
  cookie: string | undefined;
}

async function call(
  instance: Instance,
  method: 'GET' | 'POST',
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const res = await fetch(`${instance.url}${path}`, {
    method,
    headers: { ...(options.body ? { 'content-type': 'application/json' } : {}), ...options.headers },
    ...(options.body ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  const session = res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => /hygie_session=./.test(pair));
  return { status: res.status, body: text ? JSON.parse(text) : null, cookie: session };
}

async function startInstances(t: TestDatabase, options: Parameters<typeof createTestApp>[1]): Promise<Instance[]> {
  const instances: Instance[] = [];
  for (let i = 0; i < 3; i++) {
    const app = await createTestApp(i === 0 ? t.handle : t.reconnect(), options);
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    instances.push({ app, url });
  }
  return instances;
}

const WAIT_ONE_SECOND = 'Trop de tentatives pour ce compte : patientez 1 seconde avant de réessayer.';

describe.skipIf(!pgUrl() && !process.env.CI)('three instances on one PostgreSQL database', () => {
  let t: TestDatabase;
  let instances: Instance[];
  let a: TestPractice;
  const clock = fixedClock('2026-12-07T10:00:00Z');
  const on = (i: number) => instances[i % 3] as Instance;
  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    instances = await startInstances(t, { clock });
    a = await createPractice(t.handle);
  });
  afterAll(async () => {
    await Promise.all((instances ?? []).map(({ app }) => app.close()));
    await t?.drop();
  });

  const login = (i: number, email: string, password: string) =>
    call(on(i), 'POST', '/api/v1/auth/login', { body: { email, password } });

  it('the sign-in throttle counts failures on every instance: the sixth attempt waits, wherever it lands', async () => {
    const user = a.practitioner;
    for (let i = 0; i < 5; i++) expect((await login(i, user.email, 'pas-le-bon')).status).toBe(401);
    const slowed = await login(5, user.email, 'pas-le-bon');
    expect(slowed.status).toBe(429);
    expect(slowed.body).toMatchObject({ code: 'too_many_requests', message: WAIT_ONE_SECOND });
    // The right password waits as well, on each instance.
    for (let i = 0; i < 3; i++) expect((await login(i, user.email, user.password)).status).toBe(429);
    clock.advance(1000);
    expect((await login(1, user.email, user.password)).status).toBe(200);
  });

  it('the second-factor throttle counts wrong codes on every instance', async () => {
    const user = a.secretary;
    const { secret } = await enrolDirectly(t.handle, user, clock.now());
    clock.advance(30_000);
    const pending = await login(0, user.email, user.password);
    expect(pending.body).toMatchObject({ status: 'mfa_required' });
    const headers = { cookie: pending.cookie as string, 'x-csrf-token': pending.body?.csrfToken as string };
    const send = (i: number, code: string) => call(on(i), 'POST', '/api/v1/auth/mfa', { body: { code }, headers });
    const wrong = wrongCode(secret, clock.now());
    for (let i = 0; i < 5; i++) expect((await send(i, wrong)).status).toBe(401);
    const slowed = await send(5, wrong);
    expect(slowed.status).toBe(429);
    expect(slowed.body).toMatchObject({ message: WAIT_ONE_SECOND });
    for (let i = 0; i < 3; i++) expect((await send(i, totpAt(secret, clock.now()))).status).toBe(429);
    clock.advance(1000);
    expect((await send(2, totpAt(secret, clock.now()))).status).toBe(200);
  });

  it('a session opened on one instance works on the others, and signing out on one ends it on all', async () => {
    const user = a.owner;
    const signedIn = await login(0, user.email, user.password);
    expect(signedIn.status).toBe(200);
    const me = signedIn.body?.me as { csrfToken: string };
    const headers = { cookie: signedIn.cookie as string, 'x-csrf-token': me.csrfToken };
    for (let i = 0; i < 3; i++) expect((await call(on(i), 'GET', '/api/v1/me', { headers })).status).toBe(200);
    expect((await call(on(2), 'POST', '/api/v1/auth/logout', { headers })).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await call(on(i), 'GET', '/api/v1/me', { headers })).status).toBe(401);
  });

  it('a scheduled job runs once per period although the three instances tick', async () => {
    const jobClock = fixedClock('2026-12-07T10:00:10Z');
    const runs: string[] = [];
    const job: PeriodicJob = {
      name: 'three-instances',
      everyMs: 60_000,
      run: async (now) => {
        runs.push(now.toISOString());
      },
    };
    for (let tick = 0; tick < 10; tick++) {
      const claimed = await Promise.all(
        instances.map(({ app }, i) =>
          tickJob(job, { db: app.deps.handle.db, now: () => jobClock.now(), instance: `i${i}`, onError: () => {} }),
        ),
      );
      expect(claimed.filter(Boolean).length).toBe(tick % 2 === 0 ? 1 : 0);
      jobClock.advance(30_000);
    }
    expect(runs).toHaveLength(5);
    expect(new Set(runs.map((at) => at.slice(0, 16))).size).toBe(5);
  });
});

describe.skipIf(!pgUrl() && !process.env.CI)('the per-address limits of three instances on one database', () => {
  let t: TestDatabase;
  let instances: Instance[];
  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    instances = await startInstances(t, { loginRateLimitPerMinute: 3 });
  });
  afterAll(async () => {
    await Promise.all((instances ?? []).map(({ app }) => app.close()));
    await t?.drop();
  });
  const on = (i: number) => instances[i % 3] as Instance;

  it('sign-in: three attempts in all, spread over the instances, then 429 in French on every one', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await call(on(i), 'POST', '/api/v1/auth/login', {
        body: { email: `inconnu-${i}@exemple.fr`, password: 'x' },
      });
      statuses.push(res.status);
      if (res.status === 429) expect(res.body).toMatchObject({ message: expect.stringMatching(/^Trop de tentatives/) });
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
  });

  it('password reset links: the same, counted apart from sign-in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call(on(i + 1), 'POST', '/api/v1/password-reset/accept', {
        body: { token: `lien-inconnu-${'x'.repeat(40)}${i}`, password: 'girafe-lumière-tambour-pivoine-8' },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 3).every((status) => status !== 429 && status < 500)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});

describe.skipIf(!pgUrl() && !process.env.CI)('three instances starting together on an empty database', () => {
  it('apply each migration once, each through its own connections', async () => {
    const url = pgUrl() as string;
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = connectPostgres(url, { max: 1 });
    await sql`CREATE SCHEMA ${sql.id(schema)}`.execute(admin.db);
    const handles = [0, 1, 2].map(() =>
      connectPostgres(url, { searchPath: schema, max: 2, masterKeyFile: testMasterKeyFile() }),
    );
    try {
      const applied = await Promise.all(handles.map((handle) => migrateToLatest(handle.db)));
      expect(applied.flat().sort()).toEqual(Object.keys(migrations).sort());
    } finally {
      await Promise.all(handles.map((handle) => handle.close()));
      await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(admin.db);
      await admin.close();
    }
  });
});
