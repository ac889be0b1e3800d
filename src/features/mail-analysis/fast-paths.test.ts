import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixedScriptWord, mixedScriptWordByTheBook } from './check-display-text.ts';
import { fullSkeleton, skeleton } from './confusables.ts';
import { readable, readableByTheBook } from './name-claims.ts';
import { wordsOf } from './phrase-matcher.ts';
import { foldText } from './text-fold.ts';

describe('the fast paths give the same text as the full computation', () => {
  const codes = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => String.fromCharCode(from + k));
  /** The characters `skeleton` reads from its table: Latin-1, Latin Extended-A/B, General Punctuation. */
  const tabled = [...codes(0x20, 0x250), ...codes(0x2000, 0x2070)];
  const printable = codes(0x20, 0x7f);

  it('skeleton: every tabled character, and every pair of printable ASCII ones', () => {
    for (const a of tabled) expect(skeleton(a)).toBe(fullSkeleton(a));
    for (const a of printable) for (const b of printable) expect(skeleton(a + b)).toBe(fullSkeleton(a + b));
  });

  it('skeleton: random text of tabled characters (pairs such as « vv » and « cl » across characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...tabled, 'v', 'c', 'l', 'I', 'm', 'é', '’') }), (text) => {
        expect(skeleton(text)).toBe(fullSkeleton(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['Assurance Maladie : votre remboursement', 'ASCII'],
    ['Réglez votre facture d’électricité', 'Latin with accents'],
    ['PayPaI', 'a capital I after lower case'],
    ['THΑLES Grοup', 'Greek letters inside Latin words'],
    ['Amаzon', 'a Cyrillic letter'],
    ['Ｍicrosoft', 'full-width'],
    ['Сбербанк', 'Cyrillic only'],
  ])('readable and skeleton on « %s » (%s)', (text) => {
    expect(readable(text)).toBe(readableByTheBook(text));
    expect(skeleton(text)).toBe(fullSkeleton(text));
  });

  it('skeleton: random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(skeleton(text)).toBe(fullSkeleton(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['binary-ascii', 'ASCII text'],
    ['grapheme', 'any Unicode'],
  ] as const)('wordsOf: random text (%s) gives the words of foldText', (unit, _what) => {
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        expect(wordsOf(text)).toEqual(foldText(text).match(/[a-z0-9]+/g) ?? []);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['Véri\u200Bfiez VOS iden\u00ADtifiants’ — İstanbul', 'Ｍot de passe'])(
    'wordsOf « %s » gives the words of foldText',
    (text) => {
      expect(wordsOf(text)).toEqual(foldText(text).match(/[a-z0-9]+/g) ?? []);
    },
  );

  it('mixedScriptWord: random Unicode text gives what it gives word by word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(mixedScriptWord(text)).toBe(mixedScriptWordByTheBook(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('readable: random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(readable(text)).toBe(readableByTheBook(text));
      }),
      { numRuns: 2000 },
    );
  });
});
