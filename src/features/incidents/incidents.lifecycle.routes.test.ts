import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { listJournal } from '../journal/journal.repository.ts';
import type { IncidentView } from './incidents.schema.ts';

/** Friday 27 March 2026, 10:00 in Paris: the change to summer time comes on Sunday 29 at 02:00. */
const AWARE = '2026-03-27T09:00:00.000Z';
const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.parse(AWARE) + hours * HOUR).toISOString();
const clock = fixedClock(AWARE);

describeEachDialect('incident lifecycle: the insurer’s complaint, the ARS report, withdrawal', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let lab: TestPractice;
  const t = routeFixture(db, { clock });
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    [b, lab] = await Promise.all([
      createPractice(db()),
      createPractice(db(), { structureType: 'laboratory', professions: ['biologiste'] }),
    ]);
  });

  const call = (user: { token: string }, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const raise = async (user: { token: string }, scenario = 'ransomware'): Promise<IncidentView> => {
    clock.set(AWARE);
    const res = await call(user, 'POST', '/incidents', { scenario });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const homeCard = async (user: { token: string }, id: string) => {
    const res = await call(user, 'GET', '/home');
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().cards as { id: string; tone: string; items?: { href?: string }[] }[]).find((c) => c.id === id);
  };

  it('shows the insurer’s 72 hours on an attack, across the change to summer time, and none on a lost device', async () => {
    const attack = await raise(a.owner);
    expect(attack).toMatchObject({
      state: 'open',
      insurerComplaintDeadline: '2026-03-30T09:00:00.000Z',
      insurerComplaintDeadlineText: '30/03/2026 à 11:00',
      complaintTimingLabel: null,
      arsReportExpected: false,
    });
    const lost = await raise(a.owner, 'device_lost');
    expect(lost.insurerComplaintDeadline).toBeNull();
  });

  it.each<[number, string]>([
    [70, 'dans les délais'],
    [72, 'dans les délais'],
    [73, 'hors délai'],
  ])('a complaint recorded at +%i h is « %s », on the timeline and in the journal', async (hours, label) => {
    const incident = await raise(a.practitioner);
    clock.set(at(hours));
    const res = await call(a.practitioner, 'PATCH', `/incidents/${incident.id}`, {
      complaintFiledAt: at(hours),
      complaintNumber: 'PV 2026/123',
    });
    expect(res.statusCode, res.body).toBe(200);
    const view: IncidentView = res.json();
    expect(view).toMatchObject({
      complaintFiledAt: at(hours),
      complaintNumber: 'PV 2026/123',
      complaintTimingLabel: label,
    });
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'complaint_filed', label: 'Plainte déposée', at: at(hours) });
    const journal = await listJournal(db().db, a.practice.id, { action: 'incident.updated' });
    expect(journal.find((e) => e.subjectId === incident.id)?.data).toEqual({
      fields: ['complaintFiledAt', 'complaintNumber'],
      status: 'open',
    });
  });

  it('warns on the home card at +71 h, not at +47 h, and stops once the complaint is recorded', async () => {
    const fresh = await createPractice(db());
    const incident = await raise(fresh.secretary);
    clock.set(at(47));
    expect(await homeCard(fresh.owner, 'insurer')).toMatchObject({ tone: 'warning' });
    clock.set(at(71));
    const card = await homeCard(fresh.owner, 'insurer');
    expect(card).toMatchObject({ tone: 'danger', items: [{ href: `/incidents/${incident.id}` }] });
    expect(await homeCard(fresh.secretary, 'insurer')).toMatchObject({ tone: 'danger' });
    expect(await homeCard(fresh.auditor, 'insurer')).toBeUndefined();
    const res = await call(fresh.owner, 'PATCH', `/incidents/${incident.id}`, { complaintFiledAt: at(71) });
    expect(res.statusCode, res.body).toBe(200);
    expect(await homeCard(fresh.owner, 'insurer')).toBeUndefined();
  });

  it('records the report to the ARS for a laboratory, and says the step is expected there', async () => {
    const incident = await raise(lab.owner);
    expect(incident.arsReportExpected).toBe(true);
    clock.set(at(2));
    const res = await call(lab.owner, 'PATCH', `/incidents/${incident.id}`, { arsReportedAt: at(1) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ arsReportedAt: at(1) });
    expect(res.json().timeline.at(-1)).toMatchObject({ kind: 'ars_reported', label: 'Incident signalé à l’ARS' });
  });

  it.each<[string, unknown, string]>([
    ['a complaint in the future', { complaintFiledAt: '2026-04-30T09:00:00Z' }, 'complaintFiledAt'],
    ['an ARS report that is not a date', { arsReportedAt: 'hier' }, 'arsReportedAt'],
    ['a complaint number too long', { complaintNumber: 'x'.repeat(201) }, 'complaintNumber'],
  ])('refuses %s with a French 400 naming the field', async (_label, body, field) => {
    const incident = await raise(a.owner);
    const res = await call(a.owner, 'PATCH', `/incidents/${incident.id}`, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().message).toContain(field);
  });

  it('lets the secretary who raised it withdraw an incident: kept, « retiré », journaled, no clock, off the home page', async () => {
    const fresh = await createPractice(db());
    const incident = await raise(fresh.secretary);
    clock.set(at(71));
    expect(await homeCard(fresh.secretary, 'incidents')).toBeDefined();
    const res = await call(fresh.secretary, 'POST', `/incidents/${incident.id}/withdraw`, {
      reason: 'Le message venait bien de notre éditeur',
    });
    expect(res.statusCode, res.body).toBe(200);
    const view: IncidentView = res.json();
    expect(view).toMatchObject({
      state: 'withdrawn',
      stateLabel: 'Retiré : ce n’était pas un incident',
      withdrawal: { at: at(71), reason: 'Le message venait bien de notre éditeur' },
      insurerComplaintDeadline: null,
      canWithdraw: false,
    });
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'withdrawn', text: 'Le message venait bien de notre éditeur' });
    const list = await call(fresh.owner, 'GET', '/incidents');
    expect(list.json().incidents.map((i: IncidentView) => [i.id, i.state])).toEqual([[incident.id, 'withdrawn']]);
    expect(await homeCard(fresh.owner, 'incidents')).toBeUndefined();
    expect(await homeCard(fresh.owner, 'insurer')).toBeUndefined();
    const [entry] = await listJournal(db().db, fresh.practice.id, { action: 'incident.withdrawn' });
    expect(entry).toMatchObject({ data: { status: 'open' }, subjectType: 'incident', subjectId: incident.id });
    expect(JSON.stringify(entry)).not.toContain('éditeur');
    const again = await call(fresh.owner, 'POST', `/incidents/${incident.id}/withdraw`, { reason: 'Encore' });
    expect(again.statusCode).toBe(409);
    const edit = await call(fresh.owner, 'PATCH', `/incidents/${incident.id}`, { status: 'closed' });
    expect(edit.statusCode).toBe(409);
    const note = await call(fresh.owner, 'POST', `/incidents/${incident.id}/steps`, { kind: 'note', text: 'x' });
    expect(note.statusCode).toBe(409);
  });

  it('lets the owner withdraw anyone’s incident', async () => {
    const incident = await raise(a.practitioner);
    const res = await call(a.owner, 'POST', `/incidents/${incident.id}/withdraw`, { reason: 'Doublon' });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses a practitioner or an auditor who did not raise it (403), a secretary who did not (404), another practice (404)', async () => {
    const incident = await raise(a.owner);
    const body = { reason: 'Fausse alerte' };
    expect((await call(a.practitioner, 'POST', `/incidents/${incident.id}/withdraw`, body)).statusCode).toBe(403);
    expect((await call(a.auditor, 'POST', `/incidents/${incident.id}/withdraw`, body)).statusCode).toBe(403);
    expect((await call(a.secretary, 'POST', `/incidents/${incident.id}/withdraw`, body)).statusCode).toBe(404);
    expect((await call(b.owner, 'POST', `/incidents/${incident.id}/withdraw`, body)).statusCode).toBe(404);
    expect((await call(a.owner, 'GET', `/incidents/${incident.id}`)).json().state).toBe('open');
  });

  it.each<[unknown]>([[{}], [{ reason: ' ' }], [{ reason: 'Fausse alerte', extra: true }]])(
    'refuses the withdrawal body %j with a French 400 naming the field',
    async (body) => {
      const incident = await raise(a.owner);
      const res = await call(a.owner, 'POST', `/incidents/${incident.id}/withdraw`, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().message).toMatch(/reason|extra/);
    },
  );
});
