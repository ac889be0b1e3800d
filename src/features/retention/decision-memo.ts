import type { IsoDay } from '../../lib/dates/index.ts';
import { addMonthsClamped, addYearsClamped } from './day-math.ts';
import {
  DEATH_WINDOW_YEARS,
  decideRetention,
  inconsistency,
  MINOR_UNTIL_AGE,
  plusDays,
  type RetentionDates,
  type RetentionDecision,
} from './decide.ts';
import type { RetentionRule } from './rule-set.ts';

/*
 * The patient-index scan decides millions of records on one day, and most of them share their
 * decision with another: the same rule and the same reference day (a practice sees some twenty
 * patients a day) give the same end, the same action and the same French reason, as long as no
 * minor or death clause moves the end. This memo makes each such decision once (with
 * `decideRetention` itself, so the result cannot differ) and gives the same read-only object after.
 * A death or a minor's birthday that moves the end is remembered by that day when the record is to
 * be destroyed (the reason then names only that day). Every other case is decided in full.
 */

/** What the scan reads of a decision. */
export type ScanDecision = Pick<RetentionDecision, 'action' | 'nextDate' | 'rule' | 'reason'>;

/** Days remembered per memo (45 years of daily dates): bounds its memory to some 15 MB, whatever the file. */
export const MEMO_MAX_DAYS = 16_384;

/** What the records of a rule with the same reference day share, the day of the analysis fixed. */
interface ByReference {
  end: IsoDay;
  /** The reference day plus the death window (R. 1112-7), for the rules that follow it. */
  deathWindow: IsoDay | undefined;
  /** The decision when the end is the rule's duration: birth date known, or the rule ignores it. */
  known: ScanDecision | undefined;
  /** The same when the birth date is unknown and the rule follows R. 1112-7. */
  birthUnknown: ScanDecision | undefined;
  /** The review of a reference day after the day of the analysis. */
  future: ScanDecision | undefined;
}

/** A birth day's 28th birthday, and the destruction it sets when it has passed. */
interface ByBirth {
  birthday: IsoDay;
  destroyed: ScanDecision | undefined;
}

interface RuleDays {
  references: Map<IsoDay, ByReference>;
  /** Destructions set by a death (10 years after it), by the day of the death. */
  deaths: Map<IsoDay, ScanDecision>;
  births: Map<IsoDay, ByBirth>;
}

/** Decisions remembered for one scan (one day of analysis). */
export interface DecisionMemo {
  /** The same as `decideRetention(rule, dates)` for what the scan reads, made once per shared case. */
  decide(rule: RetentionRule, dates: RetentionDates): ScanDecision;
}

const yearOf = (day: IsoDay) =>
  (day.charCodeAt(0) - 48) * 1000 +
  (day.charCodeAt(1) - 48) * 100 +
  (day.charCodeAt(2) - 48) * 10 +
  day.charCodeAt(3) -
  48;

/**
 * True when the 28th birthday of someone born on `birth` surely comes before `end`, the years alone
 * saying it: the minor clause cannot move the end back, and no day needs to be built.
 */
const birthdaySurelyBefore = (birth: IsoDay, end: IsoDay) =>
  end.length === 10 && yearOf(birth) + MINOR_UNTIL_AGE < yearOf(end);

/**
 * A memo for the records of one scan, all decided on the same day.
 * @example const memo = decisionMemo(); memo.decide(rule, dates) // as decideRetention(rule, dates)
 */
export function decisionMemo(): DecisionMemo {
  const byRule = new Map<RetentionRule, RuleDays>();
  let asOf: IsoDay | undefined;
  let size = 0;
  const room = () => size < MEMO_MAX_DAYS;

  function daysOf(rule: RetentionRule): RuleDays {
    let days = byRule.get(rule);
    if (!days) {
      days = { references: new Map(), deaths: new Map(), births: new Map() };
      byRule.set(rule, days);
    }
    return days;
  }

  function byReference(rule: RetentionRule, days: RuleDays, reference: IsoDay): ByReference | undefined {
    let entry = days.references.get(reference);
    if (!entry && room()) {
      entry = {
        end: plusDays(addMonthsClamped(reference, rule.keepMonths + rule.archiveMonths), rule.keepDays),
        deathWindow: rule.minorAndDeath ? addYearsClamped(reference, DEATH_WINDOW_YEARS) : undefined,
        known: undefined,
        birthUnknown: undefined,
        future: undefined,
      };
      days.references.set(reference, entry);
      size++;
    }
    return entry;
  }

  /** A record whose death, within the window, sets the end: remembered once it is to be destroyed. */
  function afterDeath(rule: RetentionRule, days: RuleDays, dates: RetentionDates, death: IsoDay): ScanDecision {
    const known = days.deaths.get(death);
    if (known) return known;
    const decision = decideRetention(rule, dates);
    if (decision.action === 'destroy' && room()) {
      days.deaths.set(death, decision);
      size++;
    }
    return decision;
  }

  /** A record with a birth date near enough the end that the 28th birthday may set it. */
  function nearBirthday(
    rule: RetentionRule,
    days: RuleDays,
    entry: ByReference,
    dates: RetentionDates,
    birth: IsoDay,
  ): ScanDecision {
    let byBirth = days.births.get(birth);
    if (!byBirth && room()) {
      byBirth = { birthday: addYearsClamped(birth, MINOR_UNTIL_AGE), destroyed: undefined };
      days.births.set(birth, byBirth);
      size++;
    }
    if (!byBirth) return decideRetention(rule, dates);
    if (!(entry.end < byBirth.birthday)) {
      entry.known ??= decideRetention(rule, dates);
      return entry.known;
    }
    if (byBirth.destroyed) return byBirth.destroyed;
    const decision = decideRetention(rule, dates);
    if (decision.action === 'destroy') byBirth.destroyed = decision;
    return decision;
  }

  return {
    decide(rule, dates) {
      if (dates.asOf !== asOf) {
        byRule.clear();
        size = 0;
        asOf = dates.asOf;
      }
      const reference = rule.referenceDate === 'last_visit' ? dates.lastVisit : (dates.documentDate ?? dates.lastVisit);
      if (reference === undefined) return decideRetention(rule, dates);
      const problem = inconsistency(rule, dates, reference);
      // Of the inconsistencies, only a reference day after the analysis depends on that day alone.
      if (problem !== null && problem.kind !== 'reference_future') return decideRetention(rule, dates);
      const days = daysOf(rule);
      const entry = byReference(rule, days, reference);
      if (!entry) return decideRetention(rule, dates);
      if (problem !== null) {
        entry.future ??= decideRetention(rule, dates);
        return entry.future;
      }
      if (rule.minorAndDeath) {
        const { deathDate, birthDate } = dates;
        if (deathDate !== undefined && entry.deathWindow !== undefined && deathDate < entry.deathWindow) {
          return afterDeath(rule, days, dates, deathDate);
        }
        if (birthDate === undefined) {
          entry.birthUnknown ??= decideRetention(rule, dates);
          return entry.birthUnknown;
        }
        if (!birthdaySurelyBefore(birthDate, entry.end)) return nearBirthday(rule, days, entry, dates, birthDate);
      }
      entry.known ??= decideRetention(rule, dates);
      return entry.known;
    },
  };
}
