import { frenchList } from '../accounts/password-fr.ts';
import type { PasswordScore } from '../accounts/password-strength.ts';

/** The score in words; the meter shows it as text, never as a colour alone. */
export const SCORE_LABELS: Record<PasswordScore, string> = {
  0: 'Très faible',
  1: 'Faible',
  2: 'Insuffisant',
  3: 'Solide',
  4: 'Très solide',
};

const quoted = (texts: readonly string[]) => frenchList(texts.map((text) => `« ${text} »`));

/**
 * Why a password holding a forbidden input is weak, naming what was found as it was given to avoid
 * (« Dupont », « 1984 »): the person sees exactly what to take out. The page runs in the browser and
 * sends nothing.
 */
export const CHECK_MESSAGES = {
  forbiddenWords: (words: readonly string[]) =>
    `Ce mot de passe contient ${quoted(words)} : ${words.length > 1 ? 'des noms, des villes ou des adresses e-mail liés' : 'un nom, une ville ou une adresse e-mail liés'} à vous ou au cabinet. Un pirate essaie ces informations en premier : choisissez des mots sans rapport avec vous ni avec le cabinet.`,
  forbiddenDates: (forms: readonly string[]) =>
    `Ce mot de passe contient ${quoted(forms)}, tiré d’une date de naissance (l’année, le jour et le mois). Un pirate essaie ces dates en premier : n’en mettez aucune.`,
  passphrase:
    'Préférez une phrase de passe de 7 mots tirés au hasard, sans lien avec vous : elle est plus facile à retenir et bien plus difficile à deviner.',
} as const;
