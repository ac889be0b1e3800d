import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';

interface Step {
  id: string;
  state: string;
  reason: string | null;
}

describeEachDialect('« Ma mise en conformité »', (db, dialect) => {
  const contact = { address: '12 rue des Lilas, 93260 Les Lilas', phone: '01 23 45 67 89' };
  const t = routeFixture(db, {}, contact);
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;

  const call = (user: { token: string }, method: 'GET' | 'POST', url: string) =>
    app.inject({ method, url: `/api/v1${url}`, headers: bearer(user) });
  const path = async (user: { token: string }) => {
    const res = await call(user, 'GET', '/compliance-path');
    expect(res.statusCode).toBe(200);
    return res.json() as { steps: Step[]; next: string | null; done: number; total: number };
  };
  const stateOf = async (user: { token: string }, id: string) => (await path(user)).steps.find((s) => s.id === id);

  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db(), contact);
  });

  it('starts a new practice at the register, its profile already given by the wizard', async () => {
    const body = await path(a.owner);
    expect(body.steps.map((s) => [s.id, s.state])).toEqual([
      ['profile', 'done'],
      ['register', 'todo'],
      ['patient-information', 'todo'],
      ['diagnostic', 'todo'],
      ['action-plan', 'todo'],
      ['backup', 'todo'],
      ['dossier', 'todo'],
    ]);
    expect(body).toMatchObject({ next: 'register', done: 1, total: 7 });
  });

  it('asks the profile for what the documents print when the wizard did not get it', async () => {
    const c = await createPractice(db());
    expect(await stateOf(c.owner, 'profile')).toMatchObject({
      state: 'todo',
      reason: 'Il manque : l’adresse du cabinet, un téléphone ou un e-mail du cabinet.',
    });
  });

  it('is for the owner, the practitioners and the auditor, not the secretary', async () => {
    expect((await call(a.practitioner, 'GET', '/compliance-path')).statusCode).toBe(200);
    expect((await call(a.auditor, 'GET', '/compliance-path')).statusCode).toBe(200);
    expect((await call(a.secretary, 'GET', '/compliance-path')).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/compliance-path' })).statusCode).toBe(401);
  });

  it('marks the plan read once it is opened, again after the diagnostic changes, never for another practice', async () => {
    expect((await call(a.owner, 'POST', '/action-plan/opened')).json()).toEqual({ recorded: true });
    expect((await call(a.practitioner, 'POST', '/action-plan/opened')).json()).toEqual({ recorded: false });
    expect(await stateOf(a.owner, 'action-plan')).toMatchObject({ state: 'done', reason: null });
    expect((await stateOf(b.owner, 'action-plan'))?.state).toBe('todo');

    const checklist = (await call(a.owner, 'GET', '/checklist')).json();
    const measure = checklist.measures.find((m: { applies: boolean }) => m.applies);
    const put = await app.inject({
      method: 'PUT',
      url: `/api/v1/checklist/measures/${measure.id}`,
      headers: bearer(a.owner),
      payload: { status: 'done' },
    });
    expect(put.statusCode).toBe(200);
    expect((await call(a.owner, 'POST', '/action-plan/opened')).json()).toEqual({ recorded: true });
    const journal = (await call(a.owner, 'GET', '/journal?action=action_plan.opened')).json();
    expect(journal.entries.map((e: { action: string }) => e.action)).toEqual([
      'action_plan.opened',
      'action_plan.opened',
    ]);
  });

  it('lets nobody who does not act on the plan record it', async () => {
    expect((await call(a.auditor, 'POST', '/action-plan/opened')).statusCode).toBe(403);
  });

  it('counts the downloaded plan as opened', async () => {
    expect((await call(b.owner, 'GET', '/action-plan/export.pdf')).statusCode).toBe(200);
    expect((await stateOf(b.owner, 'action-plan'))?.state).toBe('done');
  });

  it('counts the compliance file once it was produced, for this practice only', async () => {
    expect((await stateOf(b.owner, 'dossier'))?.state).toBe('todo');
    expect((await call(b.owner, 'GET', '/dossier.pdf')).statusCode).toBe(200);
    expect(await stateOf(b.owner, 'dossier')).toMatchObject({ state: 'done', reason: null });
    expect((await stateOf(a.owner, 'dossier'))?.state).toBe('todo');
  });

  it('needs the kit, and on a practice’s own computer a backup', async () => {
    expect((await call(b.owner, 'GET', '/recovery-kit.pdf')).statusCode).toBe(200);
    const step = await stateOf(b.owner, 'backup');
    if (dialect === 'sqlite')
      expect(step).toMatchObject({ state: 'todo', reason: 'Faites votre première sauvegarde.' });
    else expect(step).toMatchObject({ state: 'done', reason: null });
  });
});
