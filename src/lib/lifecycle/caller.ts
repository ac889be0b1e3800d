import type { Db } from '../../db/connect.ts';
import { actorOf } from '../../features/accounts/actor.ts';
import type { AuthContext } from '../../features/accounts/auth.plugin.ts';
import type { Role } from '../../features/accounts/roles.ts';
import { appendJournal, type JournalActor, type JournalDraft } from '../../features/journal/journal.repository.ts';

/**
 * Who changes an incident or a breach: the practice, the user and role, the name shown on an
 * incident's timeline, the journal's actor. Server side (the web pages import lifecycle.ts only).
 */
export interface Caller {
  practiceId: string;
  userId: string;
  name: string;
  role: Role;
  actor: JournalActor;
}

/** The caller of an authenticated route. */
export const callerOf = (auth: AuthContext): Caller => ({
  practiceId: auth.practiceId,
  userId: auth.userId,
  name: auth.name,
  role: auth.role,
  actor: actorOf(auth),
});

/** The caller as the author of an event on an incident's timeline. */
export const timelineAuthor = (caller: Caller) => ({ id: caller.userId, name: caller.name });

type WithoutActor<D> = D extends unknown ? Omit<D, 'actor' | 'subject'> : never;
/** A journal entry about a known subject by a known actor: its action, data and summary. */
export type SubjectEntry = WithoutActor<JournalDraft>;

/**
 * Journals entries by `caller` about one subject (an incident, a breach, a contact), with the
 * transaction `db` of the change they record.
 */
export function journalAbout(db: Db, caller: Caller, subject: { type: string; id: string }, now: Date) {
  return (entry: SubjectEntry) =>
    appendJournal(db, caller.practiceId, { ...entry, actor: caller.actor, subject } as JournalDraft, now);
}
