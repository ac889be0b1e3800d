import type { Db } from '../../db/connect.ts';
import { latestOf, onDay } from '../../lib/observations/facts.ts';
import type { Observation, ObservationRule } from '../../lib/observations/registry.ts';
import { latestEntryAt } from '../journal/journal.repository.ts';
import { listOverrides } from './retention.repository.ts';

export interface RetentionFacts {
  /** When the practice last saved its retention durations (ISO instant), or null when never. */
  settledAt: string | null;
}

/**
 * « Fixer une durée de conservation pour chaque type de données »: done once the practice has set
 * its durations on the « Durées de conservation » page; nothing before.
 * @example observeRetention({ settledAt: '2026-12-07T10:00:00Z' }, now)?.status // 'done'
 */
export function observeRetention(facts: RetentionFacts, _now: Date): Observation | null {
  if (facts.settledAt === null) return null;
  return {
    status: 'done',
    fact: `Durées de conservation du cabinet fixées ${onDay(facts.settledAt)}.`,
    href: '/conservation',
    since: facts.settledAt,
  };
}

export function retentionObservationRule(db: Db): ObservationRule<RetentionFacts> {
  return {
    id: 'retention-durations-set',
    measureId: 'durees-conservation',
    async gather({ practiceId }) {
      const [overrides, savedAt] = await Promise.all([
        listOverrides(db, practiceId),
        latestEntryAt(db, practiceId, ['retention.settings_updated']),
      ]);
      return { settledAt: latestOf([savedAt, ...overrides.map((o) => o.updatedAt)]) };
    },
    observe: observeRetention,
  };
}
