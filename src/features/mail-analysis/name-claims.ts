import { lookAlike, skeleton } from './confusables.ts';
import type { KnownSender } from './known-domains.referential.ts';
import { wordsOf } from './phrase-matcher.ts';

/** A name an organisation shows as sender, ready to be searched in a display name or a subject. */
export interface NameClaim {
  readonly organisation: KnownSender;
  /** Short names (CIC, ANTS) are matched in capitals only, as a whole word. */
  readonly short: boolean;
  /** The short name's letters (« CIC »), empty for longer names. */
  readonly shortName: string;
  /** Longer names: the words of their skeleton (look-alike letters made equal), single spaces. */
  readonly look: string;
  /** The same, one word an entry. */
  readonly words: readonly string[];
  /** The skeleton words of the organisation's `ignoredNames` (« pharmacie de la poste »). */
  readonly ignored: readonly string[];
}

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
/** A letter outside the Latin alphabet (Greek, Cyrillic, mathematical letters…). */
const NOT_LATIN = /(?=\p{L})\P{Script=Latin}/u;
const CAPITAL_I_IN_WORD = /(?<=\p{Ll})I/gu;

/** A letter outside the Latin alphabet anywhere in the text (most names and subjects have none). */
export const hasNonLatinLetter = (text: string): boolean => NOT_LATIN.test(text);

/**
 * A text as a reader takes it in: in a word written in Latin letters, a letter of another alphabet
 * that looks like a Latin one is replaced by it (Unicode's confusables data), and a capital « I »
 * inside a lower-case word reads as the « l » it imitates (« PayPaI »).
 * @example readable('THΑLES Grοup') // "THALES Group" (a Greek Α and ο)
 */
export function readable(text: string): string {
  // No letter outside the Latin alphabet (nearly every name and subject): only « I » can change.
  if (!hasNonLatinLetter(text)) {
    const composed = text.normalize('NFC');
    return composed.includes('I') ? composed.replace(CAPITAL_I_IN_WORD, 'l') : composed;
  }
  return readableByTheBook(text);
}

/** `readable` word by word, for any text (the fast path is tested against it). */
export function readableByTheBook(text: string): string {
  return text.normalize('NFC').replace(WORDS, (word) => {
    if (!LATIN.test(word)) return word;
    let out = '';
    for (const char of word) out += LETTER.test(char) && !LATIN.test(char) ? lookAlike(char) : char;
    return out.replace(/(?<=\p{Ll})I/gu, 'l');
  });
}

/** A display name or subject prepared once for every claim: as read, and its skeleton's words. */
export interface ClaimText {
  readonly shown: string;
  /** The words of the skeleton, with a space before, between and after: what claims are searched in. */
  readonly look: string;
  /** The same words one an entry (`look.trim().split(' ')`: a text without words has one empty word). */
  readonly words: readonly string[];
}

/** Prepares a text for `claimPlace`. */
export function claimText(text: string): ClaimText {
  const shown = readable(text);
  const words = wordsOf(skeleton(shown));
  return { shown, look: ` ${words.join(' ')} `, words: words.length > 0 ? words : [''] };
}

/** A name claim, computed once per referential. */
export function nameClaim(organisation: KnownSender, name: string): NameClaim {
  const plain = name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const short = plain.length <= 4;
  return {
    organisation,
    short,
    shortName: short ? plain : '',
    look: claimText(name).look.trim(),
    words: claimText(name).look.trim().split(' '),
    ignored: (organisation.ignoredNames ?? []).map((ignored) => claimText(ignored).look.trim()),
  };
}

/** Where a claim stands in a text: at its start (the text speaks as the organisation), or further. */
export type ClaimPlace = 'start' | 'inside';

/** The claims of a referential, indexed once: short names by their letters, longer ones by first word. */
export interface ClaimIndex {
  readonly short: ReadonlyMap<string, readonly NameClaim[]>;
  /** Any short name anywhere in a text (a token can only equal one the text contains); null if none. */
  readonly anyShort: RegExp | null;
  readonly byFirstWord: ReadonlyMap<string, readonly NameClaim[]>;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Indexes claims for `claimsIn`. */
export function indexClaims(claims: readonly NameClaim[]): ClaimIndex {
  const short = new Map<string, NameClaim[]>();
  const byFirstWord = new Map<string, NameClaim[]>();
  for (const claim of claims) {
    if (claim.short) push(short, claim.shortName, claim);
    else push(byFirstWord, claim.look.split(' ')[0] ?? '', claim);
  }
  const escaped = [...short.keys()].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { short, anyShort: escaped.length > 0 ? new RegExp(escaped.join('|')) : null, byFirstWord };
}

const TOKENS = /[\p{L}\p{N}]+/gu;

/**
 * The organisations a text names, read through look-alike letters (« Amаzon » with a Cyrillic а
 * names Amazon), each once, with where: short names (CIC, ANTS) as a whole word in capitals,
 * longer ones as whole words of the skeleton; phrases an organisation lists as `ignoredNames`
 * (« Pharmacie de la Poste ») do not count. One pass over the text's words.
 * @example claimsIn(index, claimText('Colissimo : votre colis'))[0]?.place // "start"
 */
export function claimsIn(
  index: ClaimIndex,
  { shown, look, words }: ClaimText,
): { claim: NameClaim; place: ClaimPlace }[] {
  const found = new Map<NameClaim, ClaimPlace>();
  const tokens = index.anyShort?.test(shown) ? (shown.match(TOKENS) ?? []) : [];
  for (let at = 0; at < tokens.length; at++) {
    const claims = index.short.get(tokens[at] as string);
    if (claims) for (const claim of claims) if (!found.has(claim)) found.set(claim, at === 0 ? 'start' : 'inside');
  }
  for (let at = 0; at < words.length; at++) {
    const claims = index.byFirstWord.get(words[at] as string);
    if (!claims) continue;
    for (const claim of claims) {
      if (found.has(claim)) continue;
      let k = 0;
      while (k < claim.words.length && words[at + k] === claim.words[k]) k++;
      if (k < claim.words.length) continue;
      const ignored = claim.ignored.some((phrase) => {
        const position = look.indexOf(` ${phrase} `);
        return position >= 0 && look.slice(position, position + phrase.length + 2).includes(` ${claim.look} `);
      });
      if (!ignored) found.set(claim, at === 0 ? 'start' : 'inside');
    }
  }
  return [...found].map(([claim, place]) => ({ claim, place }));
}
