import type { DbHandle } from '../../db/connect.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import { insertIncident } from '../incidents/incidents.repository.ts';
import { recordBreach } from './breaches.record.ts';

/**
 * For the permission walker (`src/server/permissions.test.ts`): one breach and one incident of the
 * practice, and each `:id` route of the register with a body valid enough to reach its handler.
 */
export async function breachObjectsOf(
  handle: DbHandle,
  practice: Pick<Practice, 'id'>,
): Promise<Record<string, { id: string; body?: unknown }>> {
  const now = new Date();
  const actor = { type: 'system' as const, id: null, label: 'Tests' };
  const breach = await recordBreach(
    handle.db,
    { practiceId: practice.id, userId: 'tests', name: 'Tests', role: 'owner', actor },
    { awareAt: new Date(now.getTime() - 3_600_000).toISOString() },
    now,
  );
  const incident = await insertIncident(
    handle.db,
    practice.id,
    { scenario: 'ransomware', raisedBy: { id: null, name: 'Tests' } },
    now,
  );
  const { id } = breach;
  return {
    'GET /api/v1/breaches/:id': { id },
    'PUT /api/v1/breaches/:id': { id, body: { description: 'Ordinateur de l’accueil chiffré' } },
    'GET /api/v1/breaches/:id/documents/:doc.pdf': { id },
    'GET /api/v1/breaches/:id/documents/:doc.txt': { id },
    'POST /api/v1/incidents/:id/breach': { id: incident.id, body: {} },
    'POST /api/v1/breaches/:id/withdraw': { id, body: { reason: 'Fausse alerte' } },
  };
}
