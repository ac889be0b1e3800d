import type { Db } from '../../db/connect.ts';
import { clearMfa } from '../mfa/mfa.repository.ts';
import { voidUserLinks } from './links.repository.ts';
import { deleteUserSessions } from './sessions.repository.ts';
import { revokeUserTokens } from './tokens.repository.ts';

/**
 * Everything that lets a person in, cut at once: sessions, API tokens, pending reset links and the
 * second factor with its recovery codes. Used by the owner's reset and by `hygie user reset`.
 */
export async function revokeAccess(db: Db, practiceId: string, userId: string, now: Date): Promise<void> {
  await deleteUserSessions(db, userId);
  await revokeUserTokens(db, userId, now);
  await voidUserLinks(db, userId, 'password_reset', now);
  await clearMfa(db, practiceId, userId, now);
}
