import type { TranslationKeys } from '@zxcvbn-ts/core';
import { translations as fr } from '@zxcvbn-ts/language-fr';
import type { IdentityKind } from './password-text.ts';

/**
 * zxcvbn-ts's French texts, corrected where they are wrong or awkward ("noms communs" means common
 * nouns, straight quotes, missing full stops, "années", "siècles" alone).
 */
export const ZXCVBN_FRENCH: TranslationKeys = {
  warnings: {
    ...fr.warnings,
    straightRow: 'Les touches qui se suivent sur le clavier sont faciles à deviner.',
    keyPattern: 'Les motifs courts dessinés sur le clavier sont faciles à deviner.',
    simpleRepeat: 'Les caractères répétés comme « aaa » sont faciles à deviner.',
    extendedRepeat: 'Les motifs répétés comme « abcabcabc » sont faciles à deviner.',
    sequences: 'Les suites courantes comme « abc » ou « 1234 » sont faciles à deviner.',
    namesByThemselves: 'Un prénom ou un nom de famille seul est facile à deviner.',
    commonNames: 'Les prénoms et les noms de famille courants sont faciles à deviner.',
    userInputs: 'Le mot de passe ne doit contenir aucune information sur vous ou sur le cabinet.',
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
};

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
  extra: 'des informations qui vous concernent',
};

/** "a", "a et b", "a, b et c". */
function frenchList(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
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
  identity: (kinds: IdentityKind[]) =>
    `Ce mot de passe contient ${frenchList(kinds.map((kind) => KIND_LABELS[kind]))}. Un pirate essaie ces informations en premier : choisissez des mots sans rapport avec vous ni avec le cabinet.`,
  weak: `Ce mot de passe est trop facile à deviner. ${PASSPHRASE_ADVICE}`,
  notEstimated: 'non estimé',
} as const;
