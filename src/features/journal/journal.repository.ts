import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { isPostgres } from '../../db/dialect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { chainEntry, fromRow, type JournalEntry, verifyChain } from './journal.ts';
import { type JournalEvent, parseEventData } from './journal-events.ts';
import { toRow } from './journal-row.ts';

export interface JournalActor {
  type: 'user' | 'token' | 'system' | 'admin';
  id: string | null;
  label: string;
}

/** What a change records: who, which typed event (action + data), about what, in one French sentence. */
export type JournalDraft = {
  actor: JournalActor;
  subject?: { type: string; id: string };
  summary: string;
} & JournalEvent;

/**
 * Appends an entry to the practice's chain. Call it with the transaction of the change it
 * records (alone, it opens its own). On PostgreSQL the practice row is locked (FOR NO KEY UPDATE) so concurrent writers queue instead of
 * forking the chain; SQLite transactions are already serialised. (practice_id, seq) is the
 * primary key, so a fork could not be stored anyway.
 */
export async function appendJournal(db: Db, practiceId: string, draft: JournalDraft, now: Date): Promise<JournalEntry> {
  const event = parseEventData(draft.action, draft.data);
  if (!event.ok) throw new Error(`journal event ${draft.action} has invalid data`);
  // Reading the head and inserting after it must be one unit, even when the caller has no transaction.
  return withTransaction(db, (trx) =>
    appendInTransaction(trx, practiceId, draft, event.event.data as Record<string, unknown>, now),
  );
}

async function appendInTransaction(
  db: Db,
  practiceId: string,
  draft: JournalDraft,
  data: Record<string, unknown>,
  now: Date,
): Promise<JournalEntry> {
  if (isPostgres(db)) {
    // FOR NO KEY UPDATE, not FOR UPDATE: the change being journaled often inserted a row that
    // references the practice, which holds a KEY SHARE lock on it; FOR UPDATE would wait for the
    // other writers' KEY SHARE while they wait for ours (a deadlock). This one still queues writers.
    await db.selectFrom('practices').select('id').where('id', '=', practiceId).forNoKeyUpdate().execute();
  }
  const previous = await db
    .selectFrom('journal_entries')
    .select(['seq', 'hash'])
    .where('practice_id', '=', practiceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const entry = chainEntry(
    {
      practiceId,
      id: randomUUID(),
      at: now.toISOString(),
      actorType: draft.actor.type,
      actorId: draft.actor.id,
      actorLabel: draft.actor.label,
      action: draft.action,
      subjectType: draft.subject?.type ?? null,
      subjectId: draft.subject?.id ?? null,
      summary: draft.summary,
      data,
    },
    previous ? { seq: Number(previous.seq), hash: previous.hash } : null,
  );
  await db.insertInto('journal_entries').values(toRow(entry)).execute();
  return entry;
}

export interface JournalFilters {
  from?: string;
  to?: string;
  action?: string;
  actorId?: string;
  beforeSeq?: number;
  limit?: number;
}

/** Newest first, filtered; every query is scoped to the practice. */
export async function listJournal(db: Db, practiceId: string, filters: JournalFilters = {}): Promise<JournalEntry[]> {
  let query = db.selectFrom('journal_entries').selectAll().where('practice_id', '=', practiceId);
  if (filters.from) query = query.where('at', '>=', filters.from);
  if (filters.to) query = query.where('at', '<', filters.to);
  if (filters.action) query = query.where('action', '=', filters.action);
  if (filters.actorId) query = query.where('actor_id', '=', filters.actorId);
  if (filters.beforeSeq) query = query.where('seq', '<', filters.beforeSeq);
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(filters.limit ?? 100)
    .execute();
  return rows.map(fromRow);
}

export async function journalHead(db: Db, practiceId: string): Promise<{ seq: number; hash: string } | null> {
  const row = await db
    .selectFrom('journal_entries')
    .select(['seq', 'hash'])
    .where('practice_id', '=', practiceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

/** The practice's whole chain, in order from n° 1. */
export async function journalChain(db: Db, practiceId: string): Promise<JournalEntry[]> {
  const rows = await db
    .selectFrom('journal_entries')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('seq', 'asc')
    .execute();
  return rows.map(fromRow);
}

/** Reads the whole chain in order and checks every link. */
export async function verifyJournal(db: Db, practiceId: string) {
  return verifyChain(await journalChain(db, practiceId));
}

/**
 * When the practice's journal last recorded one of `actions` (ISO instant), or null. Takes plain
 * strings so that a reader may look for an action another feature will define later.
 * @example await latestEntryAt(db, practiceId, ['yearly_review.completed']) // '2026-12-07T10:00:00.000Z'
 */
export async function latestEntryAt(db: Db, practiceId: string, actions: readonly string[]): Promise<string | null> {
  if (actions.length === 0) return null;
  const row = await db
    .selectFrom('journal_entries')
    .select('at')
    .where('practice_id', '=', practiceId)
    .where('action', 'in', [...actions])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at ?? null;
}

/** When the practice's journal began (its first entry, ISO instant), or null when it is empty. */
export async function firstEntryAt(db: Db, practiceId: string): Promise<string | null> {
  const row = await db
    .selectFrom('journal_entries')
    .select('at')
    .where('practice_id', '=', practiceId)
    .orderBy('seq', 'asc')
    .limit(1)
    .executeTakeFirst();
  return row?.at ?? null;
}
