import { describe, expect, it } from 'vitest';
import { CHART, chartGeometry, chartSummary } from './chart-geometry.ts';
import type { MeasureView } from './checklist-types.ts';
import { matches, resumeFamily } from './diagnostic-filters.ts';
import { longDate, plural, shortDate, storageLetters } from './format.ts';
import { planFilters, planSearch } from './plan-filters.ts';

describe('chartGeometry', () => {
  it('spreads the days over the width, 0 at the bottom and 100 at the top, and breaks the line on a day without a score', () => {
    const { points, segments, y } = chartGeometry([
      { day: '2026-11-01', overall: 0 },
      { day: '2026-11-02', overall: null },
      { day: '2026-11-11', overall: 100 },
    ]);
    expect(points.map((p) => p.x)).toEqual([CHART.left, CHART.width - CHART.right]);
    expect(y(0)).toBe(CHART.height - CHART.bottom);
    expect(y(100)).toBe(CHART.top);
    expect(segments.map((run) => run.length)).toEqual([1, 1]);
  });

  it('centres a single day', () => {
    const { points } = chartGeometry([{ day: '2026-11-29', overall: 42 }]);
    expect(points[0]?.x).toBe(CHART.left + (CHART.width - CHART.left - CHART.right) / 2);
  });
});

describe('chartSummary', () => {
  it.each([
    [[], 'Évolution de la note globale : aucune note pour l’instant.'],
    [
      [{ day: '2026-11-29', overall: 42 }],
      'Évolution de la note globale : 42 sur 100 le 29 nov. 2026, premier relevé.',
    ],
    [
      [
        { day: '2026-11-01', overall: 20 },
        { day: '2026-11-15', overall: 55 },
        { day: '2026-11-29', overall: 50 },
      ],
      'Évolution de la note globale, en hausse : 20 sur 100 le 1 nov. 2026, 50 sur 100 le 29 nov. 2026 ; meilleure note 55 sur 100, 3 relevés.',
    ],
  ])('%#: says the trend in one sentence', (snapshots, sentence) => {
    const { points } = chartGeometry(snapshots.map((s) => ({ ...s })));
    expect(chartSummary(points)).toBe(sentence);
  });
});

describe('French formats', () => {
  it.each([
    ['2026-12-05', '5 déc. 2026', '5 décembre 2026'],
    ['2027-02-28', '28 févr. 2027', '28 février 2027'],
  ])('%s → %s / %s', (day, short, long) => {
    expect(shortDate(day)).toBe(short);
    expect(longDate(day)).toBe(long);
  });

  it.each([
    [0, '0 mesure'],
    [1, '1 mesure'],
    [2, '2 mesures'],
  ])('plural(%i)', (n, text) => {
    expect(plural(n, 'mesure')).toBe(text);
  });

  it.each([
    [null, 'L, C, P'],
    [['cloud'], 'C'],
    [['local', 'paper'], 'L, P'],
  ] as const)('storage %j → %s', (storage, letters) => {
    expect(storageLetters({ storage: storage === null ? null : [...storage] }).letters).toBe(letters);
  });
});

describe('filters', () => {
  const measure = (over: Partial<MeasureView>) =>
    ({ family: 'acces', status: 'todo', applies: true, assignee: null, ...over }) as MeasureView;

  it.each([
    ['no filter', {}, {}, true],
    ['another family', { family: 'acces' }, { family: 'reseau' }, false],
    ['my measures, assigned to me', { assignee: { id: 'u1', name: 'Léa' } }, { mine: true }, true],
    ['my measures, assigned to nobody', {}, { mine: true }, false],
    ['status todo', {}, { status: 'todo' }, true],
    ['status done', {}, { status: 'done' }, false],
    ['excluded: a measure that applies', {}, { status: 'excluded' }, false],
    ['excluded: one that does not', { applies: false }, { status: 'excluded' }, true],
    ['a status filter hides what does not apply', { applies: false }, { status: 'todo' }, false],
    ['sans réponse: an unanswered measure', { status: null }, { status: 'unanswered' }, true],
    ['sans réponse: « à faire » is an answer', {}, { status: 'unanswered' }, false],
    ['sans réponse: not when it does not apply', { status: null, applies: false }, { status: 'unanswered' }, false],
  ] as const)('diagnostic: %s', (_label, over, filters, expected) => {
    expect(matches(measure(over), { family: '', status: '', mine: false, ...filters }, 'u1')).toBe(expected);
  });

  it.each<[string, Partial<MeasureView>[], string | undefined, string | null]>([
    [
      'the first family with an unanswered measure',
      [{ family: 'acces' }, { family: 'reseau', status: null }],
      undefined,
      'reseau',
    ],
    [
      'an unanswered measure that does not apply is no reason',
      [
        { family: 'acces', status: null, applies: false },
        { family: 'reseau', status: null },
      ],
      undefined,
      'reseau',
    ],
    [
      'the measure reached from the plan first',
      [
        { family: 'acces', status: null },
        { id: 'm2', family: 'reseau' },
      ],
      'm2',
      'reseau',
    ],
    ['nothing to resume when all is answered', [{ family: 'acces' }, { family: 'reseau' }], undefined, null],
  ])('resumes at %s', (_label, overs, highlighted, family) => {
    expect(
      resumeFamily(
        overs.map((over, i) => measure({ id: `m${i + 1}`, ...over })),
        highlighted,
      ),
    ).toBe(family);
  });

  it('plan: reads the address and writes back only the filters set', () => {
    const filters = planFilters(new URLSearchParams('assignee=me&level=essential&unknown=1'));
    expect(filters).toEqual({ assignee: 'me', family: '', level: 'essential', priority: '' });
    expect(planSearch(filters)).toBe('assignee=me&level=essential');
  });
});
