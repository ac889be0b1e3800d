import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { formatDateTime } from '../../lib/dates/index.ts';
import { type Caller, journalAbout, timelineAuthor } from '../../lib/lifecycle/caller.ts';
import { refuseIfWithdrawn } from '../../lib/lifecycle/withdraw.ts';
import { badRequest, notFound } from '../../server/errors.ts';
import { INCIDENT_NOT_FOUND, incidentSubject, visibleIncident } from './incidents.access.ts';
import { INCIDENT_UPDATE_FIELDS } from './incidents.events.ts';
import { appendIncidentEvent, updateIncidentRow } from './incidents.repository.ts';
import type { UpdateIncidentInput } from './incidents.schema.ts';

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
  refuseIfWithdrawn('incident', incident);
  checkStepDate('complaintFiledAt', input.complaintFiledAt, now);
  checkStepDate('arsReportedAt', input.arsReportedAt, now);
  const fields = INCIDENT_UPDATE_FIELDS.filter(
    (field) => input[field] !== undefined && input[field] !== incident[field],
  );
  if (fields.length === 0) return;
  await withTransaction(db, async (trx) => {
    const updated = await updateIncidentRow(trx, caller.practiceId, id, input, now);
    if (!updated) throw notFound(INCIDENT_NOT_FOUND);
    const author = timelineAuthor(caller);
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
    const journal = journalAbout(trx, caller, incidentSubject(id), now);
    await journal({ action: 'incident.updated', summary, data: { fields, status: updated.status } });
  });
}
