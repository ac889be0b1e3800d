import { describe, expect, it } from 'vitest';
import { buildChain, postgresRow, sqliteRow } from './journal.test-support.ts';
import { chainEntry, fromRow, GENESIS_HASH, type JournalEntry, verifyChain } from './journal.ts';

describe('verifying a chain', () => {
  const chain = buildChain(5);
  const broken = (entries: JournalEntry[]) => {
    const result = verifyChain(entries);
    if (result.intact) throw new Error('expected a broken chain');
    return result;
  };

  it('finds a chain of 5 intact, with the last hash as head', () => {
    expect(verifyChain(chain)).toEqual({ intact: true, count: 5, headHash: chain[4]!.hash });
    expect(new Set(chain.map((e) => e.hash)).size).toBe(5);
  });

  it('finds it intact after a round trip through SQLite and PostgreSQL rows', () => {
    expect(verifyChain(chain.map((e) => fromRow(sqliteRow(e))))).toMatchObject({ intact: true, count: 5 });
    expect(verifyChain(chain.map((e) => fromRow(postgresRow(e))))).toMatchObject({ intact: true, count: 5 });
  });

  it('finds an empty journal intact, with the genesis hash as head', () => {
    expect(verifyChain([])).toEqual({ intact: true, count: 0, headHash: GENESIS_HASH });
  });

  it.each<[string, Partial<JournalEntry> | Record<string, unknown>, string]>([
    ['summary', { summary: 'Connexion n° 3 !' }, 'hash_mismatch'],
    ['at', { at: '2026-11-29T10:03:00.001Z' }, 'hash_mismatch'],
    ['actorLabel', { actorLabel: 'Mme Durand (secrétaire)' }, 'hash_mismatch'],
    ['actorId', { actorId: null }, 'hash_mismatch'],
    ['actorType', { actorType: 'admin' }, 'hash_mismatch'],
    ['data', { data: { method: 'token', detail: { n: 3, tags: ['a', 'b'] } } }, 'hash_mismatch'],
    ['data (nested)', { data: { method: 'password', detail: { n: 3, tags: ['b', 'a'] } } }, 'hash_mismatch'],
    ['action', { action: 'auth.logout' }, 'hash_mismatch'],
    ['subjectId', { subjectId: 'user-2' }, 'hash_mismatch'],
    ['practiceId', { practiceId: 'practice-2' }, 'hash_mismatch'],
    ['id', { id: 'entry-33' }, 'hash_mismatch'],
    ['hash', { hash: 'f'.repeat(64) }, 'hash_mismatch'],
    ['seq', { seq: 30 }, 'seq_gap'],
    ['seq (duplicate)', { seq: 2 }, 'seq_gap'],
    ['prevHash', { prevHash: GENESIS_HASH }, 'prev_hash_mismatch'],
    ['at (unreadable)', { at: 'hier' }, 'bad_data'],
    ['data (not an object)', { data: [1, 2] }, 'bad_data'],
    ['seq (not an integer)', { seq: 2.5 }, 'bad_data'],
    ['unreadable values', { unreadable: ['data'] }, 'bad_data'],
  ])('reports entry 3 when its %s is altered', (_field, change, reason) => {
    const altered = chain.map((e) => (e.seq === 3 ? ({ ...e, ...change } as JournalEntry) : e));
    expect(broken(altered)).toMatchObject({ count: 5, brokenAt: { seq: 3, id: altered[2]!.id, reason } });
  });

  it('reports the next entry when entry 3 is altered and rehashed', () => {
    const rehashed = chainEntry({ ...chain[2]!, summary: 'Réécrite.' }, chain[1]!);
    expect(broken([...chain.slice(0, 2), rehashed, ...chain.slice(3)]).brokenAt).toEqual({
      seq: 4,
      id: 'entry-4',
      reason: 'prev_hash_mismatch',
    });
  });

  it.each<[string, () => JournalEntry[], { seq: number; id: string; reason: string }]>([
    ['entry 3 removed', () => chain.filter((e) => e.seq !== 3), { seq: 3, id: 'entry-4', reason: 'seq_gap' }],
    ['entry 1 removed', () => chain.slice(1), { seq: 1, id: 'entry-2', reason: 'seq_gap' }],
    [
      'entries 3 and 4 swapped',
      () => [chain[0]!, chain[1]!, chain[3]!, chain[2]!, chain[4]!],
      { seq: 3, id: 'entry-4', reason: 'seq_gap' },
    ],
    [
      'entries 3 and 4 swapped and renumbered',
      () => [chain[0]!, chain[1]!, { ...chain[3]!, seq: 3 }, { ...chain[2]!, seq: 4 }, chain[4]!],
      { seq: 3, id: 'entry-4', reason: 'prev_hash_mismatch' },
    ],
    [
      'entry 3 duplicated',
      () => [...chain.slice(0, 3), chain[2]!, ...chain.slice(3)],
      { seq: 4, id: 'entry-3', reason: 'seq_gap' },
    ],
    [
      'a chain from another start',
      () => buildChain(5).map((e) => ({ ...e, prevHash: e.seq === 1 ? 'a'.repeat(64) : e.prevHash })),
      { seq: 1, id: 'entry-1', reason: 'prev_hash_mismatch' },
    ],
  ])('reports %s', (_name, entries, brokenAt) => {
    expect(broken(entries()).brokenAt).toEqual(brokenAt);
  });

  it.each<[string, (chain: JournalEntry[]) => JournalEntry[], string]>([
    [
      'an altered entry',
      (c) => c.map((e) => (e.seq === 3 ? { ...e, summary: 'x' } : e)),
      'L’entrée n° 3 du 29/11/2026 a été modifiée après son enregistrement.',
    ],
    [
      'a Paris date',
      (c) => c.map((e) => (e.seq === 3 ? { ...e, at: '2026-11-29T23:30:00.000Z' } : e)),
      'L’entrée n° 3 du 30/11/2026 a été modifiée après son enregistrement.',
    ],
    [
      'a broken link',
      (c) => c.map((e) => (e.seq === 3 ? { ...e, prevHash: 'a'.repeat(64) } : e)),
      'L’entrée n° 3 du 29/11/2026 n’est plus reliée à l’entrée précédente : une entrée antérieure a été modifiée, supprimée ou remplacée.',
    ],
    [
      'a broken start',
      (c) => c.map((e) => (e.seq === 1 ? { ...e, prevHash: 'a'.repeat(64) } : e)),
      'L’entrée n° 1 du 29/11/2026 ne correspond pas au début du journal : le journal a été modifié.',
    ],
    [
      'a gap',
      (c) => c.filter((e) => e.seq !== 3),
      'Après l’entrée n° 2, le journal passe à l’entrée n° 4 au lieu de l’entrée n° 3 : des entrées ont été supprimées ou déplacées.',
    ],
    [
      'a missing start',
      (c) => c.slice(2),
      'Le journal commence par l’entrée n° 3 au lieu de l’entrée n° 1 : des entrées ont été supprimées ou déplacées.',
    ],
    [
      'unreadable data',
      (c) => c.map((e) => (e.seq === 3 ? { ...e, unreadable: ['data'] } : e)),
      'L’entrée n° 3 du 29/11/2026 est illisible : ses données sont endommagées ou incomplètes.',
    ],
    [
      'an unreadable date',
      (c) => c.map((e) => (e.seq === 3 ? { ...e, at: 'hier' } : e)),
      'L’entrée n° 3 est illisible : ses données sont endommagées ou incomplètes.',
    ],
  ])('explains %s in French', (_name, alter, message) => {
    expect(broken(alter(chain)).message).toBe(message);
  });
});
