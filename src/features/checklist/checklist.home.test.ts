import { describe, expect, it } from 'vitest';
import { visibleTo } from '../../lib/todo/registry.ts';
import type { Role } from '../accounts/roles.ts';
import { planDueCard, recurringCard, scoreCard } from './checklist.home.ts';
import { loadMeasures } from './checklist.referential.ts';
import { checklistTodos } from './checklist.todo.ts';
import type { AnswerRecord } from './checklist-build.ts';
import { buildChecklist } from './checklist-build.ts';

const referential = loadMeasures();
const practice = {
  name: 'Cabinet Dupré',
  structureType: 'group' as const,
  staffCount: 1,
  dataLocations: ['local' as const],
  wifi: true,
  mobileDevices: true,
  teleconsultation: false,
};
const answer = (measureId: string, over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  measureId,
  status: 'done',
  comment: null,
  assigneeId: null,
  dueDate: null,
  priority: null,
  evidence: null,
  lastDoneDay: null,
  measureTitle: measureId,
  answeredAt: '2026-11-20T09:00:00.000Z',
  firstPassQuestion: null,
  overridesObservation: false,
  archivedAt: null,
  updatedAt: '2026-11-01T10:00:00.000Z',
  updatedBy: 'Dr Dupré',
  ...over,
});
const view = (answers: AnswerRecord[], role: Role = 'owner') =>
  buildChecklist({
    referential,
    practice,
    answers,
    newIds: new Set(),
    members: [{ id: 'u-sec', name: 'Léa', role: 'secretary', active: true }],
    viewer: { userId: 'u-owner', role },
    today: '2026-11-29',
  });
const ctx = (role: Role, userId = 'u-owner') => ({
  practiceId: 'p',
  userId,
  role,
  now: new Date('2026-11-29T09:00:00Z'),
});

/** The diagnostic's « à faire » items the member sees, as the home card provider reads them. */
const itemsFor = (answers: AnswerRecord[], role: Role = 'owner', userId = 'u-owner') =>
  checklistTodos(view(answers, role)).filter((item) => visibleTo(item, { role, userId }));

describe('scoreCard', () => {
  it('invites to start with the first pass when nothing is answered (the full view for who cannot answer it)', () => {
    const card = scoreCard(view([]), ctx('owner'));
    expect(card).toMatchObject({
      tone: 'info',
      action: { label: 'Commencer le premier diagnostic', href: '/diagnostic/premier-passage' },
    });
    expect(card.summary).toMatch(/^Une vingtaine de questions simples répondent aux \d+ mesures/);
    expect(scoreCard(view([], 'secretary'), ctx('secretary', 'u-sec')).action).toEqual({
      label: 'Voir le diagnostic',
      href: '/diagnostic',
    });
  });

  it('says when the diagnostic became complete', () => {
    const all = view([]).measures.map((m) => answer(m.id, { answeredAt: '2026-11-28T23:30:00.000Z' }));
    const card = scoreCard(view(all), ctx('owner'));
    // 23:30 UTC on 28 November is already 29 November in Paris.
    expect(card.summary).toMatch(/^\d+ mesures répondues sur \d+\. Diagnostic complet le 29 novembre 2026\.$/);
  });

  it('shows the score, the progress, the « je ne sais pas » and the next three actions', () => {
    const card = scoreCard(
      view([answer('pare-feu-actif'), answer('chiffrement-disques', { status: 'unknown' })]),
      ctx('owner'),
    );
    expect(card.title).toMatch(/^Diagnostic : \d+ sur 100$/);
    expect(card.summary).toMatch(
      /^2 mesures répondues sur \d+\. \d+ sans réponse\. 1 « je ne sais pas » à vérifier\.$/,
    );
    expect(card.items).toHaveLength(3);
    expect(card.items?.[0]?.href).toMatch(/^\/diagnostic#mesure-/);
  });

  it('shows the secretary only the next actions assigned to her', () => {
    const card = scoreCard(
      view([answer('pare-feu-actif', { status: 'todo', assigneeId: 'u-sec' })], 'secretary'),
      ctx('secretary', 'u-sec'),
    );
    expect(card.items).toEqual([{ label: expect.any(String), href: '/diagnostic#mesure-pare-feu-actif' }]);
  });
});

describe('recurringCard', () => {
  it.each([
    ['nothing recurring was ever done', [], null],
    [
      'a monthly test done 3 weeks ago: due in more than 7 days',
      [answer('sauvegarde-test-restauration', { lastDoneDay: '2026-11-08' })],
      null,
    ],
    [
      'a monthly test done 25 days ago: due soon',
      [answer('sauvegarde-test-restauration', { lastDoneDay: '2026-11-04' })],
      'info',
    ],
    [
      'a weekly check done 9 days ago: overdue',
      [answer('mises-a-jour-systeme', { lastDoneDay: '2026-11-20' })],
      'danger',
    ],
  ] as const)('%s', (_label, answers, tone) => {
    const card = recurringCard(itemsFor([...answers]));
    if (tone === null) expect(card).toBeNull();
    else expect(card).toMatchObject({ tone, title: 'Mesures à refaire' });
  });

  it('lists the overdue measure with its due day, and hides it from a secretary it is not assigned to', () => {
    const answers = [answer('mises-a-jour-systeme', { lastDoneDay: '2026-11-20' })];
    expect(recurringCard(itemsFor(answers))?.items).toEqual([
      { label: expect.any(String), due: '2026-11-27', href: '/diagnostic#mesure-mises-a-jour-systeme' },
    ]);
    expect(recurringCard(itemsFor(answers, 'secretary', 'u-sec'))).toBeNull();
    const assigned = [answer('mises-a-jour-systeme', { lastDoneDay: '2026-11-20', assigneeId: 'u-sec' })];
    expect(recurringCard(itemsFor(assigned, 'secretary', 'u-sec'))?.items).toHaveLength(1);
  });
});

describe('planDueCard', () => {
  it.each([
    ['no due date', {}, null],
    ['due in 10 days', { dueDate: '2026-12-09' }, null],
    ['due in 7 days', { dueDate: '2026-12-06' }, 'info'],
    ['due yesterday', { dueDate: '2026-11-28' }, 'warning'],
    ['due yesterday but done', { dueDate: '2026-11-28', status: 'done' as const }, null],
  ] as const)('%s → %s', (_label, over, tone) => {
    const card = planDueCard(itemsFor([answer('pare-feu-actif', { status: 'todo', ...over })]));
    if (tone === null) expect(card).toBeNull();
    else
      expect(card).toMatchObject({ tone, items: [{ href: '/diagnostic#mesure-pare-feu-actif', due: over.dueDate }] });
  });
});
