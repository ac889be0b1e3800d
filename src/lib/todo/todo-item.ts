import type { Role } from '../../features/accounts/roles.ts';
import { addDays, compareDays, endOfParisDay, type IsoDay } from '../dates/index.ts';

/**
 * What an item is about. The reminders (e-mail, calendar) and the compliance file read this list:
 * add a kind here when a feature contributes a new sort of item.
 */
export const TODO_KINDS = [
  /** An open patient request and its legal due day. */
  'patient-request',
  /** A breach whose 72-hour CNIL clock runs. */
  'breach-notification',
  /** An attack (incident or breach) whose complaint for the insurer is not recorded (72 hours). */
  'insurer-complaint',
  /** A recurring measure of the diagnostic due again (weekly backup, monthly restore test…). */
  'recurring-measure',
  /** A measure of the action plan given a due date and not done yet. */
  'plan-measure',
  /** The diagnostic has applicable measures without an answer. */
  'diagnostic-unanswered',
  /** An activity of the register with fields to complete. */
  'register-activity',
  /** A processor with a warning (HDS certificate, contract, hosting place). */
  'processor',
  /** The patient notice no longer matches the register or the practice. */
  'notice-outdated',
  /** The recovery kit was never downloaded. */
  'recovery-kit',
  /** No recent backup of Hygie (on a practice's own computer). */
  'backup',
  /** The yearly review of the compliance is due (issue 15). */
  'yearly-review',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export const TODO_SEVERITIES = ['info', 'warning', 'danger'] as const;
export type TodoSeverity = (typeof TODO_SEVERITIES)[number];

/** `due_soon`: within the item's own warning period (7 days, 24 hours for a breach). */
export const TODO_STATES = ['open', 'due_soon', 'overdue'] as const;
export type TodoState = (typeof TODO_STATES)[number];

/**
 * One open or due thing of a practice. Items are computed for the practice, whoever looks;
 * {@link visibleTo} then keeps what a member may see.
 */
export interface TodoItem {
  /**
   * Stable while the item lasts, the same at every request: `<kind>:<subject id>` (e.g.
   * `patient-request:<request id>`); reminders key what they sent on it.
   */
  id: string;
  kind: TodoKind;
  /** Plain French; never a patient's name (reminders send it as is). */
  title: string;
  /** Time-relative or changing detail (« il reste 5 h 10 min »); null when none. */
  detail: string | null;
  /** The deadline as an ISO instant (UTC); null when the item has none. */
  due: string | null;
  /** When the deadline is a whole Paris calendar day: that day (and `due` is its last instant). */
  dueDay: IsoDay | null;
  state: TodoState;
  severity: TodoSeverity;
  /** Who it is for: these roles, and the assigned member whatever her role. */
  audience: { roles: readonly Role[]; assigneeId: string | null };
  /** The web page where it is done. */
  href: string;
}

/** Who looks at the list. */
export interface TodoViewer {
  readonly role: Role;
  readonly userId: string;
}

/**
 * True when the viewer's role is among the item's roles or the item is assigned to her.
 * @example visibleTo({ audience: { roles: ['owner'], assigneeId: 'u2' } } as TodoItem, { role: 'secretary', userId: 'u2' }) // true
 */
export function visibleTo(item: Pick<TodoItem, 'audience'>, viewer: TodoViewer): boolean {
  return item.audience.roles.includes(viewer.role) || item.audience.assigneeId === viewer.userId;
}

/**
 * The deadline fields of an item due on a Paris calendar day: due at the day's last instant,
 * overdue from the next day, due soon from `soonDays` days before.
 * @example dayDue('2026-12-10', '2026-12-04', 7) // { due: '2026-12-10T22:59:59.999Z', dueDay: '2026-12-10', state: 'due_soon' }
 */
export function dayDue(day: IsoDay, today: IsoDay, soonDays: number): Pick<TodoItem, 'due' | 'dueDay' | 'state'> {
  const state: TodoState =
    compareDays(today, day) > 0 ? 'overdue' : compareDays(day, addDays(today, soonDays)) <= 0 ? 'due_soon' : 'open';
  return { due: endOfParisDay(day).toISOString(), dueDay: day, state };
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const STATE_RANK: Record<TodoState, number> = { overdue: 0, due_soon: 1, open: 2 };
const SEVERITY_RANK: Record<TodoSeverity, number> = { danger: 0, warning: 1, info: 2 };

/**
 * The list's order: overdue first, then due soon; within each, the nearest deadline first (none
 * last), the most severe first, then by id so the order never changes between two reads.
 */
export function compareTodo(a: TodoItem, b: TodoItem): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    order(a.due ?? '\uffff', b.due ?? '\uffff') ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    order(a.id, b.id)
  );
}
