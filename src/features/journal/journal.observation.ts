import type { Db } from '../../db/connect.ts';
import { onDay } from '../../lib/observations/facts.ts';
import type { Observation, ObservationRule } from '../../lib/observations/registry.ts';
import { firstEntryAt, verifyJournal } from './journal.repository.ts';

export interface JournalFacts {
  intact: boolean;
  count: number;
  /** When the journal began (its first entry). */
  firstAt: string | null;
}

/**
 * « Garder la trace de tout ce qui est fait »: done while the journal's hash chain is intact (every
 * action Hygie records is kept and provably unaltered); « à faire » when the chain is broken.
 * @example observeJournal({ intact: true, count: 42, firstAt: '2026-12-01T08:00:00Z' }, now)?.status // 'done'
 */
export function observeJournal(facts: JournalFacts, _now: Date): Observation | null {
  if (facts.count === 0 || facts.firstAt === null) return null;
  if (!facts.intact) {
    return {
      status: 'todo',
      fact: 'La vérification du journal échoue : une inscription a été modifiée ou supprimée. Ouvrez le journal pour voir où.',
      href: '/journal',
      since: null,
    };
  }
  return {
    status: 'done',
    fact: `Journal intact : ${facts.count} action${facts.count > 1 ? 's' : ''} gardée${facts.count > 1 ? 's' : ''} depuis ${onDay(facts.firstAt)}, chaîne vérifiée.`,
    href: '/journal',
    since: facts.firstAt,
  };
}

export function journalObservationRule(db: Db): ObservationRule<JournalFacts> {
  return {
    id: 'journal-intact',
    measureId: 'preuves-conformite',
    async gather({ practiceId }) {
      const [firstAt, result] = await Promise.all([firstEntryAt(db, practiceId), verifyJournal(db, practiceId)]);
      return { intact: result.intact, count: result.count, firstAt };
    },
    observe: observeJournal,
  };
}
