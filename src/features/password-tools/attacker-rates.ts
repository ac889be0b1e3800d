/**
 * The attackers behind every "time to guess" Hygie shows. They are zxcvbn's own scenarios, so that
 * the times agree with its score (score 3 and 4 mean "safe against a slow hash").
 */
export const ATTACKER_RATES = {
  /** A stolen copy of a password file protected by a slow hash (argon2, bcrypt): 10⁴ guesses a second. */
  offline: { guessesPerSecond: 1e4, label: '10\u202f000 essais par seconde' },
  /** Guesses typed into the service itself, which slows attempts down: 100 guesses an hour. */
  online: { guessesPerSecond: 100 / 3600, label: '100 essais par heure' },
  /** The worst case: a stolen file protected by a fast hash, several graphics cards: 10¹⁰ guesses a second. */
  offlineFast: { guessesPerSecond: 1e10, label: '10 milliards d’essais par seconde' },
} as const;

export type AttackScenario = keyof typeof ATTACKER_RATES;

/** The two scenarios of a check, explained in French (shown beside the times). */
export const ATTACKER_EXPLANATIONS = {
  offline: `Hors ligne : un pirate a volé le fichier des mots de passe d’un service qui les protège correctement, et les essaie sur ses machines (${ATTACKER_RATES.offline.label}).`,
  online: `En ligne : un pirate essaie directement sur le site ou le logiciel, qui freine les tentatives (${ATTACKER_RATES.online.label}).`,
  offlineFast: `Si le service protège mal ses mots de passe, un pirate équipé va bien plus vite : jusqu’à ${ATTACKER_RATES.offlineFast.label}.`,
} as const;
