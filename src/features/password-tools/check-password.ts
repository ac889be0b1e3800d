import { PASSWORD_MESSAGES, USER_INPUTS_WARNING } from '../accounts/password-fr.ts';
import {
  estimatePassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordScore,
} from '../accounts/password-strength.ts';
import { identityOf, identityWordsIn, normalizePassword } from '../accounts/password-text.ts';
import { ATTACKER_RATES } from './attacker-rates.ts';
import { CHECK_MESSAGES, SCORE_LABELS } from './check-messages.ts';
import { formatDurationFr } from './duration-fr.ts';
import { datesIn, sortForbiddenInputs } from './forbidden-inputs.ts';

export type { PasswordScore };

/** What {@link checkPassword} must know: the words the password must not contain. */
export interface CheckPasswordOptions {
  /**
   * Forbidden inputs, as typed: the practice's names and city, the users' names and e-mails,
   * birth dates (any usual form: 12/03/1984, 1984-03-12, 120384…). Several values may share one
   * entry, separated by commas.
   */
  userInputs: readonly string[];
}

/** The verdict on a password; every text is French and names what was found to avoid, not the password. */
export interface PasswordCheck {
  /** zxcvbn's score (0 to 4), lowered to 1 when it holds a forbidden input and to 2 when too short. */
  score: PasswordScore;
  /** The score in words: « Très faible » … « Très solide ». */
  label: string;
  /** The main thing that makes it weak; null when nothing does. */
  warning: string | null;
  /** What else is wrong, and how to do better. */
  suggestions: string[];
  /** Average time to guess it, offline and online (rates in {@link ATTACKER_RATES}). */
  crackTimes: { offline: string; online: string };
  /** Which kinds of forbidden inputs it holds (the warning names them). */
  forbidden: { words: boolean; dates: boolean };
}

const FORBIDDEN_SCORE_CAP = 1;
const SHORT_SCORE_CAP = 2;
const STRONG_SCORE = 3;

function crackTimesOf(guesses: number) {
  return {
    offline: formatDurationFr(guesses / ATTACKER_RATES.offline.guessesPerSecond),
    online: formatDurationFr(guesses / ATTACKER_RATES.online.guessesPerSecond),
  };
}

function verdict(score: PasswordScore, rest: Omit<PasswordCheck, 'score' | 'label'>): PasswordCheck {
  return { score, label: SCORE_LABELS[score], ...rest };
}

/**
 * Rates a password the way an attacker would guess it: zxcvbn-ts with the common, French and
 * health dictionaries and keyboard layouts, plus the forbidden inputs (names, e-mails, city, birth
 * dates: any of their words of 4+ letters, ignoring case, accents and "4 for a", or any form of a
 * date caps the score at 1). Shorter than {@link PASSWORD_MIN_LENGTH} characters caps it at 2.
 * Pure and synchronous, runs in Node and in the browser; never throws.
 */
export function checkPassword(password: string, options: CheckPasswordOptions = { userInputs: [] }): PasswordCheck {
  const notEstimated = { offline: PASSWORD_MESSAGES.notEstimated, online: PASSWORD_MESSAGES.notEstimated };
  const none = { words: false, dates: false };
  const tooLong = PASSWORD_MESSAGES.tooLong(PASSWORD_MAX_LENGTH);
  if (password.length > PASSWORD_MAX_LENGTH * 4) {
    return verdict(0, { warning: tooLong, suggestions: [], crackTimes: notEstimated, forbidden: none });
  }
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  if (length > PASSWORD_MAX_LENGTH) {
    return verdict(0, { warning: tooLong, suggestions: [], crackTimes: notEstimated, forbidden: none });
  }
  if (length === 0) {
    const empty = PASSWORD_MESSAGES.empty(PASSWORD_MIN_LENGTH);
    return verdict(0, { warning: empty, suggestions: [], crackTimes: notEstimated, forbidden: none });
  }

  const inputs = sortForbiddenInputs(options.userInputs);
  const identity = identityOf({ extra: inputs.words });
  const result = estimatePassword(normalized, [...identity.userInputs, ...inputs.dateForms]);
  const words = identityWordsIn(normalized, identity.words).map((word) => word.shown);
  const dates = datesIn(normalized, inputs.dateForms);
  const forbidden = { words: words.length > 0, dates: dates.length > 0 };

  const problems: string[] = [];
  if (forbidden.words) problems.push(CHECK_MESSAGES.forbiddenWords(words));
  if (forbidden.dates) problems.push(CHECK_MESSAGES.forbiddenDates(dates));
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push(
      problems.length > 0
        ? PASSWORD_MESSAGES.lengthAdvice(PASSWORD_MIN_LENGTH)
        : PASSWORD_MESSAGES.tooShort(PASSWORD_MIN_LENGTH, length),
    );
  }
  let score = result.score as PasswordScore;
  if (length < PASSWORD_MIN_LENGTH) score = Math.min(score, SHORT_SCORE_CAP) as PasswordScore;
  if (forbidden.words || forbidden.dates) score = Math.min(score, FORBIDDEN_SCORE_CAP) as PasswordScore;

  const { suggestions: zxcvbnSuggestions } = result.feedback;
  // Said better by our own message when a forbidden word is found.
  const zxcvbnWarning =
    forbidden.words && result.feedback.warning === USER_INPUTS_WARNING ? null : result.feedback.warning;
  const crackTimes = crackTimesOf(result.guesses);
  const [first, ...others] = problems;
  if (first !== undefined) {
    const suggestions = [
      ...others,
      ...(zxcvbnWarning ? [zxcvbnWarning] : []),
      ...zxcvbnSuggestions,
      CHECK_MESSAGES.passphrase,
    ];
    return verdict(score, { warning: first, suggestions: unique(suggestions, first), crackTimes, forbidden });
  }
  if (score < STRONG_SCORE) {
    const warning = zxcvbnWarning || PASSWORD_MESSAGES.weak;
    const suggestions = [...zxcvbnSuggestions, CHECK_MESSAGES.passphrase];
    return verdict(score, { warning, suggestions: unique(suggestions, warning), crackTimes, forbidden });
  }
  return verdict(score, { warning: null, suggestions: unique(zxcvbnSuggestions, null), crackTimes, forbidden });
}

function unique(texts: string[], warning: string | null): string[] {
  return [...new Set(texts)].filter((text) => text !== warning);
}
