const MAX_LENGTH = 31;
// Excel refuses these in a sheet name; control characters are dropped as well.
const FORBIDDEN = /[[\]:*?/\\]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const CONTROL = /[\u0000-\u001f\u007f]/g;
// Excel reserves "History" (any case) for its change-tracking sheet.
const RESERVED = ['history'];

/**
 * Turns the given names into valid, distinct Excel sheet names, in order: forbidden characters
 * become "-", apostrophes are trimmed at both ends, names are cut to 31 characters, an empty name
 * becomes "Feuille", and a name already taken (ignoring case) gets " (2)", " (3)"…
 */
export function sheetNames(names: readonly string[]): string[] {
  const taken = new Set(RESERVED);
  return names.map((raw) => {
    const base = clean(raw);
    let name = base;
    for (let n = 2; taken.has(name.toLocaleLowerCase('fr-FR')); n++) {
      const suffix = ` (${n})`;
      name = truncate(base, MAX_LENGTH - suffix.length).trimEnd() + suffix;
    }
    taken.add(name.toLocaleLowerCase('fr-FR'));
    return name;
  });
}

function clean(raw: string): string {
  const cleaned = raw
    .replace(/\s+/g, ' ')
    .replace(CONTROL, '')
    .replace(FORBIDDEN, '-')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const cut = truncate(cleaned, MAX_LENGTH).trimEnd().replace(/'+$/, '');
  return cut === '' ? 'Feuille' : cut;
}

/** Cuts to at most `max` UTF-16 units (Excel's count) without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}
