import type { Db } from '../../db/connect.ts';
import { addMonths, compareDays, parisDay } from '../../lib/dates/index.ts';
import { latestOf, onDay } from '../../lib/observations/facts.ts';
import type { Observation, ObservationRule } from '../../lib/observations/registry.ts';
import { latestEntryAt } from '../journal/journal.repository.ts';
import { REVIEW_EVERY_MONTHS, YEARLY_REVIEW_ACTION } from '../review/review.ts';
import { missingFields } from './missing-fields.ts';
import { listActivities, registerVersion } from './register.repository.ts';

/** A register neither changed nor confirmed for this many months must be read again (the yearly review's rhythm). */
export const REGISTER_REVIEW_MONTHS = REVIEW_EVERY_MONTHS;

export interface RegisterFacts {
  /** Active activities, and how many of them still lack a mandatory field. */
  activities: number;
  incomplete: number;
  /** Last change of the register, and last yearly review (ISO instants). */
  changedAt: string | null;
  reviewedAt: string | null;
}

/**
 * « Tenir à jour le registre des traitements »: done when every active activity is complete and
 * the register was changed or confirmed within {@link REGISTER_REVIEW_MONTHS} months; « à faire »
 * (to redo) when it is complete but older; nothing when it is empty or incomplete.
 * @example observeRegister({ activities: 3, incomplete: 0, changedAt: '2026-12-07T10:00:00Z', reviewedAt: null }, now)?.status // 'done'
 */
export function observeRegister(facts: RegisterFacts, now: Date): Observation | null {
  if (facts.activities === 0 || facts.incomplete > 0) return null;
  const last = latestOf([facts.changedAt, facts.reviewedAt]);
  if (last === null) return null;
  const verb = last === facts.reviewedAt ? 'confirmé' : 'modifié';
  const activities = `${facts.activities} activité${facts.activities > 1 ? 's' : ''}`;
  const due = addMonths(parisDay(new Date(last)), REGISTER_REVIEW_MONTHS);
  if (compareDays(parisDay(now), due) > 0) {
    return {
      status: 'todo',
      // Confirming the register is the yearly review's first point (it links to the register to read).
      fact: `Registre complet (${activities}), mais ni modifié ni confirmé depuis ${onDay(last)} : relisez-le et corrigez ce qui a changé, ou confirmez-le dans la revue annuelle.`,
      href: '/revue-annuelle',
      since: null,
    };
  }
  return {
    status: 'done',
    fact: `Registre complet (${activities}), ${verb} ${onDay(last)}.`,
    href: '/registre',
    since: last,
  };
}

export function registerObservationRule(db: Db): ObservationRule<RegisterFacts> {
  return {
    id: 'register-up-to-date',
    measureId: 'registre-traitements',
    async gather({ practiceId }) {
      const [activities, version, reviewedAt] = await Promise.all([
        listActivities(db, practiceId),
        registerVersion(db, practiceId),
        latestEntryAt(db, practiceId, [YEARLY_REVIEW_ACTION]),
      ]);
      return {
        activities: activities.length,
        incomplete: activities.filter((activity) => missingFields(activity).length > 0).length,
        changedAt: version.changedAt,
        reviewedAt,
      };
    },
    observe: observeRegister,
  };
}
