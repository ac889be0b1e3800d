import { describe, expect, it } from 'vitest';
import { buildChain } from './journal.test-support.ts';
import type { ArchivedJournal } from './journal-archives.ts';
import { checkArchive, importLinkOf, nextLinks, parseArchivedEntries } from './journal-archives.ts';

const chain = buildChain(3);
const head = chain.at(-1)?.hash ?? '';
const archive = (overrides: Partial<ArchivedJournal> = {}): ArchivedJournal => ({
  id: 'a1',
  position: 1,
  sourcePracticeId: 'practice-1',
  sourcePracticeName: 'Cabinet des Tilleuls',
  archivedAt: '2026-12-01T08:00:00.000Z',
  count: 3,
  headHash: head,
  entries: chain,
  ...overrides,
});
const link = { headHash: head, exportedAt: '2026-11-30T09:00:00.000Z' };

describe('checkArchive', () => {
  it('an intact archive linked to the import entry that follows it', () => {
    expect(checkArchive(archive(), link)).toMatchObject({ intact: true, linked: true });
  });

  it('a rewritten entry: the chain’s own French sentence', () => {
    const entries = chain.map((entry) => (entry.seq === 2 ? { ...entry, summary: 'Réécrit.' } : entry));
    const check = checkArchive(archive({ entries }), link);
    expect(check.intact).toBe(false);
    expect(check.message).toBe(
      'Journal d’avant le transfert altéré. L’entrée n° 2 du 29/11/2026 a été modifiée après son enregistrement.',
    );
  });

  it('the last entries removed: the count and head the import recorded no longer match', () => {
    const check = checkArchive(archive({ entries: chain.slice(0, 2) }), link);
    expect(check.intact).toBe(false);
    expect(check.message).toMatch(/Il compte 2 entrées ; l’import en avait enregistré 3/);
  });

  it('the import entry that follows records another head: the link is reported broken', () => {
    const check = checkArchive(archive(), { ...link, headHash: 'f'.repeat(64) });
    expect(check).toMatchObject({ intact: false, linked: false });
    expect(check.message).toMatch(/ne correspond pas à celle que l’import a inscrite dans le journal suivant/);
  });

  it('no import entry after it: the link is lost', () => {
    expect(checkArchive(archive(), null).message).toMatch(/ne commence pas par l’import du cabinet/);
  });

  it('unreadable entries', () => {
    expect(parseArchivedEntries('[1, 2')).toBeNull();
    expect(parseArchivedEntries('{"a":1}')).toBeNull();
    expect(checkArchive(archive({ entries: null }), link)).toMatchObject({ intact: false, chain: null });
  });
});

describe('nextLinks', () => {
  it('links each archive to the next archive’s import entry, the last to the live journal’s', () => {
    const opened = { ...chain[0], action: 'practice.imported', data: { headHash: 'a'.repeat(64), exportedAt: 'x' } };
    const older = archive({ id: 'a0' });
    const newer = archive({ entries: [opened as (typeof chain)[number]] });
    expect(nextLinks([older, newer], link)).toEqual([{ headHash: 'a'.repeat(64), exportedAt: 'x' }, link]);
    expect(importLinkOf(chain)).toBeNull();
  });
});
