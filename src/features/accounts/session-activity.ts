/**
 * When a session's activity is written, and when an idle session ends. Writing at every request
 * would slow every read; writing rarely must never sign out someone who is working. Activity is
 * recorded once a tenth of the idle time has passed since the last record, and the idle deadline
 * counts that tenth on top of the idle time: a session ends between the idle time and 1.1 × the
 * idle time after the last request — never earlier.
 */
const MINUTE_MS = 60_000;

/** The part of the idle time that may pass between two records of activity. */
export function activityStepMs(idleMinutes: number): number {
  return (idleMinutes * MINUTE_MS) / 10;
}

/** True when this request should record its activity (a tenth of the idle time since the last record). */
export function activityWriteDue(lastSeenAt: Date, now: Date, idleMinutes: number): boolean {
  return now.getTime() - lastSeenAt.getTime() >= activityStepMs(idleMinutes);
}

/** When the session ends if nothing more is recorded: the idle time plus the unrecorded tenth. */
export function idleDeadline(lastSeenAt: Date, idleMinutes: number): Date {
  return new Date(lastSeenAt.getTime() + idleMinutes * MINUTE_MS + activityStepMs(idleMinutes));
}
