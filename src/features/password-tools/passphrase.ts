import { wordlist } from '@scure/bip39/wordlists/french.js';
import { ATTACKER_RATES } from './attacker-rates.ts';
import { averageCrackSeconds, formatDurationFr } from './duration-fr.ts';
import { cryptoRandomSource, type RandomSource, randomBelow } from './secure-random.ts';

/** Lower case without accents: "académie" → "academie" (the list is stored decomposed, NFKD). */
export function stripAccents(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words of the passphrases: the 2,048-word French list of BIP-39 (`@scure/bip39`), chosen by
 * its authors to be common, 5 to 8 letters long, and distinct in their first four letters, with
 * their accents removed: a passphrase must be typed the same on a phone, on any keyboard and in a
 * Wi-Fi key (ASCII only), and accents are stored in two ways (composed or not) that would make the
 * same phrase two different passwords. Removing them merges no two words (checked by the tests and
 * recomputed here): the list keeps 2,048 distinct words, 11 bits each.
 */
export const PASSPHRASE_WORDS: readonly string[] = Object.freeze([...new Set(wordlist.map(stripAccents))]);

/** Entropy of one word drawn uniformly from {@link PASSPHRASE_WORDS}: log2(2 048) = 11 bits. */
export const BITS_PER_WORD = Math.log2(PASSPHRASE_WORDS.length);

export const PASSPHRASE_MIN_WORDS = 4;
export const PASSPHRASE_MAX_WORDS = 10;
/**
 * 7 words, as the CNIL's example of a passphrase for a password used alone (délibération
 * n° 2022-100: « une phrase de passe … composée d’au minimum 7 mots »): 77 bits from 2 048 words.
 */
export const PASSPHRASE_DEFAULT_WORDS = 7;

/**
 * The entropy the CNIL asks (délibération n° 2022-100 du 21 juillet 2022): 80 bits for a password
 * used alone; 50 bits where the service restricts attempts (a delay or a lock-out after failures).
 */
export const CNIL_BITS = { alone: 80, throttled: 50 } as const;
export const CNIL_SOURCE = 'CNIL, délibération n° 2022-100 du 21 juillet 2022';
/** A WPA2/WPA3 Wi-Fi key is 8 to 63 ASCII characters. */
export const WIFI_MAX_LENGTH = 63;

/** The separators offered; `name` is what the command line also accepts (`--separator tiret`). */
export const PASSPHRASE_SEPARATORS = [
  { value: '-', name: 'tiret', label: 'Tiret (-)' },
  { value: ' ', name: 'espace', label: 'Espace' },
  { value: '.', name: 'point', label: 'Point (.)' },
  { value: '_', name: 'tiret-bas', label: 'Tiret bas (_)' },
] as const;
export type PassphraseSeparator = (typeof PASSPHRASE_SEPARATORS)[number]['value'];

export interface PassphraseOptions {
  /** Number of words, 4 to 10 (default 6). */
  words?: number;
  /** Between the words (default "-"); chosen by the person, so it adds no entropy. */
  separator?: PassphraseSeparator;
  /** Adds a random digit (0–9) after one word chosen at random, for sites that demand a digit. */
  digit?: boolean;
  /** Puts a capital on the first letter of one word chosen at random, for sites that demand one. */
  capital?: boolean;
}

export interface Passphrase {
  passphrase: string;
  /** The words drawn, in order (before the digit and the capital). */
  words: string[];
  /** What an attacker who knows the method and the list must search: see {@link passphraseEntropyBits}. */
  entropyBits: number;
  /** The entropy and the time to guess it, explained in French (one sentence each). */
  explanation: string[];
  /** Short enough for a Wi-Fi key (63 characters at most). */
  fitsWifi: boolean;
}

/** A French message for an option out of range (the CLI shows it, the page cannot produce it). */
export class PassphraseOptionError extends Error {}

/** Checks the options and fills in the defaults. */
export function passphraseOptions(options: PassphraseOptions = {}): Required<PassphraseOptions> {
  const words = options.words ?? PASSPHRASE_DEFAULT_WORDS;
  if (!Number.isInteger(words) || words < PASSPHRASE_MIN_WORDS || words > PASSPHRASE_MAX_WORDS) {
    throw new PassphraseOptionError(
      `Le nombre de mots doit être un nombre entier de ${PASSPHRASE_MIN_WORDS} à ${PASSPHRASE_MAX_WORDS}.`,
    );
  }
  const separator = options.separator ?? '-';
  if (!PASSPHRASE_SEPARATORS.some((s) => s.value === separator)) {
    const names = PASSPHRASE_SEPARATORS.map((s) => `« ${s.name} »`).join(', ');
    throw new PassphraseOptionError(`Séparateur inconnu : choisissez ${names} (ou le caractère lui-même).`);
  }
  return { words, separator, digit: options.digit ?? false, capital: options.capital ?? false };
}

/**
 * The entropy of a passphrase, in bits, for an attacker who knows the method and the list:
 * words × log2(2 048) = 11 bits a word, plus log2(10 × words) for a digit after a random word,
 * plus log2(words) for a capital on a random word. Each choice changes the text (the words are
 * lower-case letters only), so the bits add up exactly. The separator adds nothing.
 */
export function passphraseEntropyBits(options: PassphraseOptions = {}): number {
  const { words, digit, capital } = passphraseOptions(options);
  return words * BITS_PER_WORD + (digit ? Math.log2(10 * words) : 0) + (capital ? Math.log2(words) : 0);
}

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "66 bits", "74,5 bits". */
export function formatBits(bits: number): string {
  return `${number.format(Math.floor(bits * 10) / 10)} bits`;
}

/** The entropy and the time to guess, in plain French (see {@link passphraseEntropyBits}). */
export function explainEntropy(options: PassphraseOptions = {}): string[] {
  const { words, digit, capital } = passphraseOptions(options);
  const bits = passphraseEntropyBits(options);
  const listSize = number.format(PASSPHRASE_WORDS.length);
  const lines = [
    `${words} mots tirés au hasard parmi ${listSize} : ${number.format(BITS_PER_WORD)} bits par mot, soit ${formatBits(words * BITS_PER_WORD)}.`,
  ];
  if (digit) {
    lines.push(
      `Le chiffre (10 possibilités) placé après l’un des ${words} mots ajoute ${formatBits(Math.log2(10 * words))}.`,
    );
  }
  if (capital) lines.push(`La majuscule sur l’un des ${words} mots ajoute ${formatBits(Math.log2(words))}.`);
  if (digit || capital) lines.push(`Au total : ${formatBits(bits)}. Le séparateur, choisi par vous, n’ajoute rien.`);
  else lines.push('Le séparateur, choisi par vous, n’ajoute rien.');
  const slow = formatDurationFr(averageCrackSeconds(bits, ATTACKER_RATES.offline.guessesPerSecond));
  const fast = formatDurationFr(averageCrackSeconds(bits, ATTACKER_RATES.offlineFast.guessesPerSecond));
  lines.push(
    `Même en connaissant la méthode et la liste de mots, un pirate devrait essayer en moyenne la moitié des combinaisons : ${slow} à ${ATTACKER_RATES.offline.label}, ${fast} à ${ATTACKER_RATES.offlineFast.label} (mots de passe mal protégés par le service).`,
  );
  lines.push(cnilAssessment(words, bits));
  return lines;
}

/**
 * What the CNIL's thresholds say of this passphrase, honestly: 7 words from 2 048 give 77 bits,
 * just under the 80 bits of a password used alone, though the deliberation cites 7 words; fewer
 * words are acceptable only where the service restricts attempts (50 bits).
 * @example cnilAssessment(5, 55) // 'Moins de 80 bits : … 50 bits suffisent …'
 */
export function cnilAssessment(words: number, bits: number): string {
  const cnil = `la CNIL (délibération n° 2022-100)`;
  if (bits >= CNIL_BITS.alone) {
    return `Au-dessus des ${CNIL_BITS.alone} bits que ${cnil} demande pour un mot de passe utilisé seul, sans autre protection.`;
  }
  if (words >= 7) {
    return `Pour un mot de passe utilisé seul, ${cnil} vise ${CNIL_BITS.alone} bits et cite en exemple une phrase de passe d’au moins 7 mots ; tirés parmi ${number.format(PASSPHRASE_WORDS.length)} mots, ${words} mots en donnent ${formatBits(bits)}, un peu moins. Pour un coffre-fort ou un fichier chiffré, qu’un pirate peut attaquer sans limite d’essais, prenez 8 mots.`;
  }
  if (bits >= CNIL_BITS.throttled) {
    return `Moins de ${CNIL_BITS.alone} bits : suffisant seulement si le service limite les essais (attente ou blocage après quelques échecs), où ${cnil} demande ${CNIL_BITS.throttled} bits ; pour un mot de passe utilisé seul, elle cite au moins 7 mots.`;
  }
  return `Moins de ${CNIL_BITS.throttled} bits : insuffisant selon ${cnil}, même pour un service qui limite les essais ; prenez au moins 5 mots, et 7 pour un mot de passe utilisé seul.`;
}

/**
 * Draws a passphrase: each word uniformly and independently from {@link PASSPHRASE_WORDS} (a word
 * may come twice, as the entropy assumes), with a cryptographically secure source by default and
 * rejection sampling for every draw (no modulo bias). Runs in Node and in the browser.
 */
export function generatePassphrase(
  options: PassphraseOptions = {},
  random: RandomSource = cryptoRandomSource(),
): Passphrase {
  const resolved = passphraseOptions(options);
  const words = Array.from(
    { length: resolved.words },
    () => PASSPHRASE_WORDS[randomBelow(PASSPHRASE_WORDS.length, random)]!,
  );
  const parts = [...words];
  if (resolved.digit) {
    const at = randomBelow(parts.length, random);
    parts[at] = `${parts[at]}${randomBelow(10, random)}`;
  }
  if (resolved.capital) {
    const at = randomBelow(parts.length, random);
    const part = parts[at]!;
    parts[at] = `${part.charAt(0).toUpperCase()}${part.slice(1)}`;
  }
  const passphrase = parts.join(resolved.separator);
  return {
    passphrase,
    words,
    entropyBits: passphraseEntropyBits(resolved),
    explanation: explainEntropy(resolved),
    fitsWifi: passphrase.length <= WIFI_MAX_LENGTH,
  };
}
