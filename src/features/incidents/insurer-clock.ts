import { addHours } from '../../lib/dates/index.ts';
import type { BreachOrigin } from '../breaches/breach-labels.ts';
import { deadlineText } from '../breaches/deadline.ts';
import type { IncidentScenario } from './incident-labels.ts';

/**
 * Code des assurances L. 12-10-1 (loi n° 2023-22, in force 24 April 2023): a cyber-attack loss is
 * paid only if the victim files a complaint at the latest 72 hours after learning of the attack.
 * Counted in real elapsed hours, like the CNIL's 72 hours (a daylight-saving change moves the Paris
 * clock time of the deadline, never the hours).
 */
export const INSURER_COMPLAINT_HOURS = 72;
/** Under this much time left, the home card warns. */
export const INSURER_WARNING_HOURS = 24;
const HOUR_MS = 3_600_000;

/** Incident scenarios that are an attack on an information system (not a lost device or a misdirected letter). */
const ATTACK_SCENARIOS: ReadonlySet<IncidentScenario> = new Set([
  'ransomware',
  'phishing_opened',
  'account_compromised',
  'provider_breach',
]);
/** Breach origins that are such an attack. */
const ATTACK_ORIGINS: ReadonlySet<BreachOrigin> = new Set(['hacking', 'ransomware', 'phishing']);

export const isAttackScenario = (scenario: IncidentScenario) => ATTACK_SCENARIOS.has(scenario);
export const isAttackOrigin = (origin: BreachOrigin | null) => origin !== null && ATTACK_ORIGINS.has(origin);

/**
 * Awareness plus 72 elapsed hours.
 * @example insurerComplaintDeadline(new Date('2026-03-27T09:00:00Z')) // 2026-03-30T09:00:00.000Z (11:00 in Paris, after the change to summer time)
 */
export function insurerComplaintDeadline(awareAt: Date): Date {
  return addHours(awareAt, INSURER_COMPLAINT_HOURS);
}

export type ComplaintTiming = 'in_time' | 'late';
export const COMPLAINT_TIMING_LABELS: Record<ComplaintTiming, string> = {
  in_time: 'dans les délais',
  late: 'hors délai',
};

/**
 * Whether a complaint filed at `filedAt` meets the insurer's 72 hours (the deadline itself is in time).
 * @example complaintTiming(new Date('2026-03-27T09:00:00Z'), new Date('2026-03-30T07:00:00Z')) // 'in_time' (+70 h)
 */
export function complaintTiming(awareAt: Date, filedAt: Date): ComplaintTiming {
  return filedAt.getTime() <= insurerComplaintDeadline(awareAt).getTime() ? 'in_time' : 'late';
}

/** The home card warns: no complaint yet and less than {@link INSURER_WARNING_HOURS} hours left (or passed). */
export function insurerWarns(awareAt: Date, complaintFiledAt: Date | null, now: Date): boolean {
  if (complaintFiledAt !== null) return false;
  return insurerComplaintDeadline(awareAt).getTime() - now.getTime() < INSURER_WARNING_HOURS * HOUR_MS;
}

/** The insurer's clock as the incident and breach views show it. */
export interface InsurerClockView {
  /** Awareness + 72 hours (ISO instant), or null when the clock does not apply. */
  insurerComplaintDeadline: string | null;
  /** The same in Paris time, « 30/03/2026 à 11:00 ». */
  insurerComplaintDeadlineText: string | null;
  /** « dans les délais » or « hors délai » once the complaint date is recorded. */
  complaintTimingLabel: string | null;
}

const NO_CLOCK: InsurerClockView = {
  insurerComplaintDeadline: null,
  insurerComplaintDeadlineText: null,
  complaintTimingLabel: null,
};

/**
 * The insurer's clock of an attack, or nulls when it does not apply (not an attack, or withdrawn).
 * @example insurerClockView(true, '2026-03-27T09:00:00.000Z', null).insurerComplaintDeadlineText // '30/03/2026 à 11:00'
 */
export function insurerClockView(applies: boolean, awareAt: string, complaintFiledAt: string | null): InsurerClockView {
  if (!applies) return NO_CLOCK;
  const aware = new Date(awareAt);
  const deadline = insurerComplaintDeadline(aware);
  return {
    insurerComplaintDeadline: deadline.toISOString(),
    insurerComplaintDeadlineText: deadlineText(deadline),
    complaintTimingLabel:
      complaintFiledAt === null ? null : COMPLAINT_TIMING_LABELS[complaintTiming(aware, new Date(complaintFiledAt))],
  };
}
