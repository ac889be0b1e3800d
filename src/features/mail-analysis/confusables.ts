/**
 * A small map of characters that look like Latin letters or digits (Cyrillic, Greek, Latin
 * variants), and of letter pairs that read as one letter, after accents are removed.
 * Not the whole Unicode confusables table: the letters used to imitate French domains.
 */
const LOOKALIKE_CHARACTERS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  // Latin variants and symbols
  ı: 'i',
  ɩ: 'i',
  ǀ: 'l',
  ł: 'l',
  ɑ: 'a',
  ɡ: 'g',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  // Digits that pass for letters
  '0': 'o',
  '1': 'l',
};

const PAIRS: readonly [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

/**
 * The "skeleton" of a Unicode domain: what a reader sees, letters that look alike made equal.
 * Two domains with the same skeleton are visually confusable.
 * @example skeleton('аmeli.fr') // "ameli.fr" (the first letter is Cyrillic)
 * @example skeleton('arneli.fr') // "ameli.fr"
 */
export function skeleton(domain: string): string {
  let plain = '';
  for (const char of domain.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()) {
    plain += LOOKALIKE_CHARACTERS[char] ?? char;
  }
  for (const [pattern, letter] of PAIRS) plain = plain.replace(pattern, letter);
  return plain;
}
