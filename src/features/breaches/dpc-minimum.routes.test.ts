import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';

const clock = fixedClock('2026-03-27T12:00:00.000Z');
const ANSWERS = { ei: 1, confidentiality: 0.5, integrity: 0, availability: 0, malicious: true };

describeEachDialect('the minimum data context on a breach', (db) => {
  const t = routeFixture(db, { clock });
  let psychiatrist: TestPractice;
  beforeAll(async () => {
    psychiatrist = await createPractice(db(), {
      structureType: 'solo',
      professions: ['medecin'],
      medicalSpecialties: ['psychiatry'],
    });
  });
  const call = (user: { token: string }, method: 'POST' | 'PUT' | 'GET', url: string, payload?: object) =>
    t.app().inject({ method, url: `/api/v1${url}`, headers: bearer(user), ...(payload ? { payload } : {}) });
  const breachOf = async (user: { token: string }, peopleCategories: string[]) => {
    const res = await call(user, 'POST', '/breaches', { awareAt: '2026-03-27T09:00:00Z', peopleCategories });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; dpcMinimum: { minimum: number; reasons: string[]; sources: string[] } };
  };

  it('a psychiatrist’s breach of patients’ data: at least 4, explained and sourced', async () => {
    const breach = await breachOf(psychiatrist.owner, ['patients']);
    expect(breach.dpcMinimum.minimum).toBe(4);
    expect(breach.dpcMinimum.reasons.join(' ')).toMatch(/psychiatrie.*au moins 4/);
    expect(breach.dpcMinimum.sources.join(' ')).toMatch(/ENISA.*annexe.*considérant 35/s);

    const low = await call(psychiatrist.owner, 'PUT', `/breaches/${breach.id}`, {
      severityAnswers: { dpc: 1, ...ANSWERS },
    });
    expect(low.statusCode).toBe(400);
    expect(low.json().message).toMatch(/^Champ « severityAnswers\.dpc » : le contexte du traitement vaut au moins 4/);
    const three = await call(psychiatrist.owner, 'PUT', `/breaches/${breach.id}`, {
      severityAnswers: { dpc: 3, ...ANSWERS },
    });
    expect(three.statusCode).toBe(400);
    const ok = await call(psychiatrist.owner, 'PUT', `/breaches/${breach.id}`, {
      severityAnswers: { dpc: 4, ...ANSWERS },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().severity.factors.dpc).toBe(4);
  });

  it('the same practice’s breach of staff data only: simple data are allowed', async () => {
    const breach = await breachOf(psychiatrist.owner, ['staff']);
    expect(breach.dpcMinimum).toEqual({ minimum: 1, reasons: [], sources: [] });
    const res = await call(psychiatrist.owner, 'PUT', `/breaches/${breach.id}`, {
      severityAnswers: { dpc: 1, ...ANSWERS },
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('any health practice: the fact of being a patient is at least 2', async () => {
    const breach = await breachOf(t.practice().owner, []);
    expect(breach.dpcMinimum.minimum).toBe(2);
    const res = await call(t.practice().owner, 'PUT', `/breaches/${breach.id}`, {
      severityAnswers: { dpc: 1, ...ANSWERS },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/considérant 35/);
  });
});
