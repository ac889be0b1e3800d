import type { Db } from '../../db/connect.ts';
import { hashSecret } from './secrets.ts';
import { loginDelaySeconds } from './throttle.ts';

/** Accounts are keyed by a hash of the e-mail: nothing readable is kept about unknown addresses. */
export const accountKey = (email: string) => hashSecret(`login:${email.trim().toLowerCase()}`);

export async function getThrottle(db: Db, key: string) {
  return db.selectFrom('login_throttle').selectAll().where('account_key', '=', key).executeTakeFirst();
}

/** Counts one more failure and sets when the next attempt is allowed; returns the count. */
export async function recordFailure(db: Db, key: string, now: Date): Promise<number> {
  const current = await getThrottle(db, key);
  const failures = (current?.failures ?? 0) + 1;
  const values = {
    failures,
    last_failure_at: now.toISOString(),
    next_allowed_at: new Date(now.getTime() + loginDelaySeconds(failures) * 1000).toISOString(),
  };
  await db
    .insertInto('login_throttle')
    .values({ account_key: key, ...values })
    .onConflict((oc) => oc.column('account_key').doUpdateSet(values))
    .execute();
  return failures;
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('account_key', '=', key).execute();
}
