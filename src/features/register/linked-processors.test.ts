import { describe, expect, it } from 'vitest';
import { type LinkedProcessor, OUTSIDE_EEA, SAFEGUARD_TO_ASK, withLinkedProcessors } from './linked-processors.ts';
import type { Transfer } from './register.types.ts';

const activity = (processors: string[] = [], transfers: Transfer[] = []) => ({ id: 'act-1', processors, transfers });
const processor = (over: Partial<LinkedProcessor> = {}): LinkedProcessor => ({
  name: 'Nuage Santé',
  service: 'Logiciel en ligne',
  hostingInEea: true,
  activityIds: ['act-1'],
  ...over,
});
const DERIVED = { recipient: 'Nuage Santé', country: OUTSIDE_EEA, safeguard: SAFEGUARD_TO_ASK };
const TYPED = { recipient: 'Nuage Santé Inc.', country: 'États-Unis', safeguard: 'Clauses contractuelles types' };

describe('withLinkedProcessors: the register and « Sous-traitants » agree', () => {
  it.each<[string, ReturnType<typeof activity>, LinkedProcessor[], string[], Transfer[]]>([
    ['no processor', activity(), [], [], []],
    [
      'a linked processor in the EEA: named, no transfer',
      activity(),
      [processor()],
      ['Nuage Santé — Logiciel en ligne'],
      [],
    ],
    [
      'a linked processor outside the EEA: named, and a transfer',
      activity(),
      [processor({ hostingInEea: false })],
      ['Nuage Santé — Logiciel en ligne'],
      [DERIVED],
    ],
    [
      'a processor outside the EEA linked to another activity: nothing',
      activity(),
      [processor({ hostingInEea: false, activityIds: ['act-2'] })],
      [],
      [],
    ],
    [
      'the activity already names it: not named twice',
      activity(['Éditeur du logiciel « nuage santé » (données en ligne)']),
      [processor()],
      ['Éditeur du logiciel « nuage santé » (données en ligne)'],
      [],
    ],
    [
      'a typed transfer already names it: not typed twice',
      activity([], [TYPED]),
      [processor({ hostingInEea: false })],
      ['Nuage Santé — Logiciel en ligne'],
      [TYPED],
    ],
  ])('%s', (_label, stored, processors, expectedProcessors, expectedTransfers) => {
    const shown = withLinkedProcessors(stored, processors);
    expect(shown.processors).toEqual(expectedProcessors);
    expect(shown.transfers).toEqual(expectedTransfers);
  });

  it('both ways: the transfer appears when the processor leaves the EEA and goes when it comes back', () => {
    const stored = activity();
    expect(withLinkedProcessors(stored, [processor({ hostingInEea: false })]).transfers).toEqual([DERIVED]);
    expect(withLinkedProcessors(stored, [processor({ hostingInEea: true })]).transfers).toEqual([]);
    expect(withLinkedProcessors(stored, [processor({ hostingInEea: false, activityIds: [] })]).transfers).toEqual([]);
    expect(stored).toEqual(activity());
  });
});
