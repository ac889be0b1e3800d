import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { fixedClock } from '../../lib/clock.ts';
import { insertIncident, listIncidentTimeline } from '../incidents/incidents.repository.ts';
import { listJournal } from '../journal/journal.repository.ts';

const clock = fixedClock('2026-03-27T12:00:00.000Z');
const ANSWERS = { dpc: 4, ei: 1, confidentiality: 0, integrity: 0, availability: 0.5, malicious: true };

describeEachDialect('breach severity, decision, notifications and incidents', (db) => {
  const t = routeFixture(db, { clock });
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let id: string;

  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
    clock.set('2026-03-27T12:00:00.000Z');
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/breaches',
      headers: bearer(a.owner),
      payload: { awareAt: '2026-03-27T09:00:00Z', peopleCount: 300 },
    });
    id = created.json().id;
  });

  function put(user: { token: string }, breachId: string, payload: unknown) {
    return app.inject({
      method: 'PUT',
      url: `/api/v1/breaches/${breachId}`,
      headers: bearer(user),
      payload: payload as object,
    });
  }
  const journal = (action: string) => listJournal(db().db, a.practice.id, { action });

  it('refuses a decision before any assessment', async () => {
    const res = await put(a.owner, id, { decision: { notifyAuthority: true, informSubjects: true } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      field: 'decision',
      message: expect.stringMatching(/évaluez d’abord la gravité/),
    });
  });

  it('computes the severity from the plain-French answers and journals the score', async () => {
    const res = await put(a.practitioner, id, { severityAnswers: ANSWERS });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().severity).toMatchObject({
      score: 5,
      level: 'very_high',
      notifyAuthority: true,
      informSubjects: true,
      flags: ['many_people', 'malicious'],
      factors: ANSWERS,
      adjustedByExpert: false,
    });
    const [entry] = await journal('breach.severity_assessed');
    expect(entry?.data).toEqual({
      score: 5,
      level: 'very_high',
      adjustedByExpert: false,
      notifyAuthority: true,
      informSubjects: true,
    });
  });

  it('follows unintelligibility into the recommendation', async () => {
    const res = await put(a.owner, id, { unintelligible: true, unintelligibleHow: 'Disque chiffré, clé au coffre' });
    expect(res.json().severity).toMatchObject({
      informSubjects: false,
      flags: expect.arrayContaining(['unintelligible_exempts_subjects']),
    });
    await put(a.owner, id, { unintelligible: false });
  });

  it('lets an expert adjust the factors only with a written justification', async () => {
    const without = await put(a.owner, id, { severityExpert: { ...ANSWERS, ei: 0.5 } });
    expect(without.statusCode).toBe(400);
    expect(without.json()).toMatchObject({ field: 'severityExpert.justification' });
    const blank = await put(a.owner, id, { severityExpert: { ...ANSWERS, ei: 0.5, justification: '   ' } });
    expect(blank.json().message).toMatch(/justification à écrire/);
    const res = await put(a.owner, id, {
      severityExpert: { ...ANSWERS, ei: 0.5, justification: 'Seuls des numéros de dossier figurent dans la copie.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const breach = res.json();
    expect(breach.severity).toMatchObject({ score: 3, level: 'high', adjustedByExpert: true });
    expect(breach.severityAnswers).toEqual(ANSWERS);
    expect(breach.severityExpert).toMatchObject({
      factors: { ...ANSWERS, ei: 0.5 },
      justification: 'Seuls des numéros de dossier figurent dans la copie.',
      by: 'Éloïse Martin (Titulaire)',
    });
    const [entry] = await journal('breach.severity_assessed');
    expect(entry?.data).toMatchObject({ score: 3, level: 'high', adjustedByExpert: true });
    expectNoMarker(JSON.stringify(entry?.data), ['numéros de dossier']);
  });

  it('asks for reasons when the decision departs from the recommendation', async () => {
    const res = await put(a.owner, id, { decision: { notifyAuthority: true, informSubjects: false } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      field: 'decision.reasons',
      message: expect.stringMatching(/s’écarte de la recommandation/),
    });
  });

  it('records the decision with the score that informed it, and journals both', async () => {
    const res = await put(a.owner, id, {
      decision: { notifyAuthority: true, informSubjects: false, reasons: 'Patients déjà prévenus par téléphone.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'to_notify',
      decision: {
        notifyAuthority: true,
        informSubjects: false,
        reasons: 'Patients déjà prévenus par téléphone.',
        score: 3,
        level: 'high',
        recommended: { notifyAuthority: true, informSubjects: true },
        followsRecommendation: false,
        decidedAt: '2026-03-27T12:00:00.000Z',
        decidedBy: 'Éloïse Martin (Titulaire)',
      },
    });
    const [entry] = await journal('breach.decision_recorded');
    expect(entry?.data).toEqual({
      notifyAuthority: true,
      informSubjects: false,
      score: 3,
      level: 'high',
      followsRecommendation: false,
    });
    expect(entry?.summary).toBe(
      'Décision : notifier la CNIL, ne pas informer les personnes — score 3 (élevée), en s’écartant de la recommandation.',
    );
  });

  it('refuses a notification after the 72 hours without the reasons for the delay', async () => {
    clock.set('2026-04-02T08:00:00.000Z');
    const late = await put(a.owner, id, { cnilNotifiedAt: '2026-03-31T10:00:00Z' });
    expect(late.statusCode).toBe(400);
    expect(late.json()).toMatchObject({ field: 'delayReasons' });
    expect(late.json().message).toBe(
      'Champ « delayReasons » : la notification du 31/03/2026 à 12:00 dépasse le délai de 72 heures (échéance le 30/03/2026 à 11:00) : indiquez les raisons du retard (article 33.1 du RGPD).',
    );
    const res = await put(a.owner, id, {
      cnilNotifiedAt: '2026-03-31T10:00:00Z',
      delayReasons: 'Ampleur connue seulement après l’analyse du prestataire.',
      cnilReceiptNumber: 'CNIL-2026-0042',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'notified',
      notifiedLate: true,
      clockRuns: false,
      cnilReceiptNumber: 'CNIL-2026-0042',
    });
    const [entry] = await journal('breach.notification_recorded');
    expect(entry?.data).toEqual({ kind: 'cnil_initial', at: '2026-03-31T10:00:00.000Z', late: true });
  });

  it.each([
    ['a notification before awareness', { cnilNotifiedAt: '2026-03-27T08:00:00Z' }, 'cnilNotifiedAt'],
    [
      'a complementary notification before the initial one',
      { complementaryNotifiedAt: '2026-03-30T10:00:00Z' },
      'complementaryNotifiedAt',
    ],
    ['a complaint in the future', { complaintFiledAt: '2026-05-01T10:00:00Z' }, 'complaintFiledAt'],
  ])('refuses %s', async (_label, payload, field) => {
    const res = await put(a.owner, id, payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().field).toBe(field);
  });

  it('records the complementary notification, the information of the people and the complaint', async () => {
    const res = await put(a.owner, id, {
      complementaryNotifiedAt: '2026-04-01T09:00:00Z',
      subjectsInformedAt: '2026-04-01T15:00:00Z',
      complaintFiledAt: '2026-03-28T10:00:00Z',
      complaintNumber: 'PV 2026/123',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      complaintNumber: 'PV 2026/123',
      subjectsInformedAt: '2026-04-01T15:00:00.000Z',
    });
    const kinds = (await journal('breach.notification_recorded')).map((e) => e.data.kind);
    expect(kinds).toEqual(expect.arrayContaining(['cnil_complementary', 'subjects', 'complaint']));
  });

  it('journals a notification date cleared as a change, and a date set again as a notification', async () => {
    const cleared = await put(a.owner, id, { subjectsInformedAt: null });
    expect(cleared.json().subjectsInformedAt).toBeNull();
    const [update] = await journal('breach.updated');
    expect(update?.data).toEqual({ fields: ['subjectsInformedAt'] });
    await put(a.owner, id, { subjectsInformedAt: '2026-04-01T15:00:00Z' });
    const [entry] = await journal('breach.notification_recorded');
    expect(entry?.data).toEqual({ kind: 'subjects', at: '2026-04-01T15:00:00.000Z', late: false });
  });

  it('qualifies an incident as a breach, once, and adds the step to its timeline', async () => {
    clock.set('2026-04-02T09:00:00.000Z');
    const incident = await insertIncident(
      db().db,
      a.practice.id,
      { scenario: 'ransomware', raisedBy: { id: a.secretary.id, name: a.secretary.name } },
      new Date('2026-04-02T08:30:00Z'),
    );
    const url = `/api/v1/incidents/${incident.id}/breach`;
    expect((await app.inject({ method: 'POST', url, headers: bearer(a.secretary) })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url, headers: bearer(b.owner) })).statusCode).toBe(404);
    const res = await app.inject({ method: 'POST', url, headers: bearer(a.practitioner) });
    expect(res.statusCode, res.body).toBe(201);
    const breach = res.json();
    expect(breach).toMatchObject({
      incidentId: incident.id,
      origin: 'ransomware',
      awareAt: '2026-04-02T09:00:00.000Z',
      notificationDeadline: '2026-04-05T09:00:00.000Z',
    });
    const timeline = await listIncidentTimeline(db().db, a.practice.id, incident.id);
    expect(timeline.at(-1)).toMatchObject({ kind: 'qualified_breach', data: { breachId: breach.id } });
    const again = await app.inject({ method: 'POST', url, headers: bearer(a.owner), payload: {} });
    expect(again.statusCode).toBe(409);
    const [entry] = await journal('breach.registered');
    expect(entry?.data).toMatchObject({ fromIncident: true, origin: 'ransomware' });
  });

  it('qualifies with the awareness given, checked like any other', async () => {
    const incident = await insertIncident(
      db().db,
      a.practice.id,
      { scenario: 'device_lost', raisedBy: { id: null, name: 'Tests' } },
      new Date('2026-04-01T08:30:00Z'),
    );
    const url = `/api/v1/incidents/${incident.id}/breach`;
    const future = await app.inject({
      method: 'POST',
      url,
      headers: bearer(a.owner),
      payload: { awareAt: '2026-04-03T00:00:00Z' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().field).toBe('awareAt');
    const res = await app.inject({
      method: 'POST',
      url,
      headers: bearer(a.owner),
      payload: { awareAt: '2026-04-01T09:00:00Z' },
    });
    expect(res.json()).toMatchObject({ origin: 'device_lost', awareAt: '2026-04-01T09:00:00.000Z' });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/incidents/inconnu/breach',
      headers: bearer(a.owner),
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('shows open breaches with their countdown on the home page of the care team and the auditor only', async () => {
    clock.set('2026-04-03T10:00:00.000Z');
    const home = async (user: { token: string }) =>
      (await app.inject({ url: '/api/v1/home', headers: bearer(user) })).json().cards as {
        id: string;
        tone: string;
        items?: { label: string; href: string }[];
      }[];
    const card = (await home(a.owner)).find((c) => c.id === 'breaches');
    expect(card?.tone).toBe('danger');
    expect(card?.items?.map((i) => i.label)).toEqual([
      'Notification CNIL avant le 04/04/2026 à 11:00 — Appareil perdu — connue le 01/04/2026 à 11:00 (il reste 23 h 00 min)',
      'Notification CNIL avant le 05/04/2026 à 11:00 — Rançongiciel — connue le 02/04/2026 à 11:00 (il reste 1 j 23 h 00 min)',
    ]);
    expect((await home(a.auditor)).some((c) => c.id === 'breaches')).toBe(true);
    expect((await home(a.secretary)).some((c) => c.id === 'breaches')).toBe(false);
    expect((await home(b.owner)).some((c) => c.id === 'breaches')).toBe(false);
  });
});
