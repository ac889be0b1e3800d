import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { fetchChecklist } from './checklist.test-support.ts';

type Measure = {
  id: string;
  family: string;
  status: string | null;
  applies: boolean;
  origin: string | null;
  firstPassQuestion: { id: string; question: string } | null;
  observation: { status: string; fact: string; href: string } | null;
  overridesObservation: boolean;
};
type Checklist = {
  measures: Measure[];
  progress: { answered: number; unanswered: number; completedAt: string | null };
};

const clock = fixedClock('2026-12-07T09:00:00Z');

describeEachDialect('checklist first pass, « tout est fait » and « constaté par Hygie »', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let withSecretary: TestPractice;
  beforeAll(async () => {
    app = await createTestApp(db(), { clock });
    await app.ready();
    [a, b] = await Promise.all([
      createPractice(db(), {
        structureType: 'solo',
        professions: ['infirmier'],
        staffCount: 0,
        dataLocations: ['cloud'],
      }),
      createPractice(db(), { structureType: 'solo', staffCount: 0, dataLocations: ['cloud'] }),
    ]);
    withSecretary = await createPractice(db(), { structureType: 'solo', staffCount: 1, dataLocations: ['cloud'] });
  });
  afterAll(() => app.close());

  const call = (user: { token: string }, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload ? { payload: payload as object } : {}),
    });
  const checklist = async (user: { token: string }): Promise<Checklist> =>
    (await fetchChecklist(app, bearer(user))) as unknown as Checklist;
  const measure = (list: Checklist, id: string) => list.measures.find((m) => m.id === id) as Measure;

  it('refuses the secretary, unknown questions and answers with a French 400 naming the field', async () => {
    const secretary = await call(a.secretary, 'POST', '/checklist/first-pass', { answers: { reseau: 'yes' } });
    expect(secretary.statusCode).toBe(403);
    const unknown = await call(a.owner, 'POST', '/checklist/first-pass', { answers: { 'pas-une-question': 'yes' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ field: 'answers.pas-une-question' });
    expect(unknown.json().message).toContain('Question inconnue');
    const answer = await call(a.owner, 'POST', '/checklist/first-pass', { answers: { reseau: 'peut-être' } });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().message).toContain('réponse invalide');
    const family = await call(a.owner, 'POST', '/checklist/families/cuisine/done');
    expect(family.statusCode).toBe(400);
    expect((await call(a.secretary, 'POST', '/checklist/families/messagerie/done')).statusCode).toBe(403);
    expect((await checklist(a.owner)).progress.answered).toBe(0);
  });

  it('marks a whole family done at once, each measure journaled and kept in its history', async () => {
    const res = await call(a.owner, 'POST', '/checklist/families/messagerie/done');
    expect(res.statusCode, res.body).toBe(200);
    const list = await checklist(a.owner);
    const family = list.measures.filter((m) => m.family === 'messagerie' && m.applies);
    expect(res.json().changed).toEqual(family.map((m) => m.id));
    expect(family.every((m) => m.status === 'done' && m.origin === 'person')).toBe(true);
    const again = await call(a.owner, 'POST', '/checklist/families/messagerie/done');
    expect(again.json().changed).toEqual([]);
  });

  it('speaks to a practitioner alone without « votre équipe », and to a practice with a secretary with it', async () => {
    const teamQuestion = async (user: { token: string }) =>
      (await call(user, 'GET', '/checklist/first-pass')).json().questions.find((q: { id: string }) => q.id === 'equipe')
        ?.question as string;
    expect(await teamQuestion(b.owner)).not.toContain('équipe');
    expect(await teamQuestion(withSecretary.owner)).toContain('vous et votre équipe');
  });

  it('asks only what is left, answers every measure of each question, and dates the complete diagnostic', async () => {
    const before = (await call(a.owner, 'GET', '/checklist/first-pass')).json();
    const ids: string[] = before.questions.map((q: { id: string }) => q.id);
    // The nurse keeps no data at the practice: that question is not asked; e-mails were all answered above.
    expect(ids).not.toContain('sauvegardes-cabinet');
    expect(ids).not.toContain('e-mails-douteux');
    const answers = Object.fromEntries(
      ids.map((id, i) => [id, (['yes', 'partly', 'no', 'dont_know'] as const)[i % 4]]),
    );
    const res = await call(a.owner, 'POST', '/checklist/first-pass', { answers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().progress).toMatchObject({ unanswered: 0, completedAt: clock.now().toISOString() });
    const list = await checklist(a.owner);
    const mots = measure(list, 'mot-de-passe-unique');
    expect(mots.origin).toBe('first_pass');
    expect(mots.firstPassQuestion?.question).toMatch(/^Avez-vous un mot de passe long/);
    const entries = await listJournal(db().db, a.practice.id, { action: 'checklist.measure_updated', limit: 200 });
    expect(
      entries.find((e) => (e.data as { measureId: string }).measureId === 'mot-de-passe-unique')?.data,
    ).toMatchObject({
      firstPassQuestion: 'mots-de-passe',
      from: null,
    });
    // Refined in the full view: the answer is the person's, and a new first pass leaves it alone.
    await call(a.owner, 'PUT', '/checklist/measures/mot-de-passe-unique', { status: 'partial' });
    await call(a.owner, 'POST', '/checklist/first-pass', { answers: { 'mots-de-passe': 'no' } });
    const refined = measure(await checklist(a.owner), 'mot-de-passe-unique');
    expect(refined).toMatchObject({ status: 'partial', origin: 'person', firstPassQuestion: null });
    expect((await checklist(b.owner)).progress.answered).toBe(0);
  });

  it('answers what Hygie sees itself, lets a person override it with a comment, and follows the fact', async () => {
    // Practice B's journal holds entries (its diagnostic's events): « garder la trace » is observed.
    await call(b.owner, 'PUT', '/checklist/measures/mot-de-passe-complexe', { status: 'done' });
    const observed = measure(await checklist(b.owner), 'preuves-conformite');
    expect(observed).toMatchObject({ status: 'done', origin: 'observed', observation: { href: '/journal' } });
    expect(observed.observation?.fact).toMatch(/^Journal intact/);

    const plain = await call(b.owner, 'PUT', '/checklist/measures/preuves-conformite', { status: 'todo' });
    expect(plain.statusCode).toBe(400);
    expect(plain.json()).toMatchObject({ field: 'overridesObservation' });
    const silent = await call(b.owner, 'PUT', '/checklist/measures/preuves-conformite', {
      status: 'partial',
      overridesObservation: true,
    });
    expect(silent.statusCode).toBe(400);
    expect(silent.json()).toMatchObject({ field: 'comment' });
    const override = await call(b.owner, 'PUT', '/checklist/measures/preuves-conformite', {
      status: 'partial',
      comment: 'Les contrats papier ne sont pas encore rangés.',
      overridesObservation: true,
    });
    expect(override.statusCode, override.body).toBe(200);
    expect(override.json().measure).toMatchObject({ status: 'partial', origin: 'person', overridesObservation: true });
    const [entry] = await listJournal(db().db, b.practice.id, { action: 'checklist.measure_updated', limit: 1 });
    expect(entry?.data).toMatchObject({ measureId: 'preuves-conformite', overridesObservation: true, to: 'partial' });
    const back = await call(b.owner, 'PUT', '/checklist/measures/preuves-conformite', { overridesObservation: false });
    expect(back.json().measure).toMatchObject({ status: 'done', origin: 'observed', overridesObservation: false });

    // The fact disappears: an altered journal entry breaks the chain, and the measure is to redo.
    await db()
      .db.updateTable('journal_entries')
      .set({ summary: 'modifié après coup' })
      .where('practice_id', '=', b.practice.id)
      .where('seq', '=', 1)
      .execute();
    expect(measure(await checklist(b.owner), 'preuves-conformite')).toMatchObject({
      status: 'todo',
      origin: 'observed',
    });
  });
});
