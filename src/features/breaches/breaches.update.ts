import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { type Caller, journalAbout } from '../../lib/lifecycle/caller.ts';
import { refuseIfWithdrawn } from '../../lib/lifecycle/withdraw.ts';
import { applyContent, type Breach, breachSeverity } from './breach.ts';
import { checkDates, checkNotifications } from './breach-rules.ts';
import { breachSubject, getBreach, refuseIf } from './breaches.access.ts';
import { decide, decisionEntry, severityEntry } from './breaches.decide.ts';
import { BREACH_NOTIFICATION_FIELDS, BREACH_UPDATE_FIELDS, type BreachUpdateField } from './breaches.events.ts';
import { notificationEntry, notificationsSet } from './breaches.notify.ts';
import { saveBreach } from './breaches.repository.ts';
import type { UpdateBreachInput } from './breaches.schema.ts';
import { notificationDeadline } from './deadline.ts';
import { type DpcPractice, dpcBelowMinimum, dpcMinimum } from './dpc-minimum.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: Breach, after: Breach): BreachUpdateField[] {
  return BREACH_UPDATE_FIELDS.filter((field) => !same(before[field], after[field]));
}

/**
 * Completes or corrects a breach: content, dates, severity (answers, expert adjustment), decision,
 * notification dates and references. Each kind of change is journaled (field names, score, dates —
 * never free text).
 * @throws HttpError 404 unknown breach, 409 withdrawn, 400 dates out of order or in the future, a late
 *   notification without reasons, a decision without assessment or departing from the recommendation
 *   without reasons.
 */
export async function updateBreach(
  db: Db,
  caller: Caller,
  id: string,
  input: UpdateBreachInput,
  now: Date,
  practice: DpcPractice | null = null,
): Promise<Breach> {
  return withTransaction(db, async (trx) => {
    const before = await getBreach(trx, caller.practiceId, id);
    refuseIfWithdrawn('breach', before);
    const content = applyContent(before, input);
    refuseIf(checkDates(content, now));
    const after: Breach = {
      ...before,
      ...content,
      notificationDeadline: notificationDeadline(new Date(content.awareAt)).toISOString(),
    };
    for (const field of BREACH_NOTIFICATION_FIELDS) {
      const value = input[field];
      if (value !== undefined) after[field] = value;
    }
    refuseIf(checkNotifications(after, now));
    if (input.severityAnswers && practice) {
      // The plain answers never go under the practice's minimum context (the expert view may, justified).
      const below = dpcBelowMinimum(input.severityAnswers.dpc, dpcMinimum(practice, after.peopleCategories));
      if (below) refuseIf({ field: 'severityAnswers.dpc', message: `Champ « severityAnswers.dpc » : ${below}` });
    }
    if (input.severityAnswers !== undefined) after.severityAnswers = input.severityAnswers;
    if (input.severityExpert === null) after.severityExpert = null;
    else if (input.severityExpert !== undefined) {
      const { justification, ...factors } = input.severityExpert;
      after.severityExpert = { factors, justification, by: caller.actor.label, at: now.toISOString() };
    }
    const decided = input.decision ? decide(after, input.decision, caller, now) : null;
    if (decided) after.decision = decided.decision;

    const severityChanged = input.severityAnswers !== undefined || input.severityExpert !== undefined;
    const notified = notificationsSet(before, after);
    // A notification date set is journaled as a notification; one cleared, as a change of field.
    const fields = changedFields(before, after).filter((field) => !notified.some(([, date]) => date === field));
    if (fields.length === 0 && !severityChanged && !decided && notified.length === 0) return before;
    after.updatedAt = now.toISOString();
    await saveBreach(trx, after);

    const journal = journalAbout(trx, caller, breachSubject(id), now);
    if (fields.length > 0) {
      await journal({
        action: 'breach.updated',
        summary: `Violation de données mise à jour (${fields.length} champ${fields.length > 1 ? 's' : ''}).`,
        data: { fields },
      });
    }
    const result = breachSeverity(after);
    if (severityChanged && result) await journal(severityEntry(after, result));
    if (decided) await journal(decisionEntry(decided));
    for (const notification of notified) await journal(notificationEntry(after, notification));
    return after;
  });
}
