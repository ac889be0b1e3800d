import { randomInt } from 'node:crypto';
import { type Config, isLoopbackHost, trustsProxy } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { hashSecret, safeEqual } from '../accounts/secrets.ts';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * On the practice's own computer (loopback, no proxy) the first-run wizard opens directly. A server
 * reachable from the network asks for a one-time code printed in its log, so that whoever reaches a
 * freshly exposed instance first cannot take it over.
 */
export function setupCodeRequired(config: Pick<Config, 'host' | 'trustProxy'>): boolean {
  return !isLoopbackHost(config.host) || trustsProxy(config);
}

export async function isSetupNeeded(db: Db): Promise<boolean> {
  const row = await db.selectFrom('practices').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** A new code like "K7QM-2XPD-9RTA"; only its hash is stored, so every instance of a host accepts it. */
export async function issueSetupCode(db: Db, now: Date): Promise<string> {
  const raw = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const code = `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
  const values = { value: hashSecret(code), updated_at: now.toISOString() };
  await db
    .insertInto('instance_meta')
    .values({ key: 'setup_code_hash', ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
  return code;
}

export async function checkSetupCode(db: Db, input: string | undefined): Promise<boolean> {
  if (!input) return false;
  const row = await db
    .selectFrom('instance_meta')
    .select('value')
    .where('key', '=', 'setup_code_hash')
    .executeTakeFirst();
  const normalized = input.trim().toUpperCase().replace(/\s/g, '');
  return row !== undefined && safeEqual(hashSecret(normalized), row.value);
}
