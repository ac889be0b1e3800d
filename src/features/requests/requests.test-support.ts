import type { DbHandle } from '../../db/connect.ts';
import { addDays, parisDay } from '../../lib/dates/index.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import { registerRequest } from './requests.service.ts';

/**
 * For the permission walker (`src/server/permissions.test.ts`): one request of the practice, and
 * each `:id` route of the register with a body valid enough to reach its handler.
 */
export async function requestObjectsOf(
  handle: DbHandle,
  practice: Pick<Practice, 'id'>,
): Promise<Record<string, { id: string; body?: unknown }>> {
  const now = new Date();
  const today = parisDay(now);
  const request = await registerRequest(
    handle.db,
    { practiceId: practice.id, role: 'owner', actor: { type: 'system', id: null, label: 'Tests' } },
    { kind: 'access', receivedAt: addDays(today, -3), requester: { type: 'patient', name: '1042 A. B.' } },
    now,
  );
  const { id } = request;
  return {
    'GET /api/v1/requests/:id': { id },
    'PATCH /api/v1/requests/:id': { id, body: { identityChecked: true } },
    'POST /api/v1/requests/:id/extend': { id, body: { reason: 'Dossier complexe' } },
    'POST /api/v1/requests/:id/answer': {
      id,
      body: { outcome: 'refused', refusalReason: 'Demande en double', answeredAt: today },
    },
    'GET /api/v1/requests/:id/letters/:template.pdf': { id },
  };
}
