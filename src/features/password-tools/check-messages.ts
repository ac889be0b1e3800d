import type { PasswordScore } from '../accounts/password-strength.ts';

/** The score in words; the meter shows it as text, never as a colour alone. */
export const SCORE_LABELS: Record<PasswordScore, string> = {
  0: 'Très faible',
  1: 'Faible',
  2: 'Insuffisant',
  3: 'Solide',
  4: 'Très solide',
};

/** Why a password holding a forbidden input is weak (never naming the word found: it is part of the password). */
export const CHECK_MESSAGES = {
  forbiddenWords:
    'Ce mot de passe contient un nom, une ville ou une adresse e-mail liés à vous ou au cabinet. Un pirate essaie ces informations en premier : choisissez des mots sans rapport avec vous ni avec le cabinet.',
  forbiddenDates:
    'Ce mot de passe contient une date de naissance, ou une partie de celle-ci (l’année, le jour et le mois). Un pirate essaie ces dates en premier : n’en mettez aucune.',
  passphrase:
    'Préférez une phrase de passe de 5 ou 6 mots tirés au hasard, sans lien avec vous : elle est plus facile à retenir et bien plus difficile à deviner.',
} as const;
