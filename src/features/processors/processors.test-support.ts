import type { DbHandle } from '../../db/connect.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import { createProcessor } from './processors.service.ts';

/**
 * For the permission walker (`src/server/permissions.test.ts`): one processor of the practice, and
 * each `:id` route of the processors with a body valid enough to reach its handler.
 */
export async function processorObjectsOf(
  handle: DbHandle,
  practice: Pick<Practice, 'id'>,
): Promise<Record<string, { id: string; body?: unknown }>> {
  const body = { name: 'Logiciel en ligne', service: 'Dossiers patients', hostsHealthData: true, hostingInEea: true };
  const processor = await createProcessor(
    handle.db,
    { practiceId: practice.id, actor: { type: 'system', id: null, label: 'Tests' } },
    {
      ...body,
      contact: null,
      activityIds: [],
      hdsCertificate: null,
      dpaSignedOn: null,
      contractEndsOn: null,
      clauses: {},
    },
    new Date(),
  );
  const { id } = processor;
  return {
    'GET /api/v1/processors/:id': { id },
    'PUT /api/v1/processors/:id': { id, body },
    'DELETE /api/v1/processors/:id': { id },
  };
}
