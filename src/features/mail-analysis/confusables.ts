import unhomoglyph from 'unhomoglyph';

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
 * using Unicode's confusables data (`confusables.txt`, through the `unhomoglyph` package), after
 * compatibility forms, accents, case and invisible characters are removed. Two texts with the
 * same skeleton are visually confusable. The skeleton is for comparing, not for reading
 * (« m » becomes « rn »).
 * @example skeleton('аmeli.fr') === skeleton('ameli.fr') // true (the first letter is Cyrillic)
 * @example skeleton('arneli.fr') === skeleton('ameli.fr') // true
 */
export function skeleton(text: string): string {
  // Case is ignored: a capital « I » is an « i » here.
  const plain = text.normalize('NFKD').replace(MARKS, '').replace(INVISIBLE, '').replaceAll('I', 'i');
  // Capitals first (« Α » Greek → « A »), then lower case (« m » → « rn »), as UTS #39 maps case-sensitively.
  let look = unhomoglyph(unhomoglyph(plain).toLowerCase()).normalize('NFKD').replace(MARKS, '').toLowerCase();
  for (const [pattern, letter] of PAIRS) look = look.replace(pattern, letter);
  return look;
}
