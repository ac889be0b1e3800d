import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { type Caller, journalAbout, timelineAuthor } from '../../lib/lifecycle/caller.ts';
import { incidentSubject } from './incidents.access.ts';
import type { IncidentReferential } from './incidents.referential.ts';
import { type Incident, insertIncident } from './incidents.repository.ts';
import type { CreateIncidentInput } from './incidents.schema.ts';

/** Raises an incident in one click: recorded, its `raised` event, and the journal entry. */
export async function raiseIncident(
  db: Db,
  ref: IncidentReferential,
  caller: Caller,
  input: CreateIncidentInput,
  now: Date,
): Promise<Incident> {
  const playbook = ref.playbook(input.scenario);
  return withTransaction(db, async (trx) => {
    const incident = await insertIncident(
      trx,
      caller.practiceId,
      {
        scenario: input.scenario,
        raisedBy: timelineAuthor(caller),
        title: input.title ?? null,
        summary: input.summary ?? null,
      },
      now,
    );
    const journal = journalAbout(trx, caller, incidentSubject(incident.id), now);
    await journal({
      action: 'incident.raised',
      summary: `Incident signalé : ${playbook.title}`,
      data: { scenario: input.scenario },
    });
    return incident;
  });
}
