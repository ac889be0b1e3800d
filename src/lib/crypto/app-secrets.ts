import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { KEY_BYTES, type SecretBox, secretBox } from './secret-box.ts';

/**
 * The one place where Hygie gets its application-level encryption key: features never read
 * `HYGIE_SECRET_KEY` themselves, they use `app.deps.secrets` (TOTP secrets, SMTP password, evidence
 * files, signed links…).
 *
 * - `HYGIE_SECRET_KEY` set: values are sealed with it. Hosted instances must set it (the same on
 *   every instance): a copy of the database alone then opens nothing.
 * - Not set: a random key kept in the database (`instance_meta.secret_key`), made on first start.
 *   On a practice's own computer the database file is itself encrypted and its backups carry this
 *   key, so a restore opens everything again; on PostgreSQL `hygie doctor` warns that the key sits
 *   beside the data.
 *
 * Values sealed with the database key still open once `HYGIE_SECRET_KEY` is set (the database key
 * stays a second key for opening), so an instance can move to an outside key without losing any.
 */
export interface AppSecrets {
  /** Seals with the primary key; opens with the primary key, then the other one. */
  box: SecretBox;
  /** Where the primary key comes from. */
  source: 'env' | 'database';
  /** Seals a text for a text column (`sb1:` + base64). */
  sealText(plain: string, context: string): string;
  /**
   * Opens a text sealed by sealText. A value without the `sb1:` prefix was stored before it was
   * sealed: it is returned as it is (the caller re-seals it at its next write).
   */
  openText(stored: string, context: string): string;
}

const TEXT_PREFIX = 'sb1:';
const META_KEY = 'secret_key';

/** Whether a stored text is sealed (or still the clear value written before sealing existed). */
export const isSealedText = (stored: string) => stored.startsWith(TEXT_PREFIX);

async function databaseKey(db: Db): Promise<Buffer> {
  const now = new Date().toISOString();
  await db
    .insertInto('instance_meta')
    .values({ key: META_KEY, value: randomBytes(KEY_BYTES).toString('base64'), updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('instance_meta')
    .select('value')
    .where('key', '=', META_KEY)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64');
}

/** A box that seals with `primary` and opens with the first key that opens the value. */
export function keyringBox(primary: Buffer, others: Buffer[]): SecretBox {
  const boxes = [primary, ...others].map(secretBox);
  const [main] = boxes as [SecretBox];
  return {
    seal: (plain, context) => main.seal(plain, context),
    open(sealed, context) {
      let last: unknown;
      for (const box of boxes) {
        try {
          return box.open(sealed, context);
        } catch (error) {
          last = error;
        }
      }
      throw last;
    },
  };
}

/** The instance's secrets, from `HYGIE_SECRET_KEY` or else the key kept in the (migrated) database. */
export async function loadAppSecrets(db: Db, envKey: Buffer | undefined): Promise<AppSecrets> {
  const stored = await databaseKey(db);
  const box = envKey ? keyringBox(envKey, [stored]) : keyringBox(stored, []);
  return {
    box,
    source: envKey ? 'env' : 'database',
    sealText: (plain, context) => TEXT_PREFIX + box.seal(Buffer.from(plain, 'utf8'), context).toString('base64'),
    openText: (value, context) =>
      isSealedText(value)
        ? box.open(Buffer.from(value.slice(TEXT_PREFIX.length), 'base64'), context).toString('utf8')
        : value,
  };
}
