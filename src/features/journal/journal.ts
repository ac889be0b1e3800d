import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import { canonicalInstant } from './instant.ts';
import { breakMessage, type ChainBreakReason } from './journal-messages.ts';

import type { HashedFields, JournalEntry, JournalEntryDraft } from './journal-types.ts';

export { CanonicalJsonError, canonicalJson } from './canonical-json.ts';
export type { ChainBreakReason } from './journal-messages.ts';
export { fromRow, type JournalRow } from './journal-row.ts';
export type { HashedFields, JournalActorType, JournalEntry, JournalEntryDraft } from './journal-types.ts';

/** The `prevHash` of entry n° 1 of every practice: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

const HEX64 = /^[0-9a-f]{64}$/;

function text(value: unknown, field: string, nullable = false): string | null {
  if (typeof value === 'string' || (nullable && value === null)) return value;
  throw new TypeError(`${field} must be a string${nullable ? ' or null' : ''}`);
}

/**
 * The canonical serialisation of an entry's values: `canonicalJson` of the array
 * `[practiceId, seq, id, at, actorType, actorId, actorLabel, action, subjectType, subjectId, summary, data]`,
 * `at` normalised to `YYYY-MM-DDTHH:mm:ss.sssZ`, `data` with sorted keys. Throws when a value has the
 * wrong type (e.g. `seq` not a positive integer, `data` not a plain object, `at` not an instant).
 * @example entryPayload(e) // '["p1",1,"e1","2026-11-29T10:15:00.000Z","user","u1","Dr Martin (titulaire)","auth.login",null,null,"Connexion.",{"method":"password"}]'
 */
export function entryPayload(entry: HashedFields): string {
  if (entry.unreadable?.length) throw new TypeError(`unreadable values: ${entry.unreadable.join(', ')}`);
  if (!Number.isSafeInteger(entry.seq) || entry.seq < 1) throw new TypeError('seq must be a positive integer');
  const { data } = entry;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new TypeError('data must be an object');
  return canonicalJson([
    text(entry.practiceId, 'practiceId'),
    entry.seq,
    text(entry.id, 'id'),
    canonicalInstant(entry.at),
    text(entry.actorType, 'actorType'),
    text(entry.actorId, 'actorId', true),
    text(entry.actorLabel, 'actorLabel'),
    text(entry.action, 'action'),
    text(entry.subjectType, 'subjectType', true),
    text(entry.subjectId, 'subjectId', true),
    text(entry.summary, 'summary'),
    data,
  ]);
}

/**
 * The entry's hash: lowercase hex SHA-256 of the UTF-8 bytes of `entryPayload(entry) + prevHash`
 * (the payload always ends with `]`, `prevHash` is 64 lowercase hex digits, so the input is unambiguous).
 * Throws on a malformed `prevHash` or on values `entryPayload` rejects.
 */
export function computeHash(entry: HashedFields, prevHash: string): string {
  if (!HEX64.test(prevHash)) throw new TypeError('prevHash must be 64 lowercase hex digits');
  return createHash('sha256')
    .update(entryPayload(entry) + prevHash, 'utf8')
    .digest('hex');
}

/**
 * Chains a draft after `previous` (null for the practice's first entry): fills `seq`, `prevHash`
 * and `hash`, and returns `at` and `data` in the canonical form that was hashed, so the stored row
 * verifies after any database round trip.
 */
export function chainEntry(draft: JournalEntryDraft, previous: { seq: number; hash: string } | null): JournalEntry {
  // Fields are copied one by one so that nothing else a caller passes ends up in the entry.
  const body: HashedFields = {
    practiceId: draft.practiceId,
    seq: previous === null ? 1 : previous.seq + 1,
    id: draft.id,
    at: canonicalInstant(draft.at),
    actorType: draft.actorType,
    actorId: draft.actorId,
    actorLabel: draft.actorLabel,
    action: draft.action,
    subjectType: draft.subjectType,
    subjectId: draft.subjectId,
    summary: draft.summary,
    data: JSON.parse(canonicalJson(draft.data)) as Record<string, unknown>,
  };
  const prevHash = previous === null ? GENESIS_HASH : previous.hash;
  return { ...body, prevHash, hash: computeHash(body, prevHash) };
}

/** The result of {@link verifyChain}; `count` is the number of entries given. */
export type ChainVerification =
  | { intact: true; count: number; headHash: string }
  | {
      intact: false;
      count: number;
      brokenAt: { seq: number; id: string; reason: ChainBreakReason };
      /** Plain French, e.g. "L’entrée n° 12 du 29/11/2026 a été modifiée après son enregistrement." */
      message: string;
    };

function check(entry: JournalEntry, seq: number, prevHash: string): ChainBreakReason | null {
  if (entry.unreadable?.includes('seq') || !Number.isSafeInteger(entry.seq) || entry.seq < 1) return 'bad_data';
  if (entry.seq !== seq) return 'seq_gap';
  let hash: string;
  try {
    hash = computeHash(entry, prevHash);
  } catch {
    return 'bad_data';
  }
  if (entry.prevHash !== prevHash) return 'prev_hash_mismatch';
  return entry.hash === hash ? null : 'hash_mismatch';
}

/**
 * Verifies one practice's journal, given in `seq` order from n° 1: numbering without gaps, each
 * `prevHash` equal to the previous `hash` (GENESIS_HASH for n° 1), each `hash` recomputed. Stops at
 * the first break; `brokenAt.seq` is the number expected at that position, `brokenAt.id` the id of
 * the entry found there. An empty journal is intact with head GENESIS_HASH. Entries removed from the
 * end cannot be seen here: compare `headHash` and `count` with a printed or exported copy.
 */
export function verifyChain(entries: readonly JournalEntry[]): ChainVerification {
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const seq = index + 1;
    const reason = check(entry, seq, prevHash);
    if (reason !== null) {
      const message = breakMessage(reason, { seq, at: entry.at, found: entry.seq });
      return { intact: false, count: entries.length, brokenAt: { seq, id: String(entry.id), reason }, message };
    }
    prevHash = entry.hash;
  }
  return { intact: true, count: entries.length, headHash: prevHash };
}
