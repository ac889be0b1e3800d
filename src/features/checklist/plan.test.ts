import { describe, expect, it } from 'vitest';
import type { ApplicabilityProfile } from './applicability.ts';
import { applicability } from './applicability.ts';
import { loadMeasures } from './checklist.referential.ts';
import { nextActions, orderPlan, type PlanFamily, type PlanItem } from './plan.ts';

const families: PlanFamily[] = [
  { id: 'sauvegardes', weight: 5 },
  { id: 'messagerie', weight: 4 },
  { id: 'locaux', weight: 2 },
];

const base: PlanItem = {
  id: 'x',
  family: 'sauvegardes',
  level: 'essential',
  effort: 'small',
  status: 'todo',
  applies: true,
  since: '2026-01-01',
};
const at = (id: string, overrides: Partial<PlanItem> = {}): PlanItem => ({ ...base, id, ...overrides });

describe('orderPlan()', () => {
  it.each<[string, PlanItem, PlanItem]>([
    [
      'essential before recommended, whatever the family',
      at('b', { family: 'locaux' }),
      at('a', { level: 'recommended' }),
    ],
    ['then the heavier family', at('b', { effort: 'large' }), at('a', { family: 'messagerie' })],
    ['then small effort before medium', at('b', { since: '2026-05-01' }), at('a', { effort: 'medium' })],
    ['then medium effort before large', at('b', { effort: 'medium' }), at('a', { effort: 'large' })],
    ['then the oldest change', at('b', { since: '2025-12-31' }), at('a', { since: '2026-01-01' })],
    ['then by id', at('a', { status: 'unknown' }), at('b', { status: 'partial' })],
  ])('%s', (_, first, second) => {
    expect(orderPlan([second, first], families).map((i) => i.id)).toEqual([first.id, second.id]);
    expect(orderPlan([first, second], families).map((i) => i.id)).toEqual([first.id, second.id]);
  });

  it.each<[string, Partial<PlanItem>]>([
    ['done', { status: 'done' }],
    ['not_applicable', { status: 'not_applicable' }],
    ['does not apply', { applies: false }],
  ])('leaves out a measure that is %s', (_, overrides) => {
    expect(orderPlan([at('kept'), at('left', overrides)], families).map((i) => i.id)).toEqual(['kept']);
  });

  it('orders a mixed plan on every criterion at once', () => {
    const items = [
      at('a', { level: 'recommended' }),
      at('b', { family: 'locaux' }),
      at('c', { effort: 'large', since: '2026-03-01' }),
      at('d', { since: '2026-03-01', status: 'partial' }),
      at('f', { since: '2026-02-01' }),
      at('e', { since: '2026-02-01', status: 'unknown' }),
      at('g', { status: 'done' }),
      at('h', { status: 'not_applicable' }),
      at('i', { applies: false }),
      at('j', { family: 'messagerie', effort: 'medium', since: '2025-01-01' }),
      at('k', { family: 'rgpd' }),
    ];
    // 'rgpd' is missing from `families`: it weighs 0.
    expect(orderPlan(items, families).map((i) => i.id)).toEqual(['e', 'f', 'd', 'c', 'j', 'b', 'k', 'a']);
  });
});

describe('nextActions()', () => {
  const items = ['f', 'e', 'd', 'c', 'b', 'a', 'g'].map((id) => at(id));
  it.each<[number | undefined, string[]]>([
    [undefined, ['a', 'b', 'c', 'd', 'e']],
    [2, ['a', 'b']],
    [10, ['a', 'b', 'c', 'd', 'e', 'f', 'g']],
    [0, []],
  ])('n = %s gives %j', (n, ids) => {
    expect(nextActions(items, families, n).map((i) => i.id)).toEqual(ids);
  });

  it('gives the solo nurse her five next actions from the real referential', () => {
    const referential = loadMeasures();
    const nurse: ApplicabilityProfile = {
      structureType: 'solo',
      staffCount: 0,
      dataLocations: ['cloud'],
      wifi: false,
      mobileDevices: true,
      teleconsultation: false,
    };
    const plan = referential.measures.map((m) => ({
      ...m,
      status: 'todo' as const,
      applies: applicability(m, nurse).applies,
      since: '2026-01-01',
    }));
    expect(nextActions(plan, referential.families).map((i) => i.id)).toEqual([
      'antivirus-professionnel',
      'comptes-nominatifs',
      'double-authentification',
      'mises-a-jour-logiciels',
      'mises-a-jour-systeme',
    ]);
  });
});
