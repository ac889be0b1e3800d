import { describe, expect, it } from 'vitest';
import type { Role } from '../accounts/roles.ts';
import { buildActionPlan } from './action-plan.ts';
import { loadMeasures } from './checklist.referential.ts';
import { answerRecord } from './checklist.test-support.ts';
import { buildChecklist, type ChecklistInput, canEditAnswer, progressOf } from './checklist-build.ts';
import type { MeasureView } from './checklist-view.ts';

const referential = loadMeasures();
const owner = { userId: 'u-owner', role: 'owner' as Role };
const members = [
  { id: 'u-owner', name: 'Dr Claire Dupré', role: 'owner' as Role, active: true },
  { id: 'u-sec', name: 'Léa Martin', role: 'secretary' as Role, active: true },
  { id: 'u-aud', name: 'Audit', role: 'auditor' as Role, active: true },
  { id: 'u-old', name: 'Ancien', role: 'practitioner' as Role, active: false },
];

const answer = answerRecord;

const soloNurse = {
  name: 'Cabinet infirmier Dupré',
  structureType: 'solo' as const,
  staffCount: 0,
  dataLocations: ['cloud' as const],
  wifi: false,
  mobileDevices: true,
  teleconsultation: false,
};
const mspWithServer = {
  ...soloNurse,
  name: 'MSP des Tilleuls',
  structureType: 'msp' as const,
  staffCount: 2,
  dataLocations: ['local' as const],
  wifi: true,
  mobileDevices: false,
};

const input = (over: Partial<ChecklistInput> = {}): ChecklistInput => ({
  referential,
  practice: soloNurse,
  answers: [],
  newIds: new Set(),
  members,
  viewer: owner,
  today: '2026-11-29',
  ...over,
});

describe('canEditAnswer', () => {
  it.each([
    ['owner', null, true],
    ['practitioner', 'u-sec', true],
    ['secretary', 'u-sec', true],
    ['secretary', null, false],
    ['secretary', 'u-owner', false],
    ['auditor', null, false],
    ['auditor', 'u-sec', false],
  ] as const)('%s, measure assigned to %s → %s', (role, assigneeId, expected) => {
    expect(canEditAnswer({ userId: 'u-sec', role }, assigneeId)).toBe(expected);
  });
});

describe('buildChecklist', () => {
  it.each([
    [
      'a solo nurse with cloud software and no staff',
      soloNurse,
      ['sauvegarde-prestataire-cloud', 'hebergeur-hds', 'telephone-code-verrouillage'],
      ['sauvegarde-reguliere', 'wifi-wpa', 'sensibilisation-equipe', 'referent-securite', 'designation-dpo'],
    ],
    [
      'an MSP with a server, a secretary and Wi-Fi',
      mspWithServer,
      ['sauvegarde-reguliere', 'wifi-wpa', 'sensibilisation-equipe', 'referent-securite', 'designation-dpo'],
      ['hebergeur-hds', 'telephone-code-verrouillage', 'dossiers-papier-sous-cle'],
    ],
  ])('computes applicability for %s', (_label, practice, applies, doesNot) => {
    const view = buildChecklist(input({ practice }));
    const byId = new Map(view.measures.map((m) => [m.id, m]));
    for (const id of applies) expect(byId.get(id)?.applies, id).toBe(true);
    for (const id of doesNot) {
      expect(byId.get(id)?.applies, id).toBe(false);
      expect(byId.get(id)?.notApplicableReason, id).toMatch(/^Ne s’applique pas : /);
    }
    const applicable = view.measures.filter((m) => m.applies).length;
    expect(view.progress).toEqual({ answered: 0, applicable, unanswered: applicable, completedAt: null });
    expect(view.measures.every((m) => m.status === null && !m.answered)).toBe(true);
    expect(view.scores.overall).toBe(0);
  });

  it('joins answers, names the assignee, offers only active non-auditor members, and keeps archived answers apart', () => {
    const view = buildChecklist(
      input({
        answers: [
          answer('pare-feu-actif', { assigneeId: 'u-sec', status: 'partial', dueDate: '2026-12-15', priority: 'high' }),
          answer('ancienne-mesure', {
            archivedAt: '2026-11-01T00:00:00.000Z',
            measureTitle: 'Une ancienne mesure',
            status: 'done',
          }),
        ],
        newIds: new Set(['pare-feu-actif', 'chiffrement-disques']),
      }),
    );
    const firewall = view.measures.find((m) => m.id === 'pare-feu-actif');
    expect(firewall).toMatchObject({
      status: 'partial',
      answered: true,
      assignee: { id: 'u-sec', name: 'Léa Martin' },
      dueDate: '2026-12-15',
      priority: 'high',
      isNew: false,
    });
    expect(view.measures.find((m) => m.id === 'chiffrement-disques')?.isNew).toBe(true);
    expect(view.archived).toEqual([
      {
        measureId: 'ancienne-mesure',
        title: 'Une ancienne mesure',
        status: 'done',
        comment: null,
        archivedAt: '2026-11-01T00:00:00.000Z',
      },
    ]);
    expect(view.assignees.map((a) => a.id)).toEqual(['u-owner', 'u-sec']);
    expect(view.measures.some((m) => m.id === 'ancienne-mesure')).toBe(false);
  });

  it.each([
    ['never done: due today, not overdue', null, { nextDue: '2026-11-29', overdue: false }],
    ['done a month ago today: due today', '2026-10-29', { nextDue: '2026-11-29', overdue: false }],
    ['done more than a month ago: overdue', '2026-10-15', { nextDue: '2026-11-15', overdue: true }],
    ['done this week: due next month', '2026-11-25', { nextDue: '2026-12-25', overdue: false }],
  ])('schedules a monthly measure — %s', (_label, lastDoneDay, expected) => {
    const view = buildChecklist(
      input({
        practice: mspWithServer,
        answers: lastDoneDay ? [answer('sauvegarde-test-restauration', { lastDoneDay })] : [],
      }),
    );
    expect(view.measures.find((m) => m.id === 'sauvegarde-test-restauration')?.recurrence).toMatchObject(expected);
  });
});

