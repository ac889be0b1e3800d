import type { JournalActor } from '../journal/journal.repository.ts';
import { type AuthContext, actorLabel } from './auth.plugin.ts';

/** The journal's name for the caller of a route. */
export function actorOf(auth: AuthContext): JournalActor {
  return { type: auth.via === 'token' ? 'token' : 'user', id: auth.userId, label: actorLabel(auth) };
}
