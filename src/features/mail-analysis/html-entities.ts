const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  icirc: 'î',
  iuml: 'ï',
  euml: 'ë',
  rsquo: '’',
  lsquo: '‘',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  euro: '€',
  ndash: '–',
  mdash: '—',
  shy: '',
  zwnj: '',
  zwj: '',
};

function codePoint(value: number): string {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff)
    ? String.fromCodePoint(value)
    : '';
}

/**
 * Decodes the HTML character references a mail uses (`&amp;`, `&#233;`, `&#x2F;`, common names);
 * an unknown name is left as written.
 * @example decodeEntities('ameli&#46;fr &amp; co') // "ameli.fr & co"
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      return codePoint(Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10)) || whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
