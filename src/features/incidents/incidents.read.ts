import type { Db } from '../../db/connect.ts';
import type { Caller } from '../../lib/lifecycle/caller.ts';
import { withdrawalRefusal } from '../../lib/lifecycle/lifecycle.ts';
import { allows } from '../../server/permissions.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { arsReportExpected } from './ars-report.ts';
import { visibleIncident } from './incidents.access.ts';
import type { IncidentReferential } from './incidents.referential.ts';
import { listIncidents, listIncidentTimeline, listPracticeContacts } from './incidents.repository.ts';
import { incidentSummaryView, incidentView } from './incidents-view.ts';

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
