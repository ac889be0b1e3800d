import { createRequire } from 'node:module';

/**
 * Unicode's confusables data (`confusables.txt`, UTS #39) as the `unhomoglyph` package ships it:
 * each source character (one code point) and what it looks like. Read into a map once: the
 * package's own function tries one regular expression of 6 000 alternatives, far slower.
 */
const CONFUSABLES = new Map<string, string>(
  Object.entries(createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>),
);

/**
 * Each character replaced by the one it looks like (Unicode's data; case kept: « Α » Greek → « A »).
 * @example lookAlike('Grοup') // "Group" (a Greek ο)
 */
export function lookAlike(text: string): string {
  let out = '';
  for (const char of text) out += CONFUSABLES.get(char) ?? char;
  return out;
}

/**
 * ASCII letter pairs that read as one letter but that Unicode's confusables data does not list
 * (it already maps « m » to « rn »).
 */
const PAIRS: readonly [RegExp, string][] = [
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

const MARKS = /\p{M}/gu;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * The "skeleton" of a text (UTS #39): what a reader sees, characters that look alike made equal,
 * using Unicode's confusables data (`lookAlike`), after
 * compatibility forms, accents, case and invisible characters are removed. Two texts with the
 * same skeleton are visually confusable. The skeleton is for comparing, not for reading
 * (« m » becomes « rn »).
 * @example skeleton('аmeli.fr') === skeleton('ameli.fr') // true (the first letter is Cyrillic)
 * @example skeleton('arneli.fr') === skeleton('ameli.fr') // true
 */
export function skeleton(text: string): string {
  if (INDEPENDENT_ONLY.test(text)) return tableSkeleton(text);
  return fullSkeleton(text);
}

/** `skeleton` by the book, for any text. */
export function fullSkeleton(text: string): string {
  // Case is ignored: a capital « I » is an « i » here.
  const plain = text.normalize('NFKD').replace(MARKS, '').replace(INVISIBLE, '').replaceAll('I', 'i');
  // Capitals first (« Α » Greek → « A »), then lower case (« m » → « rn »), as UTS #39 maps case-sensitively.
  let look = lookAlike(lookAlike(plain).toLowerCase()).normalize('NFKD').replace(MARKS, '').toLowerCase();
  for (const [pattern, letter] of PAIRS) look = look.replace(pattern, letter);
  return look;
}

/**
 * Characters whose skeleton does not depend on their neighbours (no combining mark, no Greek
 * final sigma): Latin-1 and Latin Extended-A/B, and General Punctuation (’ « — and invisible
 * spaces). Nearly every address, name and subject is written with these alone.
 */
const independent = (code: number) => (code >= 0x20 && code < 0x250) || (code >= 0x2000 && code < 0x2070);
const INDEPENDENT_ONLY = /^[\u0020-\u024f\u2000-\u206f]*$/;

/**
 * Each such character's skeleton, computed once by `fullSkeleton`; the skeleton of a text made of
 * them is then one table read per character, the letter pairs last as in `fullSkeleton`. A test
 * compares both on every character, every pair and random text.
 */
const LOOK_TABLE: readonly string[] = Array.from({ length: 0x2070 }, (_, code) =>
  independent(code) ? fullSkeleton(String.fromCharCode(code)) : '',
);

function tableSkeleton(text: string): string {
  let look = '';
  for (let k = 0; k < text.length; k++) look += LOOK_TABLE[text.charCodeAt(k)];
  for (const [pattern, letter] of PAIRS) look = look.replace(pattern, letter);
  return look;
}
