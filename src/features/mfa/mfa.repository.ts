import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { hashPassword, verifyPassword } from '../accounts/password.ts';
import { clearThrottle, secondFactorKey } from '../accounts/throttle.repository.ts';
import { normalizeRecoveryCode } from './mfa.ts';

export async function mfaState(db: Db, practiceId: string, userId: string) {
  return db
    .selectFrom('users')
    .select(['mfa_secret', 'mfa_pending_secret', 'mfa_last_step'])
    .where('id', '=', userId)
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
}

export async function setPendingSecret(db: Db, practiceId: string, userId: string, secret: string | null) {
  await db
    .updateTable('users')
    .set({ mfa_pending_secret: secret })
    .where('id', '=', userId)
    .where('practice_id', '=', practiceId)
    .execute();
}

/** Activates the pending secret and replaces the recovery codes (stored as argon2id hashes). */
export async function activateMfa(
  db: Db,
  practiceId: string,
  userId: string,
  secret: string,
  step: number,
  codes: string[],
  now: Date,
) {
  await db
    .updateTable('users')
    .set({ mfa_secret: secret, mfa_pending_secret: null, mfa_last_step: step, updated_at: now.toISOString() })
    .where('id', '=', userId)
    .where('practice_id', '=', practiceId)
    .execute();
  await replaceRecoveryCodes(db, userId, codes, now);
}

export async function replaceRecoveryCodes(db: Db, userId: string, codes: string[], now: Date) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  const hashes = await Promise.all(codes.map((code) => hashPassword(normalizeRecoveryCode(code))));
  await db
    .insertInto('recovery_codes')
    .values(
      hashes.map((code_hash) => ({
        id: randomUUID(),
        user_id: userId,
        code_hash,
        created_at: now.toISOString(),
        used_at: null,
      })),
    )
    .execute();
}

/**
 * Turns MFA off for a user (owner reset, CLI reset, or the user when the practice allows it); the
 * wait of its code step goes with it.
 */
export async function clearMfa(db: Db, practiceId: string, userId: string, now: Date) {
  await db
    .updateTable('users')
    .set({ mfa_secret: null, mfa_pending_secret: null, mfa_last_step: null, updated_at: now.toISOString() })
    .where('id', '=', userId)
    .where('practice_id', '=', practiceId)
    .execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await clearThrottle(db, secondFactorKey(userId));
}

/**
 * Records the time step of a code just accepted; false when that step (or a later one) was already
 * used, by this request's twin sent at the same time for instance: a code opens one session only.
 */
export async function recordStep(db: Db, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ mfa_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('mfa_last_step', 'is', null), eb('mfa_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Uses a recovery code once; true when one of the unused codes matched. */
export async function consumeRecoveryCode(db: Db, userId: string, input: string, now: Date): Promise<boolean> {
  const normalized = normalizeRecoveryCode(input);
  if (!/^[0-9A-Z]{10}$/.test(normalized)) return false;
  const codes = await db
    .selectFrom('recovery_codes')
    .select(['id', 'code_hash'])
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
  for (const code of codes) {
    if (await verifyPassword(code.code_hash, normalized)) {
      const result = await db
        .updateTable('recovery_codes')
        .set({ used_at: now.toISOString() })
        .where('id', '=', code.id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    }
  }
  return false;
}

export async function remainingRecoveryCodes(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
