import { describe, expect, it } from 'vitest';
import { reconcile } from './upgrade.ts';

const known = { version: '2026.11', knownIds: ['a', 'b', 'c'], newIds: [] as string[] };
const live = (...ids: string[]) => ids.map((measureId) => ({ measureId, archived: false }));

describe('reconcile: answers follow a new referential version by measure id', () => {
  it.each([
    {
      label: 'same version: nothing changes, « nouveau » flags stay',
      known: { ...known, newIds: ['c'] },
      version: '2026.11',
      ids: ['a', 'b', 'c'],
      answers: live('a'),
      expected: { changed: false, added: [], archive: [], restore: [], newIds: ['c'], knownIds: ['a', 'b', 'c'] },
    },
    {
      label: 'a measure added: flagged « nouveau »',
      known,
      version: '2027.01',
      ids: ['a', 'b', 'c', 'd'],
      answers: live('a'),
      expected: {
        changed: true,
        added: ['d'],
        archive: [],
        restore: [],
        newIds: ['d'],
        knownIds: ['a', 'b', 'c', 'd'],
      },
    },
    {
      label: 'an answered measure withdrawn: its answer is archived',
      known,
      version: '2027.01',
      ids: ['a', 'c'],
      answers: live('a', 'b'),
      expected: { changed: true, added: [], archive: ['b'], restore: [], newIds: [], knownIds: ['a', 'c'] },
    },
    {
      label: 'an unanswered measure withdrawn: nothing to archive',
      known,
      version: '2027.01',
      ids: ['a', 'c'],
      answers: live('a'),
      expected: { changed: true, added: [], archive: [], restore: [], newIds: [], knownIds: ['a', 'c'] },
    },
    {
      label: 'a withdrawn measure comes back: its archived answer is active again, not « nouveau »',
      known: { ...known, knownIds: ['a', 'c'] },
      version: '2027.02',
      ids: ['a', 'b', 'c'],
      answers: [...live('a'), { measureId: 'b', archived: true }],
      expected: { changed: true, added: ['b'], archive: [], restore: ['b'], newIds: ['b'], knownIds: ['a', 'b', 'c'] },
    },
    {
      label: 'an earlier « nouveau » still unanswered stays new; answered ones lose the flag',
      known: { ...known, knownIds: ['a', 'b', 'c', 'd', 'e'], newIds: ['d', 'e'] },
      version: '2027.03',
      ids: ['a', 'b', 'c', 'd', 'e', 'f'],
      answers: live('e'),
      expected: {
        changed: true,
        added: ['f'],
        archive: [],
        restore: [],
        newIds: ['d', 'f'],
        knownIds: ['a', 'b', 'c', 'd', 'e', 'f'],
      },
    },
    {
      label: 'added, withdrawn and kept at once',
      known,
      version: '2027.01',
      ids: ['a', 'x', 'y'],
      answers: live('a', 'b', 'c'),
      expected: {
        changed: true,
        added: ['x', 'y'],
        archive: ['b', 'c'],
        restore: [],
        newIds: ['x', 'y'],
        knownIds: ['a', 'x', 'y'],
      },
    },
  ])('$label', ({ known: k, version, ids, answers, expected }) => {
    expect(reconcile(k, version, ids, answers)).toEqual(expected);
  });
});
