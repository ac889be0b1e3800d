import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUOTED_CHARS } from './mail-limits.ts';
import { wordsOf, wordsOfByTheBook } from './phrase-matcher.ts';
import { quote } from './text-fold.ts';

describe('wordsOf folds character by character and finds the words of the whole-text fold', () => {
  it('every character of the Basic Multilingual Plane, between letters and alone', () => {
    for (let code = 0x80; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`a${char}b`, `${char}${char}`, `É${char}x`])
        expect(wordsOf(text)).toEqual(wordsOfByTheBook(text));
    }
  });

  it('random Unicode text (graphemes, any code point, lone surrogates)', () => {
    for (const unit of ['grapheme', 'grapheme-composite', 'binary'] as const) {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
          expect(wordsOf(text)).toEqual(wordsOfByTheBook(text));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it.each([
    ['Vérifiez vos IDENTIFIANTS', ['verifiez', 'vos', 'identifiants']],
    ['pass\u200Bword ﬁchier Ｍicrosoft', ['password', 'fichier', 'microsoft']],
    ['İstanbul ΣΟΦΟΣ ß', ['istanbul']],
  ])('%j → %j', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
    expect(wordsOfByTheBook(text)).toEqual(words);
  });
});

describe('quote leaves clean printable ASCII as it is, and cleans anything else as before', () => {
  /** `quote` without its shortcut. */
  const quoteByTheBook = (text: string, max = MAX_QUOTED_CHARS) => {
    const clean = text
      .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
  };

  it('random text: printable ASCII with spaces, and any Unicode', () => {
    const ascii = fc.string({ unit: fc.constantFrom(' ', 'a', 'Z', '@', '.', '-', '\t', '\n', '\u00a0', '\u202e') });
    for (const text of [ascii, fc.string({ unit: 'binary' })]) {
      fc.assert(
        fc.property(text, (value) => {
          expect(quote(value)).toBe(quoteByTheBook(value));
          expect(quote(value, 5)).toBe(quoteByTheBook(value, 5));
        }),
        { numRuns: 3000 },
      );
    }
  });
});
