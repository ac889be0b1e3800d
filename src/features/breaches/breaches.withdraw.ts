import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { type Caller, journalAbout, timelineAuthor } from '../../lib/lifecycle/caller.ts';
import type { WithdrawInput } from '../../lib/lifecycle/lifecycle.ts';
import { withdrawalBy } from '../../lib/lifecycle/withdraw.ts';
import { appendIncidentEvent } from '../incidents/incidents.repository.ts';
import { type Breach, breachStatus } from './breach.ts';
import type { BreachStatus } from './breach-labels.ts';
import { breachSubject, getBreach } from './breaches.access.ts';
import { saveBreach } from './breaches.repository.ts';
import { breachTitle } from './breaches-view.ts';

/**
 * Withdraws a breach recorded by mistake (owner or practitioner): kept in the register with the
 * reason, shown « retirée », no clock running; journaled, and noted on its incident's timeline.
 * @throws HttpError 404 unknown breach, 403 wrong role, 409 already withdrawn.
 */
export async function withdrawBreach(
  db: Db,
  caller: Caller,
  id: string,
  input: WithdrawInput,
  now: Date,
): Promise<Breach> {
  return withTransaction(db, async (trx) => {
    const before = await getBreach(trx, caller.practiceId, id);
    const withdrawal = withdrawalBy('breach', caller, before, false, input, now);
    const status = breachStatus(before) as Exclude<BreachStatus, 'withdrawn'>;
    const after: Breach = { ...before, withdrawal, updatedAt: now.toISOString() };
    await saveBreach(trx, after);
    const journal = journalAbout(trx, caller, breachSubject(id), now);
    await journal({
      action: 'breach.withdrawn',
      summary: `Violation de données retirée : ce n’en était pas une (${breachTitle(before)}). Elle reste au registre.`,
      data: { status },
    });
    if (before.incidentId !== null) {
      await appendIncidentEvent(trx, caller.practiceId, before.incidentId, {
        kind: 'breach_withdrawn',
        at: now,
        author: timelineAuthor(caller),
        text: input.reason,
        data: { breachId: id },
      });
    }
    return after;
  });
}
