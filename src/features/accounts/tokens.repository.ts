import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { preparedQuery } from '../../db/prepared.ts';
import type { Role } from './roles.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const TOKEN_PREFIX = 'hyg_';

export interface TokenUser {
  tokenId: string;
  userId: string;
  practiceId: string;
  role: Role;
  name: string;
  email: string;
  mfaEnrolmentRequired: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Creates a token with its owner's rights; the clear value is returned once and never stored. */
export async function createToken(
  db: Db,
  input: { userId: string; practiceId: string; name: string; expiresAt: Date },
  now: Date,
): Promise<{ token: string; record: ApiToken }> {
  const token = newSecret(TOKEN_PREFIX);
  const record = {
    id: randomUUID(),
    practice_id: input.practiceId,
    user_id: input.userId,
    name: input.name,
    token_hash: hashSecret(token),
    prefix: token.slice(0, TOKEN_PREFIX.length + 6),
    created_at: now.toISOString(),
    expires_at: input.expiresAt.toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('api_tokens').values(record).execute();
  return { token, record: toApiToken(record) };
}

function toApiToken(row: {
  id: string;
  name: string;
  prefix: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Every request with a bearer token makes this query: built once (`preparedQuery`). */
const tokenUserByHash = preparedQuery('token_user_by_hash', (db, p) =>
  db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .innerJoin('practices as p', 'p.id', 'u.practice_id')
    .select(['t.id', 't.user_id', 't.practice_id', 't.expires_at', 't.revoked_at', 't.last_used_at'])
    .select(['u.role', 'u.name', 'u.email', 'u.status as user_status', 'u.mfa_secret', 'p.status as practice_status'])
    .select('p.mfa_required')
    .where('t.token_hash', '=', p('hash')),
);

/** The user behind a bearer token, or null when unknown, revoked, expired, or its user is off. */
export async function findTokenUser(db: Db, token: string, now: Date): Promise<TokenUser | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  const [row] = await tokenUserByHash(db, { hash: hashSecret(token) });
  if (!row || row.revoked_at || now >= new Date(row.expires_at)) return null;
  if (row.user_status !== 'active' || row.practice_status !== 'active') return null;
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
  }
  return {
    tokenId: row.id,
    userId: row.user_id,
    practiceId: row.practice_id,
    role: row.role as Role,
    name: row.name,
    email: row.email,
    mfaEnrolmentRequired: row.mfa_required === 1 && row.mfa_secret === null,
  };
}

export async function listTokens(db: Db, practiceId: string, userId: string): Promise<ApiToken[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'prefix', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .where('practice_id', '=', practiceId)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toApiToken);
}

/** Revokes one of the user's own tokens; null when it is not theirs (the route answers 404). */
export async function revokeToken(db: Db, practiceId: string, userId: string, tokenId: string, now: Date) {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'revoked_at'])
    .where('id', '=', tokenId)
    .where('practice_id', '=', practiceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  if (!row.revoked_at) {
    await db.updateTable('api_tokens').set({ revoked_at: now.toISOString() }).where('id', '=', row.id).execute();
  }
  return { id: row.id, name: row.name };
}

/** Revokes every live token of a user (password reset: a leaked token must stop working too). */
export async function revokeUserTokens(db: Db, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
