import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { type Caller, journalAbout, timelineAuthor } from '../../lib/lifecycle/caller.ts';
import type { WithdrawInput } from '../../lib/lifecycle/lifecycle.ts';
import { withdrawalBy } from '../../lib/lifecycle/withdraw.ts';
import { notFound } from '../../server/errors.ts';
import { INCIDENT_NOT_FOUND, incidentSubject, visibleIncident } from './incidents.access.ts';
import { appendIncidentEvent, updateIncidentRow } from './incidents.repository.ts';

/**
 * Withdraws an incident recorded by mistake: its author or the owner (a secretary sees only hers,
 * so another's is a 404). Kept in the list with the reason, shown « retiré », no clock running;
 * journaled and on its timeline.
 * @throws HttpError 404 not visible, 403 neither author nor owner, 409 already withdrawn.
 */
export async function withdrawIncident(
  db: Db,
  caller: Caller,
  id: string,
  input: WithdrawInput,
  now: Date,
): Promise<void> {
  const incident = await visibleIncident(db, caller, id);
  const withdrawal = withdrawalBy('incident', caller, incident, incident.raisedBy.id === caller.userId, input, now);
  await withTransaction(db, async (trx) => {
    if (!(await updateIncidentRow(trx, caller.practiceId, id, { withdrawal }, now))) {
      throw notFound(INCIDENT_NOT_FOUND);
    }
    await appendIncidentEvent(trx, caller.practiceId, id, {
      kind: 'withdrawn',
      at: now,
      author: timelineAuthor(caller),
      text: input.reason,
    });
    const journal = journalAbout(trx, caller, incidentSubject(id), now);
    await journal({
      action: 'incident.withdrawn',
      summary: 'Incident retiré : ce n’en était pas un. Il reste dans la liste des incidents.',
      data: { status: incident.status },
    });
  });
}
