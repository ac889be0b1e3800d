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
  // Each character outside ASCII folded alone, from a table filled as characters are met: the
  // words are those of `wordsOfByTheBook` (a test compares both on random Unicode text).
  let out = '';
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) continue;
    // One character: a surrogate pair is read whole, a lone surrogate alone.
    const pair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1));
    const end = pair ? at + 2 : at + 1;
    // A character of the table's plane already met is read from it without being cut out.
    const folded = pair ? foldChar(text.slice(at, end)) : (foldedBmp[code] ?? foldChar(text.charAt(at)));
    out += text.slice(from, at) + folded;
    from = end;
    at = end - 1;
  }
  out += text.slice(from);
  return out.toLowerCase().match(WORD) ?? [];
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * `wordsOf` on the whole text at once: `foldText` in one pass instead of five (what it does to
 * spaces, quotes and dashes never changes a word; removing accents and invisible characters does).
 */
export function wordsOfByTheBook(text: string): string[] {
  return text.normalize('NFKD').replace(UNSEEN, '').toLowerCase().match(WORD) ?? [];
}

/**
 * A character outside ASCII as `wordsOfByTheBook` folds it. Character by character gives the same
 * words: the decomposition of a character does not depend on its neighbours, canonical reordering
 * only moves combining marks (removed), and the only lower case that depends on its neighbours
 * (Greek final sigma) gives no ASCII letter either way. Kept in a table as characters are met:
 * one slot per character of the Basic Multilingual Plane, a bounded map for the others.
 */
const foldedBmp: (string | undefined)[] = new Array(0x10000).fill(undefined);
const foldedAstral = new Map<string, string>();
const MAX_FOLDED_ASTRAL = 10_000;

const fold = (char: string) => char.normalize('NFKD').replace(UNSEEN, '').toLowerCase();

function foldChar(char: string): string {
  if (char.length === 1) {
    const code = char.charCodeAt(0);
    let folded = foldedBmp[code];
    if (folded === undefined) {
      folded = fold(char);
      foldedBmp[code] = folded;
    }
    return folded;
  }
  let folded = foldedAstral.get(char);
  if (folded === undefined) {
    folded = fold(char);
    if (foldedAstral.size >= MAX_FOLDED_ASTRAL) foldedAstral.clear();
    foldedAstral.set(char, folded);
  }
  return folded;
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

/** What `PhraseMatchers.scan` looks for with one list: its first phrase found, or all of them. */
export type ScanWanted = 'first' | 'all';

/**
 * Several `PhraseMatcher`s read in one pass over the words: each list's hits are those its own
 * matcher's `first` or `all` would give (same order, same phrase at each word, at most 1 000), for
 * one lookup per word instead of one pass per list.
 * @example new PhraseMatchers([['urgent'], ['virement']]).scan(wordsOf('Virement urgent'), ['first', 'all'])
 */
export class PhraseMatchers {
  private readonly byFirstWord = new Map<string, { list: number; phrase: string; words: string[] }[]>();
  private readonly lists: number;

  constructor(lists: readonly (readonly string[])[]) {
    this.lists = lists.length;
    lists.forEach((phrases, list) => {
      for (const phrase of phrases) {
        const words = wordsOf(phrase);
        const first = words[0];
        if (!first) continue;
        const entries = this.byFirstWord.get(first) ?? [];
        entries.push({ list, phrase, words });
        this.byFirstWord.set(first, entries);
      }
    });
  }

  /** Each list's hits, in text order: its first one (`first`) or every one (`all`, at most 1 000). */
  scan(words: readonly string[], wanted: readonly ScanWanted[]): PhraseHit[][] {
    const hits: PhraseHit[][] = [];
    const max: number[] = [];
    for (let list = 0; list < this.lists; list++) {
      hits.push([]);
      max.push(wanted[list] === 'first' ? 1 : 1000);
    }
    for (let index = 0; index < words.length; index++) {
      const entries = this.byFirstWord.get(words[index] as string);
      if (!entries) continue;
      // One hit per list at a word (the first of its phrases that matches), as `PhraseMatcher.all`;
      // a list's entries follow each other.
      let foundFor = -1;
      for (const { list, phrase, words: phraseWords } of entries) {
        const listHits = hits[list] as PhraseHit[];
        if (list === foundFor || listHits.length >= (max[list] as number)) continue;
        let k = 1;
        while (k < phraseWords.length && words[index + k] === phraseWords[k]) k++;
        if (k === phraseWords.length) {
          listHits.push({ phrase, index });
          foundFor = list;
        }
      }
    }
    return hits;
  }
}