describe('buildActionPlan', () => {
  const view = buildChecklist(
    input({
      answers: [
        answer('mot-de-passe-complexe'),
        answer('pare-feu-actif', { status: 'unknown', assigneeId: 'u-sec', priority: 'high' }),
        answer('coffre-fort-mots-de-passe', { status: 'partial', assigneeId: 'u-sec' }),
        answer('sauvegarde-reguliere', { status: 'todo' }),
      ],
    }),
  );

  it('lists only what applies and is not done, essential first, ranked from 1', () => {
    const plan = buildActionPlan(view);
    const ids = plan.items.map((m) => m.id);
    expect(ids).not.toContain('mot-de-passe-complexe');
    expect(ids).not.toContain('sauvegarde-reguliere');
    expect(ids).toContain('pare-feu-actif');
    expect(plan.items.map((m) => m.rank)).toEqual(plan.items.map((_, i) => i + 1));
    const firstRecommended = plan.items.findIndex((m) => m.level === 'recommended');
    expect(plan.items.slice(firstRecommended).every((m) => m.level === 'recommended')).toBe(true);
    expect(plan.next).toEqual(plan.items.slice(0, 5));
    expect(plan.total).toBe(plan.items.length);
  });

  it.each([
    ['assignee', { assignee: 'u-sec' }, ['pare-feu-actif', 'coffre-fort-mots-de-passe']],
    ['priority', { priority: 'high' as const }, ['pare-feu-actif']],
    ['assignee and level', { assignee: 'u-sec', level: 'recommended' as const }, ['coffre-fort-mots-de-passe']],
  ])('filters by %s, keeping the ranks and the five next actions', (_label, filters, ids) => {
    const plan = buildActionPlan(view, filters);
    expect(plan.items.map((m) => m.id).sort()).toEqual([...ids].sort());
    expect(plan.next).toEqual(buildActionPlan(view).next);
  });

  it('filters the measures nobody holds', () => {
    const plan = buildActionPlan(view, { assignee: 'none' });
    expect(plan.items.every((m) => m.assignee === null)).toBe(true);
    expect(plan.items.length).toBe(buildActionPlan(view).total - 2);
  });
});

describe('progressOf', () => {
  const m = (applies: boolean, status: MeasureView['status'], answeredAt: string | null = null) =>
    ({ applies, status, answered: status !== null, answeredAt }) as MeasureView;
  it.each<[string, MeasureView[], { answered: number; unanswered: number; completedAt: string | null }]>([
    ['nothing answered', [m(true, null), m(true, null)], { answered: 0, unanswered: 2, completedAt: null }],
    [
      'one left « sans réponse »: not complete',
      [m(true, 'done', '2026-12-01T10:00:00.000Z'), m(true, null)],
      { answered: 1, unanswered: 1, completedAt: null },
    ],
    [
      'every applicable measure answered, « à faire » included: complete at the latest answer',
      [m(true, 'todo', '2026-12-02T10:00:00.000Z'), m(true, 'unknown', '2026-12-01T10:00:00.000Z')],
      { answered: 2, unanswered: 0, completedAt: '2026-12-02T10:00:00.000Z' },
    ],
    [
      'a measure that does not apply never blocks completion',
      [m(true, 'done', '2026-12-01T10:00:00.000Z'), m(false, null)],
      { answered: 1, unanswered: 0, completedAt: '2026-12-01T10:00:00.000Z' },
    ],
    ['no measure applies: never complete', [m(false, null)], { answered: 0, unanswered: 0, completedAt: null }],
  ])('%s', (_label, measures, expected) => {
    expect(progressOf(measures)).toMatchObject(expected);
  });
});
