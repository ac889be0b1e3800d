/** Failures allowed before any delay: a person mistyping a few times is never slowed. */
export const FREE_FAILURES = 4;
/** The longest wait: an attacker is slowed, the practitioner is never locked out for long. */
export const MAX_DELAY_SECONDS = 60;

/**
 * Seconds to wait after the n-th consecutive failure on one account: none for the first four,
 * then 1, 2, 4, 8… capped at one minute. Never a lock that an attacker could use against a user.
 */
export function loginDelaySeconds(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_SECONDS);
}

/** Seconds still to wait before the next attempt, rounded up (0 when allowed now). */
export function secondsToWait(nextAllowedAt: string | undefined, now: Date): number {
  if (!nextAllowedAt) return 0;
  return Math.max(0, Math.ceil((new Date(nextAllowedAt).getTime() - now.getTime()) / 1000));
}
