import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/db.ts';
import { createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { loadMeasures, type MeasuresReferential } from './checklist.referential.ts';
import { findAnswer } from './checklist.repository.ts';
import { type Caller, loadChecklist, updateMeasure } from './checklist.service.ts';

const current = loadMeasures();
const [first, second] = current.measures;
if (!first || !second) throw new Error('referential too small for this test');

/** The next edition: the second measure withdrawn, a new one added. */
const next: MeasuresReferential = {
  ...current,
  version: '2027.01',
  measures: [
    ...current.measures.filter((m) => m.id !== second.id),
    { ...first, id: 'nouvelle-mesure-de-test', title: 'Une mesure toute nouvelle' },
  ],
};

describeEachDialect('the diagnostic across referential versions', (db) => {
  let p: TestPractice;
  let caller: Caller;
  const now = new Date('2026-11-29T10:00:00Z');
  beforeAll(async () => {
    p = await createPractice(db());
    caller = {
      practiceId: p.practice.id,
      userId: p.owner.id,
      role: 'owner',
      actor: { type: 'user', id: p.owner.id, label: 'Éloïse Martin' },
    };
    await updateMeasure(db().db, current, caller, first.id, { status: 'done', comment: 'Gardé' }, now);
    await updateMeasure(db().db, current, caller, second.id, { status: 'partial', comment: 'Retiré ensuite' }, now);
  });

  it('keeps answers by id, archives the withdrawn measure’s answer, flags the new one, and journals it once', async () => {
    const later = new Date('2027-01-10T10:00:00Z');
    const [view] = await Promise.all([
      loadChecklist(db().db, next, caller, later),
      loadChecklist(db().db, next, caller, later),
    ]);
    expect(view.referentialVersion).toBe('2027.01');
    expect(view.measures.find((m) => m.id === first.id)).toMatchObject({
      status: 'done',
      comment: 'Gardé',
      isNew: false,
    });
    expect(view.measures.find((m) => m.id === 'nouvelle-mesure-de-test')).toMatchObject({
      isNew: true,
      answered: false,
    });
    expect(view.measures.some((m) => m.id === second.id)).toBe(false);
    expect(view.archived).toEqual([
      expect.objectContaining({
        measureId: second.id,
        title: second.title,
        status: 'partial',
        comment: 'Retiré ensuite',
      }),
    ]);
    const upgrades = await listJournal(db().db, p.practice.id, { action: 'checklist.referential_upgraded' });
    expect(upgrades).toHaveLength(1);
    expect(upgrades[0]?.data).toEqual({
      from: current.version,
      to: '2027.01',
      added: ['nouvelle-mesure-de-test'],
      archived: [second.id],
    });
    const row = await db()
      .db.selectFrom('checklist_assessments')
      .selectAll()
      .where('practice_id', '=', p.practice.id)
      .executeTakeFirstOrThrow();
    expect(row.referential_version).toBe('2027.01');
    expect(row.known_measure_ids).not.toContain(first.title);
  });

  it('drops the « nouveau » flag once the new measure is answered', async () => {
    const update = await updateMeasure(db().db, next, caller, 'nouvelle-mesure-de-test', { status: 'todo' }, now);
    expect(update.measure.isNew).toBe(false);
  });

  it('brings the archived answer back if the measure returns, and archives the one withdrawn', async () => {
    const back: MeasuresReferential = { ...current, version: '2027.02' };
    const view = await loadChecklist(db().db, back, caller, new Date('2027-02-01T10:00:00Z'));
    expect(view.measures.find((m) => m.id === second.id)).toMatchObject({
      status: 'partial',
      comment: 'Retiré ensuite',
    });
    // …while the measure withdrawn by this edition has its answer archived in turn.
    expect(view.archived.map((a) => a.measureId)).toEqual(['nouvelle-mesure-de-test']);
    expect((await findAnswer(db().db, p.practice.id, second.id))?.archivedAt).toBeNull();
  });
});
