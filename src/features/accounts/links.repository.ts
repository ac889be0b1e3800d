import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import type { Role } from './roles.ts';
import { hashSecret, newSecret } from './secrets.ts';

export type LinkKind = 'invitation' | 'password_reset';

export interface OneTimeLink {
  id: string;
  practiceId: string;
  kind: LinkKind;
  email: string;
  role: Role | null;
  userId: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export const LINK_TTL_HOURS: Record<LinkKind, number> = { invitation: 72, password_reset: 24 };

/** Creates an invitation or reset link; the clear token is returned once, only its hash is kept. */
export async function createLink(
  db: Db,
  input: { practiceId: string; kind: LinkKind; email: string; role?: Role; userId?: string; createdBy?: string },
  now: Date,
): Promise<{ token: string; link: OneTimeLink }> {
  const token = newSecret();
  const link: OneTimeLink = {
    id: randomUUID(),
    practiceId: input.practiceId,
    kind: input.kind,
    email: input.email.toLowerCase(),
    role: input.role ?? null,
    userId: input.userId ?? null,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + LINK_TTL_HOURS[input.kind] * 3_600_000).toISOString(),
    usedAt: null,
  };
  await db
    .insertInto('one_time_links')
    .values({
      id: link.id,
      practice_id: link.practiceId,
      kind: link.kind,
      token_hash: hashSecret(token),
      email: link.email,
      role: link.role,
      user_id: link.userId,
      created_by: input.createdBy ?? null,
      created_at: link.createdAt,
      expires_at: link.expiresAt,
      used_at: null,
    })
    .execute();
  return { token, link };
}

/**
 * Consumes a link once: returns it and marks it used, or null when unknown, of another kind,
 * expired or already used. The update is conditional, so two concurrent uses cannot both win.
 */
export async function consumeLink(db: Db, token: string, kind: LinkKind, now: Date): Promise<OneTimeLink | null> {
  const row = await db
    .selectFrom('one_time_links')
    .selectAll()
    .where('token_hash', '=', hashSecret(token))
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!row || row.used_at || now >= new Date(row.expires_at)) return null;
  const result = await db
    .updateTable('one_time_links')
    .set({ used_at: now.toISOString() })
    .where('id', '=', row.id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  return {
    id: row.id,
    practiceId: row.practice_id,
    kind: row.kind as LinkKind,
    email: row.email,
    role: row.role as Role | null,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: now.toISOString(),
  };
}

/** Pending invitations of a practice (not used, not expired), newest first. */
export async function listPendingInvitations(db: Db, practiceId: string, now: Date) {
  return db
    .selectFrom('one_time_links')
    .select(['id', 'email', 'role', 'created_at', 'expires_at'])
    .where('practice_id', '=', practiceId)
    .where('kind', '=', 'invitation')
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .orderBy('created_at', 'desc')
    .execute();
}

/** Cancels a pending invitation of this practice; null when there is none with that id. */
export async function cancelInvitation(db: Db, practiceId: string, id: string, now: Date) {
  const row = await db
    .selectFrom('one_time_links')
    .select(['email', 'role'])
    .where('id', '=', id)
    .where('practice_id', '=', practiceId)
    .where('kind', '=', 'invitation')
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  await db
    .updateTable('one_time_links')
    .set({ used_at: now.toISOString(), expires_at: now.toISOString() })
    .where('id', '=', id)
    .where('practice_id', '=', practiceId)
    .execute();
  return { email: row.email, role: (row.role ?? 'secretary') as Role };
}

/** The address a person opens to use a link (the web page comes with the web shell). */
export function linkUrl(publicBase: string, kind: LinkKind, token: string): string {
  const path = kind === 'invitation' ? 'invitation' : 'reinitialisation';
  return `${publicBase.replace(/\/$/, '')}/${path}#${token}`;
}

/** Voids a user's unused links of one kind (an older reset link must not outlive a newer reset). */
export async function voidUserLinks(db: Db, userId: string, kind: LinkKind, now: Date): Promise<void> {
  await db
    .updateTable('one_time_links')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('used_at', 'is', null)
    .execute();
}
