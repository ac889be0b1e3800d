import { MAX_QUOTED_CHARS } from './mail-limits.ts';

/** Invisible characters (zero-width spaces, soft hyphens, direction marks…). */
export const INVISIBLE_CHARACTERS = /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
const COMBINING = /\p{M}/gu;
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Anything `quote` could change: a character outside printable ASCII, two spaces, a space at an end. */
const NOT_CLEAN = /[^\x20-\x7e]|\x20\x20|^\x20|\x20$/;

/**
 * Text made comparable: compatibility forms (full-width letters), no accents, no invisible
 * characters, lower case, typographic apostrophes and dashes made plain, single spaces.
 * @example foldText('Vérifiez  vos IDENTIFIANTS’') // "verifiez vos identifiants'"
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(INVISIBLE_CHARACTERS, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

/**
 * A piece of the sender's text, safe to show in a message, a page or a terminal: no control or
 * direction-changing characters, single spaces, at most `max` characters.
 * @example quote('Facture\u202Egnp.exe') // "Facturegnp.exe"
 */
export function quote(text: string, max = MAX_QUOTED_CHARS): string {
  // Printable ASCII with single inner spaces (most addresses and names) is already clean.
  const clean = NOT_CLEAN.test(text) ? text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim() : text;
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
