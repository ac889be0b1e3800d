import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sqliteRow } from './journal.test-support.ts';
import { chainEntry, fromRow, type JournalEntry, type JournalEntryDraft, verifyChain } from './journal.ts';

const draftArb: fc.Arbitrary<JournalEntryDraft> = fc.record({
  practiceId: fc.uuid(),
  id: fc.uuid(),
  at: fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  actorType: fc.constantFrom('user', 'token', 'system', 'admin'),
  actorId: fc.option(fc.string(), { nil: null }),
  actorLabel: fc.string({ unit: 'grapheme' }),
  action: fc.string({ minLength: 1 }),
  subjectType: fc.option(fc.string(), { nil: null }),
  subjectId: fc.option(fc.string(), { nil: null }),
  summary: fc.string({ minLength: 1, unit: 'binary' }),
  data: fc.dictionary(fc.string(), fc.jsonValue()),
});

function chainOf(drafts: JournalEntryDraft[]): JournalEntry[] {
  const chain: JournalEntry[] = [];
  for (const d of drafts) chain.push(chainEntry(d, chain.at(-1) ?? null));
  return chain;
}

describe('any chain built by chainEntry', () => {
  it('verifies intact, also after a round trip through database rows', () => {
    fc.assert(
      fc.property(fc.array(draftArb, { minLength: 1, maxLength: 8 }), (drafts) => {
        const chain = chainOf(drafts);
        const expected = { intact: true, count: chain.length, headHash: chain.at(-1)!.hash };
        expect(verifyChain(chain)).toEqual(expected);
        expect(verifyChain(chain.map((e) => fromRow(sqliteRow(e))))).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('breaks at the entry whose summary changed by one character', () => {
    const scenario = fc.array(draftArb, { minLength: 1, maxLength: 8 }).chain((drafts) =>
      fc.record({
        drafts: fc.constant(drafts),
        index: fc.nat(drafts.length - 1),
        position: fc.nat(),
        replacement: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ drafts, index, position, replacement }) => {
        const chain = chainOf(drafts);
        const target = chain[index]!;
        const at = position % target.summary.length;
        fc.pre(target.summary[at] !== replacement);
        const summary = target.summary.slice(0, at) + replacement + target.summary.slice(at + 1);
        const altered = chain.map((e, i) => (i === index ? { ...e, summary } : e));
        expect(verifyChain(altered)).toMatchObject({
          intact: false,
          brokenAt: { seq: index + 1, id: target.id, reason: 'hash_mismatch' },
        });
      }),
      { numRuns: 50 },
    );
  });
});
