import { INVISIBLE_CHARACTERS } from './text-fold.ts';

/** No character above U+007F (control characters included: they are no word either way). */
const ASCII = /^[^\u0080-\uffff]*$/;
const WORD = /[a-z0-9]+/g;
/** Combining marks (accents once decomposed) and the invisible characters `foldText` removes. */
const UNSEEN = new RegExp(`\\p{M}|${INVISIBLE_CHARACTERS.source}`, 'gu');

/** Words of a text for matching: folded (no accents, lower case), letters and digits only. */
export function wordsOf(text: string): string[] {
  // Plain ASCII folds to its lower case (nothing else of `foldText` changes its letters and digits).
  if (ASCII.test(text)) return text.toLowerCase().match(WORD) ?? [];
  // `foldText` in one pass instead of five: what it does to spaces, quotes and dashes never
  // changes a word; removing accents and invisible characters does.
  return text.normalize('NFKD').replace(UNSEEN, '').toLowerCase().match(WORD) ?? [];
}

/** A phrase found in a text: its written form (with accents, for quoting) and its first word's index. */
export interface PhraseHit {
  readonly phrase: string;
  readonly index: number;
}

/**
 * Finds fixed phrases in a text, accent- and case-insensitively, word by word: one pass over the
 * words, each compared only with the phrases that start with it, so the work stays linear
 * whatever the text (no regular expression to backtrack).
 * @example new PhraseMatcher(['mot de passe']).first(wordsOf('Votre MOT DE PASSE expire')) // { phrase: 'mot de passe', index: 1 }
 */
export class PhraseMatcher {
  private readonly byFirstWord = new Map<string, { phrase: string; words: string[] }[]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = wordsOf(phrase);
      const first = words[0];
      if (!first) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ phrase, words });
      this.byFirstWord.set(first, list);
    }
  }

  /** Every occurrence, in text order (at most `max`). */
  all(words: readonly string[], max = 1000): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let index = 0; index < words.length && hits.length < max; index++) {
      for (const candidate of this.byFirstWord.get(words[index] as string) ?? []) {
        if (candidate.words.every((word, k) => words[index + k] === word)) {
          hits.push({ phrase: candidate.phrase, index });
          break;
        }
      }
    }
    return hits;
  }

  /** The first occurrence, or null. */
  first(words: readonly string[]): PhraseHit | null {
    return this.all(words, 1)[0] ?? null;
  }
}
