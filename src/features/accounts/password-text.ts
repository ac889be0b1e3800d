/** Where an identity word comes from; the refusal message names it with the word, as the person wrote it. */
export type IdentityKind = 'name' | 'email' | 'practice' | 'extra';

/** A word of the user's identity (folded, 4+ letters) that a password must not contain. */
export interface IdentityWord {
  kind: IdentityKind;
  word: string;
  /** The word as written where it comes from (« Éloïse », not « eloise »): what the refusal quotes. */
  shown: string;
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
      for (const shown of letterWords(phrase)) {
        const word = fold(shown);
        if (letterCount(word) >= MIN_REFUSED_LETTERS && !words.has(`${kind}:${word}`)) {
          words.set(`${kind}:${word}`, { kind, word, shown });
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

/** Which source a word shared by several is said to come from: the name before the practice, the e-mail last. */
const KIND_ORDER: readonly IdentityKind[] = ['name', 'practice', 'email', 'extra'];

/**
 * The identity words the password contains, ignoring case and accents, and common letter
 * substitutions ("M4rt1n"): each word once, from its most telling source (a first name that is
 * also in the e-mail address is « votre nom »), in the order they appear in the password.
 */
export function identityWordsIn(password: string, words: IdentityWord[]): IdentityWord[] {
  const folded = fold(password);
  const variants = [folded, unleet(folded, LEET_I), unleet(folded, LEET_L)];
  const position = (word: string) => Math.min(...variants.map((v) => v.indexOf(word)).filter((at) => at >= 0));
  const found = new Map<string, IdentityWord>();
  for (const kind of KIND_ORDER) {
    for (const entry of words) {
      if (entry.kind !== kind || found.has(entry.word) || !variants.some((v) => v.includes(entry.word))) continue;
      found.set(entry.word, entry);
    }
  }
  // A word inside a longer one found too (« martin » in « martine ») says nothing more.
  const kept = [...found.values()].filter(
    (entry) => ![...found.keys()].some((other) => other !== entry.word && other.includes(entry.word)),
  );
  return kept.sort((a, b) => position(a.word) - position(b.word));
}

/** Kinds of identity the password contains, in the order name, e-mail, practice, extra. */
export function identityKindsIn(password: string, words: IdentityWord[]): IdentityKind[] {
  const found = new Set(identityWordsIn(password, words).map(({ kind }) => kind));
  return (['name', 'email', 'practice', 'extra'] as const).filter((kind) => found.has(kind));
}
