/** Where an identity word comes from; the refusal message names it, never the word itself. */
export type IdentityKind = 'name' | 'email' | 'practice' | 'extra';

/** A word of the user's identity (folded, 4+ letters) that a password must not contain. */
export interface IdentityWord {
  kind: IdentityKind;
  word: string;
}

/** What the strength check must know about the user. */
export interface IdentitySources {
  names?: string[];
  emails?: string[];
  practiceName?: string;
  extra?: string[];
}

/** Identity turned into zxcvbn user inputs and the words refused outright. */
export interface Identity {
  userInputs: string[];
  words: IdentityWord[];
}

const MIN_INPUT_LETTERS = 3;
const MIN_REFUSED_LETTERS = 4;
const LEET_I: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const LEET_L: Record<string, string> = { ...LEET_I, '1': 'l', '!': 'l', '|': 'l' };
/** Mailbox providers: their name says nothing about the person. */
const PUBLIC_MAIL_LABELS = new Set(
  'gmail googlemail yahoo hotmail outlook live msn icloud orange wanadoo free sfr neuf laposte bbox aol proton protonmail gmx'.split(
    ' ',
  ),
);

/** Unicode normalisation applied before hashing and checking a password (NFKC, NIST SP 800-63B). */
export function normalizePassword(plain: string): string {
  return plain.normalize('NFKC');
}

/** Lower case without accents or ligatures, for comparisons: "Éloïse Œuvray" → "eloise oeuvray". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

function letterCount(word: string): number {
  return [...word].length;
}

/** Runs of letters of at least three letters: "Jean-Éloïse d'Arc" → ["Jean", "Éloïse", "Arc"]. */
function letterWords(text: string): string[] {
  return text.split(/[^\p{L}]+/u).filter((word) => letterCount(word) >= MIN_INPUT_LETTERS);
}

function emailParts(email: string): string[] {
  const at = email.lastIndexOf('@');
  const local = at < 0 ? email : email.slice(0, at);
  const labels = at < 0 ? [] : email.slice(at + 1).split('.');
  if (labels.length > 1) labels.pop(); // the top-level domain (fr, com…)
  return [local, ...labels.filter((label) => !PUBLIC_MAIL_LABELS.has(fold(label)))];
}

/** Builds the user inputs (phrases, words, their accent-free forms) and the words refused outright. */
export function identityOf(sources: IdentitySources): Identity {
  const inputs = new Set<string>(['hygie']);
  const words = new Map<string, IdentityWord>();
  const add = (kind: IdentityKind, phrases: string[]) => {
    for (const phrase of phrases) {
      if (phrase.trim() === '') continue;
      for (const text of [phrase, ...letterWords(phrase)]) {
        inputs.add(text.toLowerCase());
        inputs.add(fold(text));
      }
      for (const word of letterWords(phrase).map(fold)) {
        if (letterCount(word) >= MIN_REFUSED_LETTERS && !words.has(`${kind}:${word}`)) {
          words.set(`${kind}:${word}`, { kind, word });
        }
      }
    }
  };
  add('name', sources.names ?? []);
  const emails = (sources.emails ?? []).map((email) => email.trim().toLowerCase()).filter(Boolean);
  for (const email of emails) inputs.add(email);
  add('email', emails.flatMap(emailParts));
  add('practice', sources.practiceName ? [sources.practiceName] : []);
  add('extra', sources.extra ?? []);
  return { userInputs: [...inputs], words: [...words.values()] };
}

function unleet(text: string, table: Record<string, string>): string {
  return [...text].map((char) => table[char] ?? char).join('');
}

/**
 * Kinds of identity the password contains, ignoring case and accents, and common letter
 * substitutions ("M4rt1n"); in the order name, e-mail, practice, extra.
 */
export function identityKindsIn(password: string, words: IdentityWord[]): IdentityKind[] {
  const folded = fold(password);
  const variants = [folded, unleet(folded, LEET_I), unleet(folded, LEET_L)];
  const found = new Set(words.filter(({ word }) => variants.some((v) => v.includes(word))).map(({ kind }) => kind));
  return (['name', 'email', 'practice', 'extra'] as const).filter((kind) => found.has(kind));
}
