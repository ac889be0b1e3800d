import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { formatDateTime } from '../../lib/dates/index.ts';
import { type WithdrawInput, withdrawalRefusal } from '../../lib/lifecycle/lifecycle.ts';
import { badRequest, conflict, forbidden, notFound } from '../../server/errors.ts';
import { allows } from '../../server/permissions.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import type { Role } from '../accounts/roles.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import { arsReportExpected } from './ars-report.ts';
import { PRACTICE_CONTACT_KIND_LABELS } from './incident-labels.ts';
import { INCIDENT_UPDATE_FIELDS } from './incidents.events.ts';
import type { IncidentReferential } from './incidents.referential.ts';
import {
  appendIncidentEvent,
  deletePracticeContact,
  findIncident,
  findPracticeContact,
  type Incident,
  insertIncident,
  insertPracticeContact,
  listIncidents,
  listIncidentTimeline,
  listPracticeContacts,
  type PracticeContact,
  updateIncidentRow,
  updatePracticeContact,
} from './incidents.repository.ts';
import type { AddStepInput, ContactInput, CreateIncidentInput, UpdateIncidentInput } from './incidents.schema.ts';
import { gestureStates, incidentSummaryView, incidentView } from './incidents-view.ts';

/** Who acts: the practice, the user and role, the name shown in the timeline, the journal's actor. */
export interface Caller {
  practiceId: string;
  userId: string;
  role: Role;
  name: string;
  actor: JournalActor;
}

const SUBJECT = (id: string) => ({ type: 'incident', id });
const CONTACT_SUBJECT = (id: string) => ({ type: 'practice_contact', id });
const NOT_FOUND = 'Incident introuvable.';

/** The secretary sees only the incidents she raised; everyone else sees all of the practice's. */
export function canSee(caller: Pick<Caller, 'userId' | 'role'>, incident: Pick<Incident, 'raisedBy'>): boolean {
  return caller.role !== 'secretary' || incident.raisedBy.id === caller.userId;
}

/** The incident if the caller may see it; 404 otherwise (also for another practice's). */
export async function visibleIncident(db: Db, caller: Caller, id: string): Promise<Incident> {
  const incident = await findIncident(db, caller.practiceId, id);
  if (!incident || !canSee(caller, incident)) throw notFound(NOT_FOUND);
  return incident;
}

/** The full view of an incident: playbook, gesture ticks, contacts and timeline. */
export async function loadIncidentView(db: Db, ref: IncidentReferential, caller: Caller, id: string) {
  const incident = await visibleIncident(db, caller, id);
  const [timeline, practiceContacts, practice] = await Promise.all([
    listIncidentTimeline(db, caller.practiceId, id),
    listPracticeContacts(db, caller.practiceId),
    findPractice(db, caller.practiceId),
  ]);
  return incidentView({
    incident,
    playbook: ref.playbook(incident.scenario),
    timeline,
    nationalContacts: ref.contacts,
    practiceContacts,
    canManage: allows('incidents.manage', caller.role),
    canWithdraw: withdrawalRefusal('incident', caller.role, incident.raisedBy.id === caller.userId) === null,
    arsReportExpected: practice !== null && arsReportExpected(practice.structureType),
  });
}

/** The incidents the caller may see, newest first, with their progress. */
export async function listVisibleIncidents(db: Db, ref: IncidentReferential, caller: Caller) {
  const incidents = await listIncidents(
    db,
    caller.practiceId,
    caller.role === 'secretary' ? { raisedBy: caller.userId } : {},
  );
  return Promise.all(
    incidents.map(async (incident) =>
      incidentSummaryView(
        incident,
        ref.playbook(incident.scenario),
        await listIncidentTimeline(db, caller.practiceId, incident.id),
      ),
    ),
  );
}

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
        raisedBy: { id: caller.userId, name: caller.name },
        title: input.title ?? null,
        summary: input.summary ?? null,
      },
      now,
    );
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'incident.raised',
        subject: SUBJECT(incident.id),
        summary: `Incident signalé : ${playbook.title}`,
        data: { scenario: input.scenario },
      },
      now,
    );
    return incident;
  });
}

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
  refuseIfWithdrawn(incident);
  await checkStep(db, ref, incident, input);
  await withTransaction(db, async (trx) => {
    if (input.gestureId) {
      const done = gestureStates(await listIncidentTimeline(trx, caller.practiceId, id)).has(input.gestureId);
      if (done === (input.kind === 'step_done')) return;
    }
    await appendIncidentEvent(trx, caller.practiceId, id, {
      kind: input.kind,
      at: now,
      author: { id: caller.userId, name: caller.name },
      gestureId: input.gestureId ?? null,
      contactId: input.contactId ?? null,
      text: input.text ?? null,
    });
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'incident.step_recorded',
        subject: SUBJECT(id),
        summary: STEP_SUMMARIES[input.kind],
        data: {
          kind: input.kind,
          ...(input.gestureId ? { gestureId: input.gestureId } : {}),
          ...(input.contactId ? { contactId: input.contactId } : {}),
        },
      },
      now,
    );
  });
}

/** A withdrawn incident is kept as it was: 409 on any change. */
function refuseIfWithdrawn(incident: Incident): void {
  if (incident.withdrawal !== null) {
    throw conflict(
      `Cet incident a été retiré le ${formatDateTime(new Date(incident.withdrawal.at))} : il reste dans la liste tel quel et ne se modifie plus.`,
    );
  }
}

