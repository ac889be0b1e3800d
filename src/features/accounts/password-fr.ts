import type { TranslationKeys } from '@zxcvbn-ts/core';
import type { WeakPiece } from './password-findings.ts';
import type { IdentityKind, IdentityWord } from './password-text.ts';

/** zxcvbn's warning when the password holds a word of the person or of the practice. */
export const USER_INPUTS_WARNING = 'Le mot de passe ne doit contenir aucune information sur vous ou sur le cabinet.';

/**
 * zxcvbn-ts's French texts (`fr`: the translations of @zxcvbn-ts/language-fr, loaded with the
 * dictionaries), corrected where they are wrong or awkward ("noms communs" means common nouns,
 * straight quotes, missing full stops, "années", "siècles" alone).
 */
export const zxcvbnFrench = (fr: TranslationKeys): TranslationKeys => ({
  warnings: {
    ...fr.warnings,
    straightRow: 'Les touches qui se suivent sur le clavier sont faciles à deviner.',
    keyPattern: 'Les motifs courts dessinés sur le clavier sont faciles à deviner.',
    simpleRepeat: 'Les caractères répétés comme « aaa » sont faciles à deviner.',
    extendedRepeat: 'Les motifs répétés comme « abcabcabc » sont faciles à deviner.',
    sequences: 'Les suites courantes comme « abc » ou « 1234 » sont faciles à deviner.',
    namesByThemselves: 'Un prénom ou un nom de famille seul est facile à deviner.',
    commonNames: 'Les prénoms et les noms de famille courants sont faciles à deviner.',
    userInputs: USER_INPUTS_WARNING,
  },
  suggestions: {
    ...fr.suggestions,
    l33t: 'Évitez les substitutions prévisibles comme « @ » pour « a » ou « 0 » pour « o ».',
    reverseWords: 'Évitez d’écrire à l’envers des mots courants.',
    capitalization: 'Une majuscule au début ne suffit pas : ajoutez plutôt des mots.',
    dates: 'Évitez les dates et les années qui vous concernent (une date de naissance, par exemple).',
    associatedYears: 'Évitez les années qui vous concernent (une année de naissance, par exemple).',
    anotherWord: 'Ajoutez un ou deux mots peu courants.',
  },
  timeEstimation: {
    ...fr.timeEstimation,
    ltSecond: 'moins d’une seconde',
    year: '{base} an',
    years: '{base} ans',
    centuries: 'plusieurs siècles',
  },
});

/** Words an attacker tries first against a health practice (an extra zxcvbn dictionary). */
export const HEALTH_WORDS = (
  'cabinet médical medical médecin medecin docteur santé sante patient patients consultation ordonnance ' +
  'secrétariat secretariat secrétaire secretaire kiné kine kinésithérapeute dentiste dentaire infirmier ' +
  'infirmière infirmiere pharmacie clinique hôpital hopital urgences vitale ameli doctolib hygie rgpd'
).split(' ');

const KIND_LABELS: Record<IdentityKind, string> = {
  name: 'votre nom',
  email: 'votre adresse e-mail',
  practice: 'le nom du cabinet',
  extra: 'une information qui vous concerne',
};

/** "a", "a et b", "a, b et c". */
export function frenchList(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** Items grouped by key, groups in the order of their first item. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.entries()];
}

const PASSPHRASE_ADVICE = 'Ajoutez des mots sans rapport entre eux, par exemple une phrase de passe de 4 ou 5 mots.';

/** The refusal messages (never echoing the password). */
export const PASSWORD_MESSAGES = {
  tooLong: (max: number) =>
    `Ce mot de passe est trop long : ${max} caractères au maximum. Une phrase de passe de 4 à 6 mots suffit largement.`,
  empty: (min: number) => `Saisissez un mot de passe d’au moins ${min} caractères.`,
  tooShort: (min: number, length: number) =>
    `Ce mot de passe est trop court : il faut au moins ${min} caractères (il en compte ${length}). ${PASSPHRASE_ADVICE}`,
  lengthAdvice: (min: number) => `Utilisez au moins ${min} caractères.`,
  /** Names each word found and where it comes from: « Éloïse » (votre nom). */
  identity: (found: readonly Pick<IdentityWord, 'kind' | 'shown'>[]) => {
    const groups = groupBy(found, (word) => KIND_LABELS[word.kind]);
    // « Martin » (votre nom) et « Dupont », « Cabinet » (le nom du cabinet): one « et » only.
    const list = (words: string[]) => (groups.length > 1 ? words.join(', ') : frenchList(words));
    return `Ce mot de passe contient ${frenchList(
      groups.map(([where, words]) => `${list(words.map((word) => `« ${word.shown} »`))} (${where})`),
    )}. Un pirate essaie ces informations en premier : choisissez des mots sans rapport avec vous ni avec le cabinet.`;
  },
  weak: `Ce mot de passe est trop facile à deviner. ${PASSPHRASE_ADVICE}`,
  /** Names what zxcvbn recognised: « azerty » (un mot de passe très courant), or « c’est une date ». */
  weakBecause: (pieces: readonly WeakPiece[]) =>
    pieces.length === 0
      ? `Ce mot de passe est trop facile à deviner. ${PASSPHRASE_ADVICE}`
      : `Ce mot de passe est trop facile à deviner : ${frenchList(
          groupBy(pieces, (piece) => (piece.token === undefined ? '' : piece.what.one)).map(([, group]) => {
            const [first] = group as [WeakPiece];
            if (first.token === undefined) return `c’est ${first.what.one}`;
            const tokens = frenchList(group.map((piece) => `« ${piece.token} »`));
            return group.length === 1 ? `${tokens} est ${first.what.one}` : `${tokens} sont ${first.what.many}`;
          }),
        )}. ${PASSPHRASE_ADVICE}`,
  notEstimated: 'non estimé',
} as const;
