import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { appendJournal } from './journal.repository.ts';
import { chainEntry, GENESIS_HASH, type JournalEntry, type JournalEntryDraft } from './journal.ts';
import type { JournalRow } from './journal-row.ts';
import { toRow } from './journal-row.ts';

/** Draft n° `n` of a test journal, on 29/11/2026 in Paris. */
export function draft(n: number, overrides: Partial<JournalEntryDraft> = {}): JournalEntryDraft {
  return {
    practiceId: 'practice-1',
    id: `entry-${n}`,
    at: `2026-11-29T10:${String(n).padStart(2, '0')}:00.000Z`,
    actorType: 'user',
    actorId: 'user-1',
    actorLabel: 'Dr Martin (titulaire)',
    action: 'auth.login',
    subjectType: 'user',
    subjectId: 'user-1',
    summary: `Connexion n° ${n}.`,
    data: { method: 'password', detail: { n, tags: ['a', 'b'] } },
    ...overrides,
  };
}

/** A journal of `count` entries chained with `chainEntry`. */
export function buildChain(count: number): JournalEntry[] {
  const chain: JournalEntry[] = [];
  for (let n = 1; n <= count; n++) chain.push(chainEntry(draft(n), chain.at(-1) ?? null));
  return chain;
}

/** The row SQLite would return for an entry: `data` as JSON text, here with extra spaces. */
export function sqliteRow(entry: JournalEntry): JournalRow {
  return { ...toRow(entry), data: JSON.stringify(entry.data, null, 2) };
}

function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

/** The row PostgreSQL might return: `seq` as text, `at` as a Date, `data` parsed with another key order. */
export function postgresRow(entry: JournalEntry): JournalRow {
  return {
    ...sqliteRow(entry),
    seq: String(entry.seq),
    at: new Date(entry.at),
    data: reversedKeys(entry.data) as Record<string, unknown>,
  };
}

/**
 * Gives `practiceId` a journal from before a move, as `hygie practice import` keeps it: an archived
 * chain of `count` entries written for `sourcePracticeId`, and a live journal opened by
 * `practice.imported` recording its head hash (`linkedHash` to record another one).
 */
export async function insertArchivedJournal(
  db: Db,
  practiceId: string,
  options: { count: number; sourcePracticeId?: string; linkedHash?: string; at: Date },
): Promise<{ id: string; entries: JournalEntry[] }> {
  const sourcePracticeId = options.sourcePracticeId ?? randomUUID();
  const entries: JournalEntry[] = [];
  for (let n = 1; n <= options.count; n++) {
    entries.push(chainEntry(draft(n, { practiceId: sourcePracticeId, id: randomUUID() }), entries.at(-1) ?? null));
  }
  const headHash = entries.at(-1)?.hash ?? GENESIS_HASH;
  const id = randomUUID();
  await db
    .insertInto('journal_archives')
    .values({
      id,
      practice_id: practiceId,
      position: 1,
      source_practice_id: sourcePracticeId,
      source_practice_name: 'Cabinet des Tilleuls (ancienne installation)',
      archived_at: options.at.toISOString(),
      entry_count: entries.length,
      head_hash: headHash,
      entries: JSON.stringify(entries),
    })
    .execute();
  await appendJournal(
    db,
    practiceId,
    {
      actor: { type: 'admin', id: null, label: 'Administrateur de l’instance' },
      action: 'practice.imported',
      subject: { type: 'practice', id: practiceId },
      summary: 'Cabinet importé d’une autre installation de Hygie.',
      data: {
        sourcePracticeId,
        exportedAt: '2026-11-30T09:00:00.000Z',
        headHash: options.linkedHash ?? headHash,
        entries: entries.length,
        archivedChains: 1,
      },
    },
    options.at,
  );
  return { id, entries };
}

/** Rewrites one archived entry's summary in the stored text, as someone editing the database would. */
export async function tamperArchivedJournal(db: Db, practiceId: string, seq: number): Promise<void> {
  const row = await db
    .selectFrom('journal_archives')
    .select('entries')
    .where('practice_id', '=', practiceId)
    .executeTakeFirstOrThrow();
  const entries = JSON.parse(row.entries) as JournalEntry[];
  const target = entries[seq - 1];
  if (!target) throw new Error(`no archived entry n° ${seq}`);
  target.summary = 'Connexion réécrite après coup.';
  await db
    .updateTable('journal_archives')
    .set({ entries: JSON.stringify(entries) })
    .where('practice_id', '=', practiceId)
    .execute();
}
