import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher, PhraseMatchers, type ScanWanted, wordsOf } from './phrase-matcher.ts';
import * as wording from './wording.ts';

const LISTS: (readonly string[])[] = Object.values(wording).filter((value) => Array.isArray(value));

describe('PhraseMatchers reads every list in one pass and finds what each PhraseMatcher finds', () => {
  const wanted: ScanWanted[] = LISTS.map((_, k) => (k % 2 === 0 ? 'first' : 'all'));
  const together = new PhraseMatchers(LISTS);
  const alone = LISTS.map((phrases) => new PhraseMatcher(phrases));
  const expectSame = (words: string[]) => {
    const hits = together.scan(words, wanted);
    alone.forEach((matcher, k) => {
      const one = matcher.first(words);
      expect(hits[k]).toEqual(wanted[k] === 'first' ? (one ? [one] : []) : matcher.all(words));
    });
  };

  it('on texts made of the lists’ own words, overlapping phrases and repeats', () => {
    const vocabulary = [...new Set(LISTS.flat().flatMap((phrase) => wordsOf(phrase)))];
    expect(LISTS.length).toBeGreaterThanOrEqual(8);
    fc.assert(fc.property(fc.array(fc.constantFrom(...vocabulary, 'le', 'de', 'x'), { maxLength: 80 }), expectSame), {
      numRuns: 3000,
    });
  });

  it('on every phrase of every list, alone and twice in a row', () => {
    for (const phrase of LISTS.flat()) {
      expectSame(wordsOf(phrase));
      expectSame(wordsOf(`${phrase} puis ${phrase}`));
    }
  });

  it('at most 1 000 hits per list, as PhraseMatcher.all', () => {
    const words = Array.from({ length: 1500 }, () => 'urgent');
    expectSame(words);
  });
});
