import type { Db } from '../../db/connect.ts';
import { onDay } from '../../lib/observations/facts.ts';
import type { Observation, ObservationRule } from '../../lib/observations/registry.ts';
import { listBreaches } from './breaches.repository.ts';

export interface BreachesFacts {
  /** Breaches recorded in Hygie's register, and when the first one was. */
  recorded: number;
  firstAt: string | null;
}

/**
 * « Consigner chaque incident et chaque violation dans un registre »: done once the practice has
 * recorded a breach in Hygie's register (proof the register is kept); with none, Hygie cannot tell
 * a kept empty register from a forgotten one, so the person answers.
 * @example observeBreaches({ recorded: 1, firstAt: '2026-03-27T09:00:00Z' }, now)?.status // 'done'
 */
export function observeBreaches(facts: BreachesFacts, _now: Date): Observation | null {
  if (facts.recorded === 0 || facts.firstAt === null) return null;
  return {
    status: 'done',
    fact: `Registre des violations tenu dans Hygie : ${facts.recorded} violation${facts.recorded > 1 ? 's' : ''} inscrite${facts.recorded > 1 ? 's' : ''}, la première ${onDay(facts.firstAt)}.`,
    href: '/violations',
    since: facts.firstAt,
  };
}

export function breachesObservationRule(db: Db): ObservationRule<BreachesFacts> {
  return {
    id: 'breach-register-kept',
    measureId: 'registre-violations',
    async gather({ practiceId }) {
      const breaches = await listBreaches(db, practiceId);
      const first = breaches
        .map((b) => b.createdAt)
        .reduce<string | null>((a, b) => (a === null || b < a ? b : a), null);
      return { recorded: breaches.length, firstAt: first };
    },
    observe: observeBreaches,
  };
}
