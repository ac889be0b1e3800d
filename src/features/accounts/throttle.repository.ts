import type { Db } from '../../db/connect.ts';
import { hashSecret } from './secrets.ts';
import { loginDelaySeconds, secondsToWait } from './throttle.ts';

/** Accounts are keyed by a hash of the e-mail: nothing readable is kept about unknown addresses. */
export const accountKey = (email: string) => hashSecret(`login:${email.trim().toLowerCase()}`);

/**
 * The second-factor counter of one user, apart from the password one: a successful password step
 * clears the password counter only, so signing in again never gives an attacker fresh code guesses.
 */
export const secondFactorKey = (userId: string) => hashSecret(`second-factor:${userId}`);

export async function getThrottle(db: Db, key: string) {
  return db.selectFrom('login_throttle').selectAll().where('account_key', '=', key).executeTakeFirst();
}

const throttleValues = (failures: number, now: Date, delay: (failures: number) => number) => ({
  failures,
  last_failure_at: now.toISOString(),
  next_allowed_at: new Date(now.getTime() + delay(failures) * 1000).toISOString(),
});

/** Counts one more failure and sets when the next attempt is allowed; returns the count. */
export async function recordFailure(
  db: Db,
  key: string,
  now: Date,
  delay: (failures: number) => number = loginDelaySeconds,
): Promise<number> {
  const current = await getThrottle(db, key);
  const values = throttleValues((current?.failures ?? 0) + 1, now, delay);
  await db
    .insertInto('login_throttle')
    .values({ account_key: key, ...values })
    .onConflict((oc) => oc.column('account_key').doUpdateSet(values))
    .execute();
  return values.failures;
}

export type Claim = { allowed: true; attempt: number } | { allowed: false; wait: number };

/**
 * Takes the right to one attempt, counted as a failure before the secret is even checked: the
 * caller clears the counter when the attempt succeeds. The row is changed only if nobody changed it
 * since it was read (compare and set), so simultaneous requests — from any address, on any instance
 * sharing the database — cannot all slip through before the first failure is written.
 */
export async function claimAttempt(
  db: Db,
  key: string,
  now: Date,
  delay: (failures: number) => number,
): Promise<Claim> {
  for (let round = 0; round < 5; round++) {
    const current = await getThrottle(db, key);
    const wait = secondsToWait(current?.next_allowed_at, now);
    if (wait > 0) return { allowed: false, wait };
    const values = throttleValues((current?.failures ?? 0) + 1, now, delay);
    const written = current
      ? (
          await db
            .updateTable('login_throttle')
            .set(values)
            .where('account_key', '=', key)
            .where('failures', '=', current.failures)
            .executeTakeFirst()
        ).numUpdatedRows
      : (
          await db
            .insertInto('login_throttle')
            .values({ account_key: key, ...values })
            .onConflict((oc) => oc.column('account_key').doNothing())
            .executeTakeFirst()
        ).numInsertedOrUpdatedRows;
    if (Number(written) === 1) return { allowed: true, attempt: values.failures };
  }
  // Another request changed the counter at every round: let the caller retry in a moment.
  return { allowed: false, wait: 1 };
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('account_key', '=', key).execute();
}
