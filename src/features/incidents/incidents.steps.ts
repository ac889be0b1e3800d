import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { type Caller, journalAbout, timelineAuthor } from '../../lib/lifecycle/caller.ts';
import { refuseIfWithdrawn } from '../../lib/lifecycle/withdraw.ts';
import { badRequest } from '../../server/errors.ts';
import { incidentSubject, visibleIncident } from './incidents.access.ts';
import type { IncidentReferential } from './incidents.referential.ts';
import {
  appendIncidentEvent,
  findPracticeContact,
  type Incident,
  listIncidentTimeline,
} from './incidents.repository.ts';
import type { AddStepInput } from './incidents.schema.ts';
import { gestureStates } from './incidents-view.ts';

/** The practice contact or national contact an id names, or null. */
async function contactName(db: Db, ref: IncidentReferential, practiceId: string, id: string): Promise<string | null> {
  const national = ref.contact(id);
  if (national) return national.name;
  return (await findPracticeContact(db, practiceId, id))?.name ?? null;
}

/** Checks the fields each kind needs, naming the field at fault in French. */
async function checkStep(db: Db, ref: IncidentReferential, incident: Incident, input: AddStepInput): Promise<void> {
  const playbook = ref.playbook(incident.scenario);
  const isGestureKind = input.kind === 'step_done' || input.kind === 'step_undone';
  if (isGestureKind) {
    if (!input.gestureId) throw badRequest('Champ « gestureId » : indiquez le geste coché ou décoché.', 'gestureId');
    if (!playbook.gestures.some((g) => g.id === input.gestureId)) {
      const ids = playbook.gestures.map((g) => g.id).join(', ');
      throw badRequest(
        `Champ « gestureId » : geste inconnu « ${input.gestureId} » pour la situation « ${playbook.title} » (gestes : ${ids}).`,
        'gestureId',
      );
    }
  } else if (input.gestureId !== undefined) {
    throw badRequest('Champ « gestureId » : seuls step_done et step_undone concernent un geste.', 'gestureId');
  }
  if ((input.kind === 'note' || input.kind === 'decision') && !input.text) {
    const what = input.kind === 'note' ? 'la note' : 'la décision';
    throw badRequest(`Champ « text » : écrivez ${what}.`, 'text');
  }
  if (input.kind === 'contact_called') {
    if (!input.contactId) throw badRequest('Champ « contactId » : indiquez le contact appelé.', 'contactId');
    if ((await contactName(db, ref, incident.practiceId, input.contactId)) === null) {
      throw badRequest(`Champ « contactId » : contact inconnu « ${input.contactId} ».`, 'contactId');
    }
  } else if (input.contactId !== undefined) {
    throw badRequest('Champ « contactId » : seul contact_called concerne un contact.', 'contactId');
  }
}

const STEP_SUMMARIES: Record<AddStepInput['kind'], string> = {
  step_done: 'Geste du guide coché',
  step_undone: 'Geste du guide décoché',
  note: 'Note ajoutée à un incident',
  decision: 'Décision ajoutée à un incident',
  contact_called: 'Appel d’un contact noté sur un incident',
};

/**
 * Adds a step to the timeline of an incident the caller may see: a gesture ticked (its time is the
 * step's) or unticked, a note, a decision, a contact called. Ticking a ticked gesture (or
 * unticking an unticked one) records nothing. The journal gets the kind and ids, never the text.
 */
export async function addStep(
  db: Db,
  ref: IncidentReferential,
  caller: Caller,
  id: string,
  input: AddStepInput,
  now: Date,
): Promise<void> {
  const incident = await visibleIncident(db, caller, id);
  refuseIfWithdrawn('incident', incident);
  await checkStep(db, ref, incident, input);
  await withTransaction(db, async (trx) => {
    if (input.gestureId) {
      const done = gestureStates(await listIncidentTimeline(trx, caller.practiceId, id)).has(input.gestureId);
      if (done === (input.kind === 'step_done')) return;
    }
    await appendIncidentEvent(trx, caller.practiceId, id, {
      kind: input.kind,
      at: now,
      author: timelineAuthor(caller),
      gestureId: input.gestureId ?? null,
      contactId: input.contactId ?? null,
      text: input.text ?? null,
    });
    const journal = journalAbout(trx, caller, incidentSubject(id), now);
    await journal({
      action: 'incident.step_recorded',
      summary: STEP_SUMMARIES[input.kind],
      data: {
        kind: input.kind,
        ...(input.gestureId ? { gestureId: input.gestureId } : {}),
        ...(input.contactId ? { contactId: input.contactId } : {}),
      },
    });
  });
}
