import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice, type TestUser } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { listJournal } from '../journal/journal.repository.ts';

const clock = fixedClock(new Date());

const GROUP_10K = {
  structure: 'group',
  sharedRecords: false,
  sharedInformationSystem: true,
  patientsPerYear: 10_000,
};
const SOLO = { structure: 'solo', sharedRecords: false, sharedInformationSystem: false };

describeEachDialect('DPO and DPIA screening routes', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let withDpo: TestPractice;
  const t = routeFixture(db, { clock }, { structureType: 'group' });
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    [b, withDpo] = await Promise.all([
      createPractice(db(), { structureType: 'solo', professions: ['infirmier'] }),
      createPractice(db(), { dpo: { name: 'Claire Dubois', email: 'dpo@exemple.fr' } }),
    ]);
  });

  const call = (user: TestUser, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('starts from the profile’s structure, with nothing recorded', async () => {
    const res = await call(b.secretary, 'GET', '/screening');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      dpo: { current: null, history: [] },
      dpia: { current: null, history: [] },
      dpoContact: null,
      suggestedAnswers: { structure: 'solo', individual: null },
      alerts: [],
    });
  });

  it('records a DPO decision with its answers, reasons, sources, who and when; journaled', async () => {
    const res = await call(a.owner, 'POST', '/screening/dpo', { ...GROUP_10K, note: 'Logiciel commun' });
    expect(res.statusCode, res.body).toBe(201);
    const decision = res.json();
    expect(decision).toMatchObject({
      kind: 'dpo',
      number: 1,
      result: 'obligatoire',
      answers: { ...GROUP_10K, individual: null },
      note: 'Logiciel commun',
      decidedBy: 'Éloïse Martin (Titulaire)',
      decidedAt: clock.now().toISOString(),
    });
    expect(decision.reasons[0].sources[0].label).toContain('2020-081');
    const [entry] = await listJournal(db().db, a.practice.id, { action: 'screening.recorded' });
    expect(entry?.data).toEqual({ kind: 'dpo', result: 'obligatoire', previous: null });
  });

  it('warns that a required DPO is not designated, on the page and the home page', async () => {
    const overview = (await call(a.auditor, 'GET', '/screening')).json();
    expect(overview.alerts[0]).toContain('aucun n’est renseigné');
    const home = (await call(a.secretary, 'GET', '/home')).json();
    expect(home.cards.map((c: { id: string }) => c.id)).toContain('screening');
  });

  it('shows the DPO of the practice profile and no alert once designated', async () => {
    expect((await call(withDpo.owner, 'POST', '/screening/dpo', GROUP_10K)).statusCode).toBe(201);
    const overview = (await call(withDpo.secretary, 'GET', '/screening')).json();
    expect(overview.dpoContact).toEqual({ name: 'Claire Dubois', email: 'dpo@exemple.fr', phone: null });
    expect(overview.alerts).toEqual([]);
  });

  it('keeps the history when a decision is revisited', async () => {
    const first = await call(b.practitioner, 'POST', '/screening/dpia', { ...SOLO, sharedRecords: true });
    expect(first.json()).toMatchObject({ result: 'obligatoire', number: 1 });
    const second = await call(b.owner, 'POST', '/screening/dpia', SOLO);
    expect(second.json()).toMatchObject({ result: 'non obligatoire', number: 2 });
    const overview = (await call(b.auditor, 'GET', '/screening')).json();
    expect(overview.dpia.current).toMatchObject({ number: 2, result: 'non obligatoire' });
    expect(overview.dpia.history.map((d: { number: number }) => d.number)).toEqual([2, 1]);
    const [entry] = await listJournal(db().db, b.practice.id, { action: 'screening.recorded' });
    expect(entry?.data).toEqual({ kind: 'dpia', result: 'non obligatoire', previous: 'obligatoire' });
    expect(entry?.summary).toContain('auparavant obligatoire');
  });

  it.each(['secretary', 'auditor'] as const)('lets the %s read but not answer (403)', async (role) => {
    expect((await call(a[role], 'GET', '/screening')).statusCode).toBe(200);
    expect((await call(a[role], 'POST', '/screening/dpo', SOLO)).statusCode).toBe(403);
    expect((await call(a[role], 'POST', '/screening/dpia', SOLO)).statusCode).toBe(403);
  });

  it('never shows a practice another one’s decisions', async () => {
    const other = (await call(b.owner, 'GET', '/screening')).json();
    expect(other.dpo.history).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    ['an unknown structure', { ...SOLO, structure: 'hopital' }, 'structure', 'type de structure inconnu'],
    ['a yes/no as text', { ...SOLO, sharedRecords: 'non' }, 'sharedRecords', 'vrai ou faux attendu'],
    ['a missing answer', { structure: 'solo', sharedRecords: false }, 'sharedInformationSystem', 'vrai ou faux'],
    ['a negative volume', { ...SOLO, patientsPerYear: -1 }, 'patientsPerYear', 'négatif'],
    ['a decimal volume', { ...SOLO, patientsPerYear: 12.5 }, 'patientsPerYear', 'entier'],
    [
      'a pharmacy without saying whether one professional practises alone',
      { ...SOLO, structure: 'pharmacy' },
      'individual',
      'un seul professionnel',
    ],
    ['an unknown field', { ...SOLO, staff: 3 }, 'staff', 'non autorisé'],
  ])('refuses %s with a French 400 naming the field', async (_name, payload, field, message) => {
    const res = await call(a.owner, 'POST', '/screening/dpo', payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', field });
    expect(res.json().message).toContain(message);
  });

  describe('the DPIA of an individual practice', () => {
    it('is exempt, citing the CNIL list', async () => {
      const res = await call(b.owner, 'POST', '/screening/dpia', { ...SOLO, patientsPerYear: 2500 });
      expect(res.json().result).toBe('non obligatoire');
      expect(res.json().reasons[0].sources[0].label).toContain('2019-118');
    });
  });
});
