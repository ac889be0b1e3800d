import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { listJournal } from '../journal/journal.repository.ts';
import type { BreachView } from './breaches.schema.ts';

/** Saturday 24 October 2026, 11:00 in Paris: the change back to winter time comes on Sunday 25. */
const AWARE = '2026-10-24T09:00:00.000Z';
const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.parse(AWARE) + hours * HOUR).toISOString();
const clock = fixedClock(AWARE);

describeEachDialect('breach lifecycle: the insurer’s complaint, the ARS report, withdrawal', (db) => {
  const t = routeFixture(db, { clock });
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
  });

  const call = (user: { token: string }, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const record = async (user: { token: string }, origin: string | null = 'ransomware'): Promise<BreachView> => {
    clock.set(AWARE);
    const res = await call(user, 'POST', '/breaches', { awareAt: AWARE, origin });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const cardIds = async (user: { token: string }) =>
    ((await call(user, 'GET', '/home')).json().cards as { id: string }[]).map((c) => c.id);

  it.each<[number, string]>([
    [70, 'dans les délais'],
    [73, 'hors délai'],
  ])('a complaint at +%i h across the change to winter time is « %s »', async (hours, label) => {
    const breach = await record(a.owner);
    expect(breach).toMatchObject({
      insurerComplaintDeadline: '2026-10-27T09:00:00.000Z',
      insurerComplaintDeadlineText: '27/10/2026 à 10:00',
    });
    clock.set(at(hours));
    const res = await call(a.owner, 'PUT', `/breaches/${breach.id}`, { complaintFiledAt: at(hours) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().complaintTimingLabel).toBe(label);
  });

  it('warns on the home card at +71 h for a breach from an attack', async () => {
    const fresh = await createPractice(db());
    await record(fresh.owner, 'phishing');
    clock.set(at(71));
    const card = ((await call(fresh.owner, 'GET', '/home')).json().cards as { id: string; tone: string }[]).find(
      (c) => c.id === 'insurer',
    );
    expect(card?.tone).toBe('danger');
  });

  it('records the ARS report through the API, journaled as a notification', async () => {
    const breach = await record(a.owner);
    clock.set(at(5));
    const res = await call(a.practitioner, 'PUT', `/breaches/${breach.id}`, { arsReportedAt: at(4) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ arsReportedAt: at(4), arsReportExpected: false });
    const entries = await listJournal(db().db, a.practice.id, { action: 'breach.notification_recorded' });
    expect(entries.find((e) => e.subjectId === breach.id)?.data).toEqual({ kind: 'ars', at: at(4), late: false });
    const future = await call(a.owner, 'PUT', `/breaches/${breach.id}`, { arsReportedAt: at(30) });
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toContain('arsReportedAt');
  });

  it('records the art. 34(3)(b) measures and follows them in the recommendation', async () => {
    const breach = await record(a.owner);
    const factors = { dpc: 4, ei: 1, confidentiality: 0.5, integrity: 0, availability: 0, malicious: true };
    const res = await call(a.owner, 'PUT', `/breaches/${breach.id}`, {
      severityAnswers: factors,
      subsequentMeasures: 'Les mots de passe volés ont été changés avant toute utilisation.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().severity).toMatchObject({
      informSubjects: false,
      flags: ['measures_exempt_subjects', 'malicious'],
    });
    const entries = await listJournal(db().db, a.practice.id, { action: 'breach.updated' });
    expect(entries.find((e) => e.subjectId === breach.id)?.data).toEqual({ fields: ['subsequentMeasures'] });
  });

  it('withdraws a breach recorded by mistake: kept in the register « retirée », journaled, no clock, off the home page', async () => {
    const fresh = await createPractice(db());
    const breach = await record(fresh.practitioner);
    clock.set(at(71));
    expect(await cardIds(fresh.owner)).toEqual(expect.arrayContaining(['breaches', 'insurer']));
    const res = await call(fresh.practitioner, 'POST', `/breaches/${breach.id}/withdraw`, {
      reason: 'Les fichiers chiffrés étaient des copies de test',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'withdrawn',
      statusLabel: 'Retirée : ce n’était pas une violation de données',
      clockRuns: false,
      insurerComplaintDeadline: null,
      withdrawal: { at: at(71), reason: 'Les fichiers chiffrés étaient des copies de test' },
    });
    const list = await call(fresh.auditor, 'GET', '/breaches');
    expect(list.json().breaches.map((x: BreachView) => [x.id, x.status])).toEqual([[breach.id, 'withdrawn']]);
    const cards = await cardIds(fresh.owner);
    expect(cards).not.toContain('breaches');
    expect(cards).not.toContain('insurer');
    const todo = await call(fresh.owner, 'GET', '/todo');
    const kinds = (todo.json().items as { kind: string }[]).map((i) => i.kind);
    expect(kinds).not.toContain('breach-notification');
    expect(kinds).not.toContain('insurer-complaint');
    const [entry] = await listJournal(db().db, fresh.practice.id, { action: 'breach.withdrawn' });
    expect(entry).toMatchObject({ subjectId: breach.id, data: { status: 'to_assess' } });
    expect(JSON.stringify(entry)).not.toContain('copies de test');
    expect((await call(fresh.owner, 'POST', `/breaches/${breach.id}/withdraw`, { reason: 'Encore' })).statusCode).toBe(
      409,
    );
    expect((await call(fresh.owner, 'PUT', `/breaches/${breach.id}`, { description: 'x' })).statusCode).toBe(409);
  });

  it('notes the withdrawal on the timeline of the incident it was qualified from', async () => {
    clock.set(AWARE);
    const incident = (await call(a.owner, 'POST', '/incidents', { scenario: 'account_compromised' })).json();
    const breach = (await call(a.owner, 'POST', `/incidents/${incident.id}/breach`, {})).json();
    const res = await call(a.owner, 'POST', `/breaches/${breach.id}/withdraw`, { reason: 'Aucune donnée touchée' });
    expect(res.statusCode, res.body).toBe(200);
    const timeline = (await call(a.owner, 'GET', `/incidents/${incident.id}`)).json().timeline;
    expect(timeline.at(-1)).toMatchObject({ kind: 'breach_withdrawn', data: { breachId: breach.id } });
  });

  it('refuses the secretary and the auditor (403), another practice (404), and a missing reason (400)', async () => {
    const breach = await record(a.owner);
    const body = { reason: 'Fausse alerte' };
    expect((await call(a.secretary, 'POST', `/breaches/${breach.id}/withdraw`, body)).statusCode).toBe(403);
    expect((await call(a.auditor, 'POST', `/breaches/${breach.id}/withdraw`, body)).statusCode).toBe(403);
    expect((await call(b.owner, 'POST', `/breaches/${breach.id}/withdraw`, body)).statusCode).toBe(404);
    const bad = await call(a.owner, 'POST', `/breaches/${breach.id}/withdraw`, { reason: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/reason.*indiquez pourquoi/);
    expect((await call(a.owner, 'GET', `/breaches/${breach.id}`)).json().status).toBe('to_assess');
  });
});
