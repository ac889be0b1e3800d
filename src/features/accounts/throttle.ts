/** Failures allowed before any delay: a person mistyping a few times is never slowed. */
export const FREE_FAILURES = 4;
/** The longest wait after a wrong password: an attacker is slowed, the practitioner never locked out for long. */
export const MAX_DELAY_SECONDS = 60;
/**
 * The longest wait after a wrong second-factor code. Whoever reaches the code step already knows the
 * password, and a 6-digit code has only 1 000 000 values (3 of them valid at any time, with one step
 * of clock drift each way): past the free failures the waits double up to one hour, so at most about
 * 24 guesses a day — each one journaled — while a practitioner mistyping a few codes waits seconds.
 */
export const MAX_SECOND_FACTOR_DELAY_SECONDS = 3600;

/** Seconds to wait after the n-th consecutive failure: none for the first four, then 1, 2, 4, 8… up to `max`. */
export function delaySeconds(failures: number, max: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(2 ** Math.min(failures - FREE_FAILURES - 1, 30), max);
}

/**
 * Seconds to wait after the n-th consecutive password failure on one account: none for the first
 * four, then 1, 2, 4, 8… capped at one minute. Never a lock that an attacker could use against a user.
 */
export const loginDelaySeconds = (failures: number): number => delaySeconds(failures, MAX_DELAY_SECONDS);

/** Seconds to wait after the n-th consecutive wrong second-factor code (TOTP or recovery code) of a user. */
export const secondFactorDelaySeconds = (failures: number): number =>
  delaySeconds(failures, MAX_SECOND_FACTOR_DELAY_SECONDS);

/** Seconds still to wait before the next attempt, rounded up (0 when allowed now). */
export function secondsToWait(nextAllowedAt: string | undefined, now: Date): number {
  if (!nextAllowedAt) return 0;
  return Math.max(0, Math.ceil((new Date(nextAllowedAt).getTime() - now.getTime()) / 1000));
}

/** A wait in plain French: « 45 secondes », « 17 minutes » (rounded up past one minute). */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? 's' : ''}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}
