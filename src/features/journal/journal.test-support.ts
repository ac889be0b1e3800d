import { chainEntry, type JournalEntry, type JournalEntryDraft } from './journal.ts';
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
