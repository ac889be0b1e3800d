import { type ChainVerification, type JournalEntry, verifyChain } from './journal.ts';

/**
 * A practice's journal from before it moved to this installation (issue 15: kept by
 * `hygie practice import` in `journal_archives`), entries in order from n° 1.
 */
export interface ArchivedJournal {
  id: string;
  /** 1 for the oldest when the practice moved more than once. */
  position: number;
  sourcePracticeId: string;
  sourcePracticeName: string;
  /** When it was archived (the import). */
  archivedAt: string;
  /** What the import recorded; the entries must give them back. */
  count: number;
  headHash: string;
  /** Null when the stored text is not a list of entries any more (damaged). */
  entries: JournalEntry[] | null;
}

/** The `practice.imported` entry that opened the chain written after an archive (its link to it). */
export interface ImportLink {
  headHash: unknown;
  exportedAt: unknown;
}

/** What {@link checkArchive} finds; `message` is one plain French sentence (or two). */
export interface ArchiveCheck {
  intact: boolean;
  /** The chain itself (null when the entries could not be read at all). */
  chain: ChainVerification | null;
  /** The next chain's `practice.imported` names this archive's head hash. */
  linked: boolean;
  message: string;
  /** What was found altered, without the leading « Journal d’avant le transfert altéré » ('' when intact). */
  detail: string;
}

/** « 1 entrée », « 5 entrées ». */
export const entriesText = (n: number) => `${n} entrée${n > 1 ? 's' : ''}`;

/**
 * Parses the stored JSON text of an archive's entries; null when it is not a list of objects.
 * The entries are then verified like the live journal (`verifyChain`).
 */
export function parseArchivedEntries(text: string): JournalEntry[] | null {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'object' || entry === null)) return null;
    return value as JournalEntry[];
  } catch {
    return null;
  }
}

/**
 * Verifies an archived journal: its chain (the live journal's `verifyChain`), its entries all of the
 * source practice, the count and head hash the import recorded, and the link to what follows it:
 * the `practice.imported` entry that opened the next chain (the live journal for the last archive)
 * must record this archive's head hash. `next` is that entry, or null when there is none.
 */
export function checkArchive(archive: ArchivedJournal, next: ImportLink | null): ArchiveCheck {
  if (archive.entries === null) {
    return {
      intact: false,
      chain: null,
      linked: false,
      message: 'Journal d’avant le transfert altéré. Ses entrées sont illisibles : leur texte a été modifié ou abîmé.',
      detail: 'Ses entrées sont illisibles : leur texte a été modifié ou abîmé.',
    };
  }
  const chain = verifyChain(archive.entries);
  const problems: string[] = [];
  if (!chain.intact) problems.push(chain.message);
  else if (archive.entries.some((entry) => entry.practiceId !== archive.sourcePracticeId)) {
    problems.push('Des entrées appartiennent à un autre cabinet.');
  } else if (chain.count !== archive.count || chain.headHash !== archive.headHash) {
    problems.push(
      `Il compte ${entriesText(chain.count)} ; l’import en avait enregistré ${archive.count}, avec une autre empreinte finale : des entrées ont été ajoutées, supprimées ou remplacées.`,
    );
  }
  const linked = next !== null && next.headHash === archive.headHash;
  if (next === null) {
    problems.push('Le journal qui le suit ne commence pas par l’import du cabinet : le lien entre les deux est perdu.');
  } else if (!linked) {
    problems.push(
      'L’empreinte finale de ce journal ne correspond pas à celle que l’import a inscrite dans le journal suivant : l’un des deux a été modifié.',
    );
  }
  if (problems.length > 0) {
    const detail = problems.join(' ');
    return { intact: false, chain, linked, message: `Journal d’avant le transfert altéré. ${detail}`, detail };
  }
  return {
    intact: true,
    chain,
    linked,
    detail: '',
    message: `Journal d’avant le transfert intact : ${entriesText(archive.count)} vérifiée${archive.count > 1 ? 's' : ''}, relié au journal suivant par son empreinte finale.`,
  };
}

/** The first `practice.imported` entry of a chain (the import that opened it), or null. */
export function importLinkOf(entries: readonly JournalEntry[] | null): ImportLink | null {
  const entry = entries?.find((candidate) => candidate.action === 'practice.imported');
  return entry ? { headHash: entry.data.headHash, exportedAt: entry.data.exportedAt } : null;
}

/** What follows each archive (oldest first): the next archive's import entry, the live journal's for the last. */
export function nextLinks(archives: readonly ArchivedJournal[], liveLink: ImportLink | null): (ImportLink | null)[] {
  return archives.map((_, index) => {
    const following = archives[index + 1];
    return following ? importLinkOf(following.entries) : liveLink;
  });
}
