import { addDays, type IsoDay } from '../../lib/dates/index.ts';
import { addMonthsClamped, addYearsClamped } from './day-math.ts';
import { type EndCause, explainDecision, explainReview, type ReviewProblem } from './reasons.ts';
import type { RetentionRule } from './rule-set.ts';

export const RETENTION_ACTIONS = ['keep', 'archive', 'destroy', 'review'] as const;
/** keep: active base; archive: intermediate archive; destroy: retention over; review: dates to check. */
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

/** The dates known about a record (valid `YYYY-MM-DD` days) and the day of the analysis. */
export interface RetentionDates {
  birthDate?: IsoDay;
  lastVisit?: IsoDay;
  deathDate?: IsoDay;
  /** The document's own date; a rule that starts from it falls back on `lastVisit`. */
  documentDate?: IsoDay;
  asOf: IsoDay;
}

/** What to do with a record on `asOf`, when the next step comes, and why (French, citing the rule). */
export interface RetentionDecision {
  action: RetentionAction;
  /** The day of the next step: archiving, then the end; the end itself once passed; null to review. */
  nextDate: IsoDay | null;
  /** The last day of the retention period is the day before; null to review. */
  endDate: IsoDay | null;
  /** The day the record leaves the active base, when the rule has an archive period. */
  archiveDate?: IsoDay;
  rule: string;
  reason: string;
}

/** Minor and death rules of R. 1112-7: a death this soon after the last contact ends the period 10 years after it. */
export const DEATH_WINDOW_YEARS = 10;
const AFTER_DEATH_YEARS = 10;
export const MINOR_UNTIL_AGE = 28;

/** The first inconsistency between the dates, in the order a person would check them. */
export function inconsistency(
  rule: RetentionRule,
  d: RetentionDates,
  reference: IsoDay | undefined,
): ReviewProblem | null {
  const patient = rule.minorAndDeath;
  if (patient && d.birthDate && d.birthDate > d.asOf) return { kind: 'birth_future', birth: d.birthDate };
  if (patient && d.deathDate && d.deathDate > d.asOf) return { kind: 'death_future', death: d.deathDate };
  if (patient && d.birthDate && d.deathDate && d.deathDate < d.birthDate) {
    return { kind: 'death_before_birth', death: d.deathDate, birth: d.birthDate };
  }
  if (reference === undefined)
    return { kind: rule.referenceDate === 'last_visit' ? 'no_last_visit' : 'no_document_date' };
  if (reference > d.asOf) return { kind: 'reference_future', reference, label: rule.referenceLabel };
  if (patient && d.birthDate && reference < d.birthDate)
    return { kind: 'visit_before_birth', reference, birth: d.birthDate };
  if (patient && d.deathDate && reference > d.deathDate)
    return { kind: 'visit_after_death', reference, death: d.deathDate };
  return null;
}

/** The end of the period and what set it (R. 1112-7 when the rule follows it). */
function endOf(rule: RetentionRule, d: RetentionDates, reference: IsoDay): { end: IsoDay; cause: EndCause } {
  const end = plusDays(addMonthsClamped(reference, rule.keepMonths + rule.archiveMonths), rule.keepDays);
  if (!rule.minorAndDeath) return { end, cause: { kind: 'duration' } };
  if (d.deathDate && d.deathDate < addYearsClamped(reference, DEATH_WINDOW_YEARS)) {
    return { end: addYearsClamped(d.deathDate, AFTER_DEATH_YEARS), cause: { kind: 'death', death: d.deathDate } };
  }
  if (d.birthDate) {
    const birthday = addYearsClamped(d.birthDate, MINOR_UNTIL_AGE);
    if (end < birthday) return { end: birthday, cause: { kind: 'minor', birth: d.birthDate } };
  }
  return { end, cause: { kind: 'duration', birthUnknown: d.birthDate === undefined } };
}

/** Days after the months (most rules have none: the scan's hot path skips the calendar check). */
export const plusDays = (day: IsoDay, days: number) => (days === 0 ? day : addDays(day, days));

function review(rule: RetentionRule, problem: ReviewProblem): RetentionDecision {
  return { action: 'review', nextDate: null, endDate: null, rule: rule.id, reason: explainReview(problem) };
}

/**
 * Applies a retention rule to a record's dates on the day `asOf`.
 *
 * The record stays in the active base for `keepMonths` after its reference date, then in
 * intermediate archive until the end date, then may be destroyed. For a patient record that
 * follows R. 1112-7 the end date is 20 years after the last contact (with the default durations),
 * the 28th birthday if that is later, and 10 years after the death when the patient died less
 * than 10 years after the last contact, even if that is earlier. Days are `YYYY-MM-DD`; 29 February
 * plus a number of years is 28 February in a common year (as `addYears` of `src/lib/dates`).
 * Inconsistent or missing dates give `review`, as does a destruction that depends on an unknown
 * birth date.
 * @example
 * decideRetention(doctorRecord, { birthDate: '1970-05-02', lastVisit: '2018-03-15', asOf: '2026-12-01' })
 * // { action: 'archive', archiveDate: '2023-03-15', nextDate: '2038-03-15', endDate: '2038-03-15', … }
 */
export function decideRetention(rule: RetentionRule, dates: RetentionDates): RetentionDecision {
  const reference = rule.referenceDate === 'last_visit' ? dates.lastVisit : (dates.documentDate ?? dates.lastVisit);
  const problem = inconsistency(rule, dates, reference);
  if (problem || reference === undefined) return review(rule, problem ?? { kind: 'no_last_visit' });
  const { end, cause } = endOf(rule, dates, reference);
  const archiveAt =
    rule.archiveMonths > 0 ? plusDays(addMonthsClamped(reference, rule.keepMonths), rule.keepDays) : undefined;
  const archiveDate = archiveAt !== undefined && archiveAt < end ? archiveAt : undefined;
  const { asOf } = dates;
  if (asOf >= end && cause.kind === 'duration' && cause.birthUnknown) {
    return review(rule, { kind: 'birth_unknown', end });
  }
  const action = asOf >= end ? 'destroy' : archiveDate !== undefined && asOf >= archiveDate ? 'archive' : 'keep';
  const nextDate = action === 'keep' && archiveDate !== undefined ? archiveDate : end;
  return {
    action,
    nextDate,
    endDate: end,
    ...(archiveDate !== undefined ? { archiveDate } : {}),
    rule: rule.id,
    reason: explainDecision({ rule, action, reference, end, cause, archiveDate }),
  };
}
