import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import { weakPieces } from './password-findings.ts';
import { HEALTH_WORDS, PASSWORD_MESSAGES, zxcvbnFrench } from './password-fr.ts';
import { type IdentitySources, identityOf, identityWordsIn, normalizePassword } from './password-text.ts';

/** Minimum length, in characters (Unicode code points after NFKC normalisation). */
export const PASSWORD_MIN_LENGTH = 12;
/** Maximum length, in characters; longer passwords are refused without being estimated. */
export const PASSWORD_MAX_LENGTH = 256;
/** Minimum zxcvbn score (0 to 4): 3 means "safely unguessable" against a slow hash. */
export const PASSWORD_MIN_SCORE = 3;

/** zxcvbn score: 0 (too guessable) to 4 (very unguessable). */
export type PasswordScore = 0 | 1 | 2 | 3 | 4;

/** Who the password belongs to: none of it may be reused in the password. */
export type PasswordContext = IdentitySources;

/** The verdict of {@link checkPasswordStrength}; every text is French and none repeats the password. */
export interface PasswordStrength {
  ok: boolean;
  /** zxcvbn's score, capped at 2 when another rule refuses the password (0 when not estimated). */
  score: PasswordScore;
  /** Why it is refused and what to do instead; absent when ok. */
  message?: string;
  /** zxcvbn's warning and advice, plus the other rules broken; empty when ok. */
  suggestions: string[];
  /** Time to guess it: offline against our argon2 hash (10⁴ guesses/s), online with rate limiting (100/h). */
  crackTimes: { offline: string; online: string };
}

/**
 * zxcvbn only reads this many characters (its cost grows fast with length: ~40 ms for 64 random
 * characters, ~100 ms for 100 here). Only the prefix is rated, which errs on the strict side.
 */
const ESTIMATED_LENGTH = 64;
/** Separators add almost nothing for an attacker, but zxcvbn rewards each extra token a lot. */
const SEPARATORS = /[\s\-_.,;:/+]+/gu;
const REFUSED_SCORE_CAP = 2;

/** zxcvbn's common and French dictionaries (each package unpacks its word lists as it loads). */
export interface ZxcvbnDictionaries {
  common: Pick<typeof import('@zxcvbn-ts/language-common'), 'dictionary' | 'adjacencyGraphs'>;
  french: Pick<typeof import('@zxcvbn-ts/language-fr'), 'dictionary' | 'translations'>;
}

let dictionaries: ZxcvbnDictionaries | undefined;

/** The web application gives the dictionaries it has downloaded (web/src/components/password-rules.ts). */
export function supplyZxcvbnDictionaries(supplied: ZxcvbnDictionaries): void {
  dictionaries ??= supplied;
}

/**
 * On the server, the dictionaries are loaded on the first password rated, not when Hygie starts
 * (through Node's own require: no import of a Node module here, this file is also bundled for the browser).
 */
function loadDictionaries(): ZxcvbnDictionaries {
  if (dictionaries) return dictionaries;
  const node = globalThis.process?.getBuiltinModule?.('node:module');
  if (!node) throw new Error('zxcvbn dictionaries not supplied (supplyZxcvbnDictionaries)');
  const load = node.createRequire(import.meta.url);
  dictionaries = { common: load('@zxcvbn-ts/language-common'), french: load('@zxcvbn-ts/language-fr') };
  return dictionaries;
}

let factory: ZxcvbnFactory | undefined;

/** Built on first use (about 100 ms: it ranks some 100,000 dictionary words). */
function zxcvbn(): ZxcvbnFactory {
  if (factory) return factory;
  const { common, french } = loadDictionaries();
  factory = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...french.dictionary, 'health-fr': HEALTH_WORDS },
    graphs: common.adjacencyGraphs,
    translations: zxcvbnFrench(french.translations),
    l33tMaxSubstitutions: 6,
    maxLength: ESTIMATED_LENGTH,
  });
  return factory;
}

/**
 * The weaker of zxcvbn's estimates of the password as typed and without its separators, with the
 * common and French dictionaries and the health words; shared with the password checker tool.
 */
export function estimatePassword(password: string, userInputs: string[]): ZxcvbnResult {
  const asTyped = zxcvbn().check(password, userInputs);
  const joined = password.replace(SEPARATORS, '');
  if (joined === password || joined === '') return asTyped;
  const withoutSeparators = zxcvbn().check(joined, userInputs);
  return withoutSeparators.guesses < asTyped.guesses ? withoutSeparators : asTyped;
}

function notEstimated(message: string): PasswordStrength {
  const { notEstimated: display } = PASSWORD_MESSAGES;
  return { ok: false, score: 0, message, suggestions: [], crackTimes: { offline: display, online: display } };
}

/**
 * Checks a new password: at least {@link PASSWORD_MIN_LENGTH} and at most {@link PASSWORD_MAX_LENGTH}
 * characters, zxcvbn score ≥ {@link PASSWORD_MIN_SCORE} (common, French and health dictionaries,
 * keyboard layouts), and no word of 4+ letters from the user's names, e-mails or practice name
 * (ignoring case, accents and common substitutions). Pure and synchronous; never throws.
 */
export function checkPasswordStrength(password: string, context: PasswordContext = {}): PasswordStrength {
  const tooLong = PASSWORD_MESSAGES.tooLong(PASSWORD_MAX_LENGTH);
  if (password.length > PASSWORD_MAX_LENGTH * 4) return notEstimated(tooLong);
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  if (length > PASSWORD_MAX_LENGTH) return notEstimated(tooLong);

  const identity = identityOf(context);
  const result = estimatePassword(normalized, identity.userInputs);
  const found = identityWordsIn(normalized, identity.words);
  const problems: string[] = [];
  if (found.length > 0) problems.push(PASSWORD_MESSAGES.identity(found));
  if (length === 0) problems.push(PASSWORD_MESSAGES.empty(PASSWORD_MIN_LENGTH));
  else if (length < PASSWORD_MIN_LENGTH) {
    problems.push(
      problems.length > 0
        ? PASSWORD_MESSAGES.lengthAdvice(PASSWORD_MIN_LENGTH)
        : PASSWORD_MESSAGES.tooShort(PASSWORD_MIN_LENGTH, length),
    );
  }
  if (result.score < PASSWORD_MIN_SCORE && problems.length === 0) {
    problems.push(PASSWORD_MESSAGES.weakBecause(weakPieces(result, normalized)));
  }

  const crackTimes = {
    offline: result.crackTimes.offlineSlowHashingXPerSecond.display,
    online: result.crackTimes.onlineThrottlingXPerHour.display,
  };
  const [message, ...others] = problems;
  if (message === undefined) return { ok: true, score: result.score, suggestions: [], crackTimes };
  const { warning, suggestions } = result.feedback;
  return {
    ok: false,
    score: Math.min(result.score, REFUSED_SCORE_CAP) as PasswordScore,
    message,
    suggestions: [...new Set([...others, ...(warning ? [warning] : []), ...suggestions])],
    crackTimes,
  };
}
