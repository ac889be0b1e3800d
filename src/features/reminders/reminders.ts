import { TZDate } from '@date-fns/tz';
import { addDays, type IsoDay, isoWeekday, parisDay } from '../../lib/dates/index.ts';
import { type TodoItem, visibleTo } from '../../lib/todo/registry.ts';
import type { Role } from '../accounts/roles.ts';

export const DIGEST_FREQUENCIES = ['weekly', 'daily', 'none'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** A member's choices; without a saved row: a weekly digest, the alerts, and the owner's anchor. */
export interface ReminderPrefs {
  digest: DigestFrequency;
  alerts: boolean;
  anchor: boolean;
}
export const DEFAULT_PREFS: ReminderPrefs = { digest: 'weekly', alerts: true, anchor: true };

/** Digests, anchors and the alerts of the night leave from 07:00, Paris time. */
export const SEND_HOUR = 7;

export type SendKind = 'digest' | 'alert' | 'anchor';

/** What cannot wait: the breach's 72-hour clock at awareness and 24 h before; a request due in 3 days, then overdue. */
export const ALERT_TRIGGERS = [
  'breach-aware',
  'breach-24h',
  'breach-overdue',
  'request-soon',
  'request-overdue',
] as const;
export type AlertTrigger = (typeof ALERT_TRIGGERS)[number];

export interface Recipient {
  id: string;
  role: Role;
  prefs: ReminderPrefs;
}

export interface PlannedSend {
  /** Unique: planned once, whatever the number of instances and runs. */
  key: string;
  userId: string;
  kind: SendKind;
  payload: { period?: string; itemId?: string; trigger?: AlertTrigger };
}

const parisHour = (now: Date) => new TZDate(now.getTime(), 'Europe/Paris').getHours();

/**
 * The digest's period at `now`, or null before 07:00 on its first day: the Paris day (daily) or
 * the Monday of the Paris week (weekly).
 * @example digestPeriod('weekly', new Date('2026-12-09T10:00:00Z')) // '2026-12-07'
 */
export function digestPeriod(frequency: DigestFrequency, now: Date): IsoDay | null {
  if (frequency === 'none') return null;
  const today = parisDay(now);
  const first = frequency === 'daily' ? today : addDays(today, 1 - isoWeekday(today));
  if (first === today && parisHour(now) < SEND_HOUR) return null;
  return first;
}

/**
 * The alert an item calls for in its present state, or null: only breaches and patient requests
 * alert; an item's trigger changes with its state, so each is sent once.
 * @example alertTrigger({ kind: 'patient-request', state: 'due_soon' } as TodoItem) // 'request-soon'
 */
export function alertTrigger(item: Pick<TodoItem, 'kind' | 'state'>): AlertTrigger | null {
  if (item.kind === 'breach-notification') {
    return item.state === 'open' ? 'breach-aware' : item.state === 'due_soon' ? 'breach-24h' : 'breach-overdue';
  }
  if (item.kind === 'patient-request') {
    return item.state === 'due_soon' ? 'request-soon' : item.state === 'overdue' ? 'request-overdue' : null;
  }
  return null;
}

/**
 * Every e-mail due at `now` for these members of one practice: each member's digest of the period,
 * an alert per item she sees whose trigger she has not been sent, and the monthly anchor of an
 * owner who takes no digest (the journal's head must reach her outside Hygie). The keys make the
 * plan idempotent: planning twice, or on two instances, gives the same sends.
 */
export function planSends(items: readonly TodoItem[], recipients: readonly Recipient[], now: Date): PlannedSend[] {
  const plans: PlannedSend[] = [];
  for (const member of recipients) {
    const period = digestPeriod(member.prefs.digest, now);
    if (period !== null) {
      plans.push({
        key: `digest:${member.id}:${member.prefs.digest}:${period}`,
        userId: member.id,
        kind: 'digest',
        payload: { period },
      });
    }
    if (member.role === 'owner' && member.prefs.digest === 'none' && member.prefs.anchor) {
      const month = parisDay(now).slice(0, 7);
      if (parisDay(now) !== `${month}-01` || parisHour(now) >= SEND_HOUR) {
        plans.push({
          key: `anchor:${member.id}:${month}`,
          userId: member.id,
          kind: 'anchor',
          payload: { period: month },
        });
      }
    }
    if (!member.prefs.alerts) continue;
    for (const item of items) {
      const trigger = alertTrigger(item);
      if (trigger === null || !visibleTo(item, { role: member.role, userId: member.id })) continue;
      plans.push({
        key: `alert:${member.id}:${item.id}:${trigger}`,
        userId: member.id,
        kind: 'alert',
        payload: { itemId: item.id, trigger },
      });
    }
  }
  return plans;
}

/** Waits before the next attempt: 5 min, 15 min, 45 min, 2 h 15; then the send is given up. */
export const MAX_ATTEMPTS = 5;
export function retryDelayMs(attempts: number): number {
  return 5 * 60_000 * 3 ** Math.max(0, attempts - 1);
}
