import type { Db } from '../../db/connect.ts';
import type { Caller } from '../../lib/lifecycle/caller.ts';
import { notFound } from '../../server/errors.ts';
import { findIncident, type Incident } from './incidents.repository.ts';

export const INCIDENT_NOT_FOUND = 'Incident introuvable.';

/** The journal's subject for an incident. */
export const incidentSubject = (id: string) => ({ type: 'incident', id });

/** The secretary sees only the incidents she raised; everyone else sees all of the practice's. */
export function canSee(caller: Pick<Caller, 'userId' | 'role'>, incident: Pick<Incident, 'raisedBy'>): boolean {
  return caller.role !== 'secretary' || incident.raisedBy.id === caller.userId;
}

/** The incident if the caller may see it; 404 otherwise (also for another practice's). */
export async function visibleIncident(db: Db, caller: Caller, id: string): Promise<Incident> {
  const incident = await findIncident(db, caller.practiceId, id);
  if (!incident || !canSee(caller, incident)) throw notFound(INCIDENT_NOT_FOUND);
  return incident;
}