/** A complaint or ARS report date: not in the future, not before 2000. */
function checkStepDate(field: 'complaintFiledAt' | 'arsReportedAt', value: string | null | undefined, now: Date) {
  if (value === null || value === undefined) return;
  const what = field === 'complaintFiledAt' ? 'la date du dépôt de plainte' : 'la date du signalement à l’ARS';
  if (new Date(value).getTime() > now.getTime()) {
    throw badRequest(`Champ « ${field} » : ${what} ne peut pas être dans le futur.`, field);
  }
  if (value < '2000-01-01')
    throw badRequest(`Champ « ${field} » : ${what} doit être postérieure au 1er janvier 2000.`, field);
}

const SUMMARIES = { closed: 'Incident clos', open: 'Incident rouvert' } as const;

/**
 * Edits the title or summary, closes or reopens, records the complaint (its date and number: the
 * insurer's 72 hours) or the report to the ARS (owner, practitioner). Closing, reopening, a
 * complaint date and an ARS report date go on the timeline.
 */
export async function updateIncident(
  db: Db,
  caller: Caller,
  id: string,
  input: UpdateIncidentInput,
  now: Date,
): Promise<void> {
  const incident = await visibleIncident(db, caller, id);
  refuseIfWithdrawn(incident);
  checkStepDate('complaintFiledAt', input.complaintFiledAt, now);
  checkStepDate('arsReportedAt', input.arsReportedAt, now);
  const fields = INCIDENT_UPDATE_FIELDS.filter(
    (field) => input[field] !== undefined && input[field] !== incident[field],
  );
  if (fields.length === 0) return;
  await withTransaction(db, async (trx) => {
    const updated = await updateIncidentRow(trx, caller.practiceId, id, input, now);
    if (!updated) throw notFound(NOT_FOUND);
    const author = { id: caller.userId, name: caller.name };
    if (fields.includes('status')) {
      await appendIncidentEvent(trx, caller.practiceId, id, {
        kind: updated.status === 'closed' ? 'closed' : 'reopened',
        at: now,
        author,
      });
    }
    if (fields.includes('complaintFiledAt') && updated.complaintFiledAt !== null) {
      await appendIncidentEvent(trx, caller.practiceId, id, {
        kind: 'complaint_filed',
        at: new Date(updated.complaintFiledAt),
        author,
      });
    }
    if (fields.includes('arsReportedAt') && updated.arsReportedAt !== null) {
      await appendIncidentEvent(trx, caller.practiceId, id, {
        kind: 'ars_reported',
        at: new Date(updated.arsReportedAt),
        author,
      });
    }
    const summary = fields.includes('status')
      ? SUMMARIES[updated.status]
      : fields.includes('complaintFiledAt') && updated.complaintFiledAt !== null
        ? `Dépôt de plainte noté sur un incident (le ${formatDateTime(new Date(updated.complaintFiledAt))})`
        : fields.includes('arsReportedAt') && updated.arsReportedAt !== null
          ? `Signalement à l’ARS noté sur un incident (le ${formatDateTime(new Date(updated.arsReportedAt))})`
          : 'Incident modifié';
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'incident.updated',
        subject: SUBJECT(id),
        summary,
        data: { fields, status: updated.status },
      },
      now,
    );
  });
}

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
  const refusal = withdrawalRefusal('incident', caller.role, incident.raisedBy.id === caller.userId);
  if (refusal) throw forbidden(refusal);
  refuseIfWithdrawn(incident);
  await withTransaction(db, async (trx) => {
    const withdrawal = { at: now.toISOString(), by: caller.actor.label, reason: input.reason };
    if (!(await updateIncidentRow(trx, caller.practiceId, id, { withdrawal }, now))) throw notFound(NOT_FOUND);
    await appendIncidentEvent(trx, caller.practiceId, id, {
      kind: 'withdrawn',
      at: now,
      author: { id: caller.userId, name: caller.name },
      text: input.reason,
    });
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'incident.withdrawn',
        subject: SUBJECT(id),
        summary: 'Incident retiré : ce n’en était pas un. Il reste dans la liste des incidents.',
        data: { status: incident.status },
      },
      now,
    );
  });
}

/** The practice's contacts. */
export function practiceContacts(db: Db, caller: Caller): Promise<PracticeContact[]> {
  return listPracticeContacts(db, caller.practiceId);
}

export async function createContact(db: Db, caller: Caller, input: ContactInput, now: Date): Promise<PracticeContact> {
  return withTransaction(db, async (trx) => {
    const contact = await insertPracticeContact(trx, caller.practiceId, input, now);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'contact.created',
        subject: CONTACT_SUBJECT(contact.id),
        summary: `Contact utile ajouté : ${PRACTICE_CONTACT_KIND_LABELS[contact.kind]}`,
        data: { kind: contact.kind },
      },
      now,
    );
    return contact;
  });
}

export async function replaceContact(
  db: Db,
  caller: Caller,
  id: string,
  input: ContactInput,
  now: Date,
): Promise<PracticeContact> {
  return withTransaction(db, async (trx) => {
    const contact = await updatePracticeContact(trx, caller.practiceId, id, input, now);
    if (!contact) throw notFound('Contact introuvable.');
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'contact.updated',
        subject: CONTACT_SUBJECT(id),
        summary: `Contact utile modifié : ${PRACTICE_CONTACT_KIND_LABELS[contact.kind]}`,
        data: { kind: contact.kind },
      },
      now,
    );
    return contact;
  });
}

export async function removeContact(db: Db, caller: Caller, id: string, now: Date): Promise<void> {
  await withTransaction(db, async (trx) => {
    const contact = await findPracticeContact(trx, caller.practiceId, id);
    if (!contact || !(await deletePracticeContact(trx, caller.practiceId, id))) throw notFound('Contact introuvable.');
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'contact.deleted',
        subject: CONTACT_SUBJECT(id),
        summary: `Contact utile supprimé : ${PRACTICE_CONTACT_KIND_LABELS[contact.kind]}`,
        data: { kind: contact.kind },
      },
      now,
    );
  });
}
