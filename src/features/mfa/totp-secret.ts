import type { Db } from '../../db/connect.ts';
import { type AppSecrets, isSealedText } from '../../lib/crypto/app-secrets.ts';

/** A TOTP secret is sealed for its user: copied to another account, it does not open. */
const context = (userId: string) => `totp:${userId}`;

export const sealTotpSecret = (secrets: AppSecrets, userId: string, secret: string) =>
  secrets.sealText(secret, context(userId));

export const openTotpSecret = (secrets: AppSecrets, userId: string, stored: string) =>
  secrets.openText(stored, context(userId));

/**
 * Seals the TOTP secrets stored in clear before they were sealed (an older database). Each row is
 * changed only if it still holds the clear value, so instances starting together do not collide.
 * @returns how many secrets were sealed.
 */
export async function sealClearTotpSecrets(db: Db, secrets: AppSecrets): Promise<number> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'mfa_secret', 'mfa_pending_secret'])
    .where((eb) => eb.or([eb('mfa_secret', 'is not', null), eb('mfa_pending_secret', 'is not', null)]))
    .execute();
  let sealed = 0;
  for (const row of rows) {
    for (const column of ['mfa_secret', 'mfa_pending_secret'] as const) {
      const value = row[column];
      if (value === null || isSealedText(value)) continue;
      const result = await db
        .updateTable('users')
        .set({ [column]: sealTotpSecret(secrets, row.id, value) })
        .where('id', '=', row.id)
        .where(column, '=', value)
        .executeTakeFirst();
      sealed += Number(result.numUpdatedRows);
    }
  }
  return sealed;
}
