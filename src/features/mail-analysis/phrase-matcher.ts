import { foldText } from './text-fold.ts';

/** Words of a text for matching: folded (no accents, lower case), letters and digits only. */
export function wordsOf(text: string): string[] {
  return foldText(text).match(/[a-z0-9]+/g) ?? [];
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
