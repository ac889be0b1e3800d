import { describe, expect, it } from 'vitest';
import type { MeasureFamilyId, MeasureLevel } from './checklist.referential.ts';
import { type AnswerStatus, computeScores, familyRate, SCORE_EXPLANATION, type ScoreItem } from './scoring.ts';

const item = (family: MeasureFamilyId, level: MeasureLevel, status: AnswerStatus, applies = true): ScoreItem => ({
  family,
  level,
  status,
  applies,
});
/** Essential and recommended measures of the « messagerie » family. */
const E = (status: AnswerStatus, applies = true) => item('messagerie', 'essential', status, applies);
const R = (status: AnswerStatus, applies = true) => item('messagerie', 'recommended', status, applies);

describe('computeScores() on one family', () => {
  it.each<[string, ScoreItem[], number | null, number]>([
    ['all done', [E('done'), E('done'), R('done')], 100, 0],
    ['all to do', [E('todo'), E('todo'), R('todo')], 0, 0],
    ['essentials all done, no recommended done', [E('done'), E('done'), R('todo'), R('todo')], 60, 0],
    ['recommended all done, no essential done: the essentials gate', [E('todo'), R('done'), R('done')], 0, 0],
    ['an essential partial counts half', [E('partial')], 50, 0],
    ['a recommended partial counts half of the bonus', [E('done'), R('partial')], 80, 0],
    ['essential partial, recommended done', [E('partial'), R('done')], 50, 0],
    ['half the essentials, half the bonus', [E('done'), E('todo'), R('done'), R('todo')], 40, 0],
    ['unknown counts as not done, and separately', [E('done'), E('unknown'), R('unknown')], 30, 2],
    ['« sans réponse » counts as not done, like « à faire »', [E('done'), E(null), R(null)], 30, 0],
    ['« sans réponse » and « à faire » weigh the same', [E('done'), E('todo'), R('todo')], 30, 0],
    ['nothing answered yet: 0, not « no score »', [E(null), R(null)], 0, 0],
    ['not_applicable is excluded', [E('done'), E('not_applicable'), R('not_applicable')], 100, 0],
    ['a measure that does not apply is excluded', [E('done'), E('todo', false), R('todo', false)], 100, 0],
    ['an unknown measure that does not apply is not counted', [E('done'), E('unknown', false)], 100, 0],
    ['no essential measure: the rate is fR', [R('done'), R('todo')], 50, 0],
    ['no recommended measure: the rate is fE', [E('done'), E('done'), E('todo')], 67, 0],
    ['nothing counts: no score', [E('not_applicable'), R('done', false)], null, 0],
    ['no measure at all: no score', [], null, 0],
  ])('%s', (_, items, expected, unknownCount) => {
    const scores = computeScores(items);
    expect(scores.overall).toBe(expected);
    expect(scores.unknownCount).toBe(unknownCount);
    expect(scores.families.map((f) => f.score)).toEqual(expected === null ? [] : [expected]);
  });
});

describe('computeScores() across families', () => {
  it('weights each family by its number of counted measures, from unrounded rates', () => {
    const scores = computeScores([
      item('sauvegardes', 'essential', 'done'),
      item('sauvegardes', 'essential', 'done'),
      item('sauvegardes', 'essential', 'todo'),
      item('messagerie', 'recommended', 'done'),
    ]);
    // (2/3 × 3 + 1 × 1) / 4 = 0.75, not (67 × 3 + 100) / 4 = 75.25.
    expect(scores.overall).toBe(75);
    expect(scores.families.map((f) => [f.family, f.score, f.counted])).toEqual([
      ['messagerie', 100, 1],
      ['sauvegardes', 67, 3],
    ]);
  });

  it('leaves out a family whose measures are all excluded, from the list and the mean', () => {
    const scores = computeScores([
      item('sauvegardes', 'essential', 'todo', false),
      item('sauvegardes', 'recommended', 'not_applicable'),
      item('rgpd', 'essential', 'done'),
      item('rgpd', 'recommended', 'todo'),
    ]);
    expect(scores.families.map((f) => f.family)).toEqual(['rgpd']);
    expect(scores.overall).toBe(60);
    expect(scores.counted).toBe(2);
  });

  it('counts the statuses of each family', () => {
    const scores = computeScores([
      item('acces', 'essential', 'done'),
      item('acces', 'essential', 'partial'),
      item('acces', 'essential', 'unknown'),
      item('acces', 'recommended', 'todo'),
      item('acces', 'recommended', 'not_applicable'),
      item('reseau', 'essential', 'unknown'),
      item('reseau', 'essential', null),
      item('reseau', 'essential', null, false),
    ]);
    expect(scores.families).toEqual([
      { family: 'acces', score: 30, counted: 4, done: 1, partial: 1, todo: 1, unknownCount: 1, unanswered: 0 },
      { family: 'reseau', score: 0, counted: 2, done: 0, partial: 0, todo: 0, unknownCount: 1, unanswered: 1 },
    ]);
    expect(scores.unknownCount).toBe(2);
    expect(scores.unansweredCount).toBe(1);
    expect(scores.overall).toBe(20);
  });

  it.each<[ScoreItem[], number | null]>([
    [[E('done'), R('todo')], 0.6],
    [[E('partial'), R('partial')], 0.4],
    [[R('partial')], 0.5],
    [[], null],
  ])('familyRate(%j) = %s', (items, rate) => {
    const actual = familyRate(items);
    if (rate === null) expect(actual).toBeNull();
    else expect(actual).toBeCloseTo(rate, 10);
  });
});

describe('SCORE_EXPLANATION', () => {
  it('explains the formula in 3 to 5 short French sentences, sur 100', () => {
    const sentences = SCORE_EXPLANATION.split(/(?<=\.) /);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
    expect(SCORE_EXPLANATION).toContain('sur 100');
    expect(SCORE_EXPLANATION).toContain('60 sur 100');
    expect(SCORE_EXPLANATION).toContain('« je ne sais pas »');
    expect(SCORE_EXPLANATION).toContain('« sans réponse »');
    for (const sentence of sentences) expect(sentence.length).toBeLessThan(170);
  });
});
