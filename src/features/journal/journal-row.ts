import { canonicalInstant } from './instant.ts';
import type { JournalActorType, JournalEntry } from './journal-types.ts';

/**
 * A `journal_entries` row as a driver returns it: SQLite gives `seq` as a number and `data` as text;
 * PostgreSQL may give `seq` as a string (bigint), `at` as a Date and `data` as an object (json/jsonb).
 */
export interface JournalRow {
  practice_id: string;
  seq: number | string | bigint;
  id: string;
  at: string | Date;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  summary: string;
  data: string | Record<string, unknown> | null;
  prev_hash: string;
  hash: string;
}

function readSeq(raw: unknown): number | undefined {
  let seq: number;
  if (typeof raw === 'number') seq = raw;
  else if (typeof raw === 'bigint') seq = Number(raw);
  else if (typeof raw === 'string' && /^[1-9]\d*$/.test(raw)) seq = Number(raw);
  else return undefined;
  return Number.isSafeInteger(seq) && seq >= 1 ? seq : undefined;
}

function readData(raw: unknown): Record<string, unknown> | undefined {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null ? (value as Record<string, unknown>) : undefined;
}

function readAt(raw: unknown): string | undefined {
  try {
    return canonicalInstant(raw as string | Date);
  } catch {
    return undefined;
  }
}

/**
 * Maps a raw row to a {@link JournalEntry} in canonical form: `seq` a number, `at` the ISO text
 * `YYYY-MM-DDTHH:mm:ss.sssZ`, `data` parsed from its JSON text (its whitespace and key order do not
 * matter: the hash is computed on the canonical form). Never throws: a value that cannot be read is
 * replaced by a placeholder (`0`, the raw text, `{}`, `''`) and named in `unreadable`, so that
 * `verifyChain` reports the entry instead of the whole check failing.
 */
export function fromRow(row: JournalRow): JournalEntry {
  const unreadable: (keyof JournalEntry)[] = [];
  const str = (value: unknown, field: keyof JournalEntry): string => {
    if (typeof value === 'string') return value;
    unreadable.push(field);
    return '';
  };
  const strOrNull = (value: unknown, field: keyof JournalEntry): string | null =>
    value === null || value === undefined ? null : str(value, field);
  const seq = readSeq(row.seq);
  const at = readAt(row.at);
  const data = readData(row.data);
  if (seq === undefined) unreadable.push('seq');
  if (at === undefined) unreadable.push('at');
  if (data === undefined) unreadable.push('data');
  const entry: JournalEntry = {
    practiceId: str(row.practice_id, 'practiceId'),
    seq: seq ?? 0,
    id: str(row.id, 'id'),
    at: at ?? String(row.at),
    actorType: str(row.actor_type, 'actorType') as JournalActorType,
    actorId: strOrNull(row.actor_id, 'actorId'),
    actorLabel: str(row.actor_label, 'actorLabel'),
    action: str(row.action, 'action'),
    subjectType: strOrNull(row.subject_type, 'subjectType'),
    subjectId: strOrNull(row.subject_id, 'subjectId'),
    summary: str(row.summary, 'summary'),
    data: data ?? {},
    prevHash: str(row.prev_hash, 'prevHash'),
    hash: str(row.hash, 'hash'),
  };
  return unreadable.length > 0 ? { ...entry, unreadable } : entry;
}

/** The row to store for an entry (`data` as JSON text): what `appendJournal` inserts. */
export function toRow(entry: JournalEntry) {
  return {
    practice_id: entry.practiceId,
    seq: entry.seq,
    id: entry.id,
    at: entry.at,
    actor_type: entry.actorType,
    actor_id: entry.actorId,
    actor_label: entry.actorLabel,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId,
    summary: entry.summary,
    data: JSON.stringify(entry.data),
    prev_hash: entry.prevHash,
    hash: entry.hash,
  };
}
