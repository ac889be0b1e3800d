import type { DbHandle } from '../../db/connect.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import { insertIncident, insertPracticeContact } from './incidents.repository.ts';

/**
 * For the permission walker (`src/server/permissions.test.ts`): an incident and a contact of the
 * practice, and for each incident or contact route with an `:id` a body valid enough to reach the handler.
 */
export async function incidentObjectsOf(
  handle: DbHandle,
  practice: Pick<Practice, 'id'>,
): Promise<Record<string, { id: string; body?: unknown }>> {
  const now = new Date();
  const incident = await insertIncident(
    handle.db,
    practice.id,
    { scenario: 'ransomware', raisedBy: { id: null, name: 'Tests' } },
    now,
  );
  const contact = await insertPracticeContact(
    handle.db,
    practice.id,
    { kind: 'it_provider', name: 'Informatique du cabinet', phone: '01 23 45 67 89' },
    now,
  );
  return {
    'GET /api/v1/incidents/:id': { id: incident.id },
    'PATCH /api/v1/incidents/:id': { id: incident.id, body: { status: 'closed' } },
    'POST /api/v1/incidents/:id/steps': { id: incident.id, body: { kind: 'note', text: 'Écran bloqué' } },
    'POST /api/v1/incidents/:id/withdraw': { id: incident.id, body: { reason: 'Fausse alerte' } },
    'PUT /api/v1/contacts/:id': { id: contact.id, body: { kind: 'insurer', name: 'Assureur' } },
    'DELETE /api/v1/contacts/:id': { id: contact.id },
  };
}
