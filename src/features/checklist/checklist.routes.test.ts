import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { fixedClock } from '../../lib/clock.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { fetchChecklist } from './checklist.test-support.ts';

type Measure = {
  id: string;
  status: string;
  applies: boolean;
  canEdit: boolean;
  recurrence: { nextDue: string; overdue: boolean } | null;
};
type Checklist = {
  scores: { overall: number | null; unknownCount: number };
  measures: Measure[];
  progress: { answered: number };
};

const clock = fixedClock('2026-11-29T09:00:00Z');

describeEachDialect('checklist routes', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    app = await createTestApp(db(), { clock });
    await app.ready();
    [a, b] = await Promise.all([
      createPractice(db(), { structureType: 'msp', staffCount: 2, dataLocations: ['local'], wifi: true }),
      createPractice(db(), { structureType: 'solo', staffCount: 0, dataLocations: ['cloud'] }),
    ]);
  });
  afterAll(() => app.close());

  const get = async (user: { token: string }, url = '/api/v1/checklist') => {
    if (url === '/api/v1/checklist') return fetchChecklist(app, bearer(user));
    const res = await app.inject({ url, headers: bearer(user) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const put = (user: { token: string }, id: string, payload: unknown) =>
    app.inject({
      method: 'PUT',
      url: `/api/v1/checklist/measures/${id}`,
      headers: bearer(user),
      payload: payload as object,
    });
  const measure = (list: Checklist, id: string) => list.measures.find((m) => m.id === id) as Measure;

  it('lists every measure with its applicability, and a score of 0 before any answer', async () => {
    const list: Checklist = await get(a.owner);
    expect(list.measures).toHaveLength(84);
    expect(list.scores.overall).toBe(0);
    expect(measure(list, 'wifi-wpa')).toMatchObject({ applies: true, status: null, answered: false });
    expect(measure(list, 'hebergeur-hds')).toMatchObject({
      applies: false,
      notApplicableReason:
        'Ne s’applique pas : les données des patients ne sont pas conservées chez un hébergeur en ligne.',
    });
    const solo: Checklist = await get(b.owner);
    expect(measure(solo, 'wifi-wpa').applies).toBe(false);
    expect(measure(solo, 'sauvegarde-prestataire-cloud').applies).toBe(true);
  });

  it('moves the score with each status, counts « je ne sais pas » apart, and journals the change', async () => {
    // A first answer starts the journal, which Hygie then observes (« garder la trace »): the reference score comes after it.
    await put(a.owner, 'mot-de-passe-complexe', { status: 'todo' });
    const before: Checklist = await get(a.owner);
    const done = await put(a.owner, 'mot-de-passe-complexe', {
      status: 'done',
      comment: '  Fait avec le prestataire  ',
    });
    expect(done.statusCode, done.body).toBe(200);
    const afterDone = done.json();
    expect(afterDone.measure).toMatchObject({ status: 'done', comment: 'Fait avec le prestataire', answered: true });
    expect(afterDone.scores.overall).toBeGreaterThan(before.scores.overall ?? 0);
    const unknown = await put(a.owner, 'mot-de-passe-unique', { status: 'unknown' });
    expect(unknown.json().scores.unknownCount).toBe(1);
    const undone = await put(a.owner, 'mot-de-passe-complexe', { status: 'todo' });
    expect(undone.json().scores.overall).toBe(before.scores.overall);
    const entries = await listJournal(db().db, a.practice.id, { action: 'checklist.measure_updated' });
    expect(entries[0]?.data).toEqual({
      measureId: 'mot-de-passe-complexe',
      fields: ['status'],
      from: 'done',
      to: 'todo',
    });
    expectNoMarker(JSON.stringify(entries), ['avec le prestataire']);
  });

  it('answers « À faire » on an unanswered measure (the count moves), clears it back to « sans réponse », journals both', async () => {
    const before: Checklist = await get(a.owner);
    expect(measure(before, 'sauvegarde-reguliere')).toMatchObject({ status: null, answered: false });
    const todo = await put(a.owner, 'sauvegarde-reguliere', { status: 'todo' });
    expect(todo.statusCode, todo.body).toBe(200);
    expect(todo.json().measure).toMatchObject({
      status: 'todo',
      answered: true,
      answeredAt: clock.now().toISOString(),
    });
    expect(todo.json().progress.answered).toBe(before.progress.answered + 1);
    const cleared = await put(a.owner, 'sauvegarde-reguliere', { status: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().measure).toMatchObject({ status: null, answered: false, answeredAt: null });
    expect(cleared.json().progress.answered).toBe(before.progress.answered);
    const history = await get(a.owner, '/api/v1/checklist/measures/sauvegarde-reguliere/history');
    expect(history.changes.map((c: { changes: { from: string; to: string }[] }) => c.changes[0])).toEqual([
      { field: 'status', label: 'Statut', from: 'À faire', to: 'Sans réponse' },
      { field: 'status', label: 'Statut', from: 'Sans réponse', to: 'À faire' },
    ]);
    const entries = await listJournal(db().db, a.practice.id, { action: 'checklist.measure_updated' });
    expect(entries.slice(0, 2).map((e) => e.data)).toEqual([
      { measureId: 'sauvegarde-reguliere', fields: ['status'], from: 'todo', to: null },
      { measureId: 'sauvegarde-reguliere', fields: ['status'], from: null, to: 'todo' },
    ]);
    // Assigning without answering keeps the measure « sans réponse ».
    const assigned = await put(a.owner, 'sauvegarde-reguliere', { assigneeId: a.secretary.id });
    expect(assigned.json().measure).toMatchObject({ status: null, answered: false, assignee: { id: a.secretary.id } });
  });

  it('keeps who changed what and when, newest first, in French', async () => {
    await put(a.owner, 'chiffrement-disques', { status: 'partial', priority: 'high', dueDate: '2026-12-15' });
    await put(a.practitioner, 'chiffrement-disques', { status: 'done', assigneeId: a.secretary.id });
    const history = await get(a.auditor, '/api/v1/checklist/measures/chiffrement-disques/history');
    expect(history.changes).toHaveLength(2);
    expect(history.changes[0].changes).toEqual([
      { field: 'status', label: 'Statut', from: 'Partiel', to: 'Fait' },
      { field: 'assignee', label: 'Responsable', from: null, to: a.secretary.name },
    ]);
    expect(history.changes[1].changes).toContainEqual({
      field: 'dueDate',
      label: 'Échéance',
      from: null,
      to: '15 décembre 2026',
    });
  });

  it('lets the secretary change only the measures assigned to her, and never the assignee', async () => {
    await put(a.owner, 'verrouillage-session', { status: 'todo', assigneeId: a.secretary.id });
    const list: Checklist = await get(a.secretary);
    expect(measure(list, 'verrouillage-session').canEdit).toBe(true);
    expect(measure(list, 'pare-feu-actif').canEdit).toBe(false);
    expect((await put(a.secretary, 'verrouillage-session', { status: 'done', comment: 'Vérifié' })).statusCode).toBe(
      200,
    );
    const other = await put(a.secretary, 'pare-feu-actif', { status: 'done' });
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toContain('ne vous est pas confiée');
    const reassign = await put(a.secretary, 'verrouillage-session', { status: 'done', assigneeId: a.practitioner.id });
    expect(reassign.statusCode).toBe(403);
  });

  it('lets the auditor read everything and write nothing', async () => {
    const list: Checklist = await get(a.auditor);
    expect(list.measures.every((m) => !m.canEdit)).toBe(true);
    expect((await put(a.auditor, 'pare-feu-actif', { status: 'done' })).statusCode).toBe(403);
  });

  describe('bad input', () => {
    it.each([
      ['an unknown measure', 'mesure-qui-n-existe-pas', { status: 'done' }, 'id', 'Mesure inconnue'],
      ['an unknown status', 'pare-feu-actif', { status: 'fini' }, 'status', 'statut invalide'],
      ['the word « null » instead of null', 'pare-feu-actif', { status: 'null' }, 'status', 'sans réponse'],
      [
        'an impossible due date',
        'pare-feu-actif',
        { status: 'todo', dueDate: '2026-02-30' },
        'dueDate',
        'date invalide',
      ],
      [
        'an unknown priority',
        'pare-feu-actif',
        { status: 'todo', priority: 'urgent' },
        'priority',
        'priorité invalide',
      ],
      ['an unknown field', 'pare-feu-actif', { status: 'todo', score: 100 }, 'score', 'non autorisé'],
      ['a comment too long', 'pare-feu-actif', { status: 'todo', comment: 'x'.repeat(2001) }, 'comment', '2 000'],
    ])('refuses %s with a French 400 naming the field', async (_label, id, payload, field, words) => {
      const res = await put(a.owner, id, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().field).toBe(field);
      expect(res.json().message).toContain(words);
    });

    it('refuses an assignee of another practice, without saying who exists', async () => {
      const res = await put(a.owner, 'pare-feu-actif', { status: 'todo', assigneeId: b.secretary.id });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field: 'assigneeId' });
      const history = await get(a.owner, '/api/v1/checklist/measures/pare-feu-actif/history');
      expect(history.changes).toEqual([]);
    });
  });

  it('keeps each practice’s answers to itself', async () => {
    await put(a.owner, 'antivirus-professionnel', { status: 'done', comment: 'Secret du cabinet A' });
    const theirs: Checklist = await get(b.owner);
    expect(measure(theirs, 'antivirus-professionnel')).toMatchObject({ status: null, answered: false });
    expect(JSON.stringify(theirs)).not.toContain('Secret du cabinet A');
    const history = await get(b.owner, '/api/v1/checklist/measures/antivirus-professionnel/history');
    expect(history.changes).toEqual([]);
    const plan = await get(b.practitioner, '/api/v1/action-plan');
    expect(JSON.stringify(plan)).not.toContain(a.secretary.name);
  });

  it('moves a recurring measure’s next due day when it is done again, and shows it overdue on the home page', async () => {
    clock.set('2026-10-01T09:00:00Z');
    await put(a.owner, 'sauvegarde-test-restauration', { status: 'done' });
    clock.set('2026-11-29T09:00:00Z');
    const late: Checklist = await get(a.owner);
    expect(measure(late, 'sauvegarde-test-restauration').recurrence).toMatchObject({
      nextDue: '2026-11-01',
      overdue: true,
    });
    const home = await get(a.owner, '/api/v1/home');
    const card = home.cards.find((c: { id: string }) => c.id === 'checklist-recurring');
    expect(card).toMatchObject({ tone: 'danger' });
    expect(card.items).toContainEqual(expect.objectContaining({ due: '2026-11-01' }));
    const again = await put(a.owner, 'sauvegarde-test-restauration', { status: 'done' });
    expect(again.json().measure.recurrence).toMatchObject({
      lastDone: '2026-11-29',
      nextDue: '2026-12-29',
      overdue: false,
    });
    const history = await get(a.owner, '/api/v1/checklist/measures/sauvegarde-test-restauration/history');
    expect(history.changes[0].changes[0]).toMatchObject({ from: 'Fait', to: 'Fait' });
  });

  it('keeps at most one score snapshot per day', async () => {
    const progress = await get(a.owner, '/api/v1/checklist/progress');
    const days = progress.snapshots.map((s: { day: string }) => s.day);
    expect(days).toEqual([...new Set(days)].sort());
    expect(days).toEqual(['2026-10-01', '2026-11-29']);
    const current: Checklist = await get(a.owner);
    expect(progress.snapshots.at(-1).overall).toBe(current.scores.overall);
  });

  it('orders the plan, filters it, and keeps the five next actions whatever the filter', async () => {
    const plan = await get(a.owner, '/api/v1/action-plan');
    expect(plan.next).toHaveLength(5);
    expect(plan.next.map((m: { rank: number }) => m.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(
      plan.items.every(
        (m: { level: string }, i: number, all: { level: string }[]) =>
          i === 0 || !(all[i - 1]?.level === 'recommended' && m.level === 'essential'),
      ),
    ).toBe(true);
    expect(plan.items.some((m: { id: string }) => m.id === 'antivirus-professionnel')).toBe(false);
    const mine = await get(a.secretary, '/api/v1/action-plan?assignee=me');
    expect(mine.items.every((m: { assignee: { id: string } | null }) => m.assignee?.id === a.secretary.id)).toBe(true);
    expect(mine.next).toEqual(plan.next.map((m: object) => ({ ...m, canEdit: expect.any(Boolean) })));
    const recommended = await get(a.owner, '/api/v1/action-plan?level=recommended&family=acces');
    expect(recommended.items.length).toBeGreaterThan(0);
    expect(
      recommended.items.every(
        (m: { level: string; family: string }) => m.level === 'recommended' && m.family === 'acces',
      ),
    ).toBe(true);
    const bad = await app.inject({ url: '/api/v1/action-plan?level=urgent', headers: bearer(a.owner) });
    expect(bad.statusCode).toBe(400);
  });

  it.each([
    ['/api/v1/checklist/export.pdf', 'application/pdf', '%PDF'],
    ['/api/v1/action-plan/export.pdf', 'application/pdf', '%PDF'],
    ['/api/v1/checklist/export.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK'],
  ])('serves %s to every role, journaled', async (url, type, magic) => {
    const res = await app.inject({ url, headers: bearer(a.secretary) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="hygie-.*-2026-11-29\.(pdf|xlsx)"$/);
    expect(res.rawPayload.subarray(0, magic.length).toString('latin1')).toBe(magic);
  });

  it('sends answers only (no referential text), and the texts once per referential, kept for good by the browser', async () => {
    const answers = await app.inject({ url: '/api/v1/checklist', headers: bearer(a.owner) });
    expect(answers.statusCode).toBe(200);
    const sent = answers.json();
    expect(sent.referentialKey).toMatch(/^[\w.-]+-[\w-]{16}$/);
    expect(sent.measures).toHaveLength(84);
    for (const field of ['title', 'why', 'how', 'sources', 'family'])
      expect(sent.measures[0]).not.toHaveProperty(field);
    expect(sent).not.toHaveProperty('families');

    const url = `/api/v1/checklist/referential/${sent.referentialKey}`;
    const texts = await app.inject({ url, headers: bearer(a.owner) });
    expect(texts.statusCode).toBe(200);
    expect(texts.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(texts.json().measures).toHaveLength(84);
    expect(texts.json().measures[0]).toMatchObject({ id: sent.measures[0].id, why: expect.any(String) });
    // The same texts for another practice, and for the auditor.
    const other = await app.inject({ url, headers: bearer(b.auditor) });
    expect(other.statusCode).toBe(200);
    expect(other.headers.etag).toBe(texts.headers.etag);

    const again = await app.inject({
      url,
      headers: { ...bearer(a.owner), 'if-none-match': String(texts.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it.each([
    ['an old or unknown key', '/api/v1/checklist/referential/2020.1-AAAAAAAAAAAAAAAA', 'owner', 404],
    ['no sign-in', '/api/v1/checklist/referential/x', null, 401],
  ] as const)('refuses the referential texts for %s', async (_case, url, who, status) => {
    const res = await app.inject({ url, headers: who ? bearer(a[who]) : {} });
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toMatch(/[a-zé]/);
  });

  it('answers 304 to a browser that already has the same answers, and 200 once they changed', async () => {
    const p = await createPractice(db(), { structureType: 'solo', staffCount: 0, dataLocations: ['cloud'] });
    const first = await app.inject({ url: '/api/v1/checklist', headers: bearer(p.owner) });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]{16}"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const same = await app.inject({ url: '/api/v1/checklist', headers: { ...bearer(p.owner), 'if-none-match': etag } });
    expect(same.statusCode).toBe(304);
    expect((await put(p.owner, 'mot-de-passe-complexe', { status: 'done' })).statusCode).toBe(200);
    const changed = await app.inject({
      url: '/api/v1/checklist',
      headers: { ...bearer(p.owner), 'if-none-match': etag },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    // Another practice's ETag is not this one's.
    const other = await app.inject({
      url: '/api/v1/checklist',
      headers: { ...bearer(a.owner), 'if-none-match': etag },
    });
    expect(other.statusCode).toBe(200);
  });
});
