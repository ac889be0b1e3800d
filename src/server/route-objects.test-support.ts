import type { TestPractice } from '../../test/support/factories.ts';
import type { DbHandle } from '../db/connect.ts';
import { createLink } from '../features/accounts/links.repository.ts';
import { createToken } from '../features/accounts/tokens.repository.ts';
import { breachObjectsOf } from '../features/breaches/breaches.test-support.ts';
import { evidenceObjectsOf } from '../features/evidence/evidence.test-support.ts';
import { incidentObjectsOf } from '../features/incidents/incidents.test-support.ts';
import { insertArchivedJournal } from '../features/journal/journal.test-support.ts';
import { mailVerdictObjectsOf } from '../features/mail-analysis/mail-verdicts.test-support.ts';
import { processorObjectsOf } from '../features/processors/processors.test-support.ts';
import { registerObjectsOf } from '../features/register/register.test-support.ts';
import { requestObjectsOf } from '../features/requests/requests.test-support.ts';

/** For each `/api/v1` route with an `:id`, an object of the practice and a body valid enough to reach the handler. */
export type RouteObjects = Record<string, { id: string; body?: unknown }>;

/**
 * One object of the practice behind every `:id` route (a user, an invitation, a token, a request,
 * an incident, a breach…): the permission walker checks another practice gets 404 on each, the
 * fuzz test sends them as valid and as other practices' ids.
 */
export async function routeObjectsOf(handle: DbHandle, a: TestPractice): Promise<RouteObjects> {
  const invitation = await createLink(
    handle.db,
    { practiceId: a.practice.id, kind: 'invitation', email: 'x@exemple.fr', role: 'secretary' },
    new Date(),
  );
  const token = await createToken(
    handle.db,
    { userId: a.owner.id, practiceId: a.practice.id, name: 'A', expiresAt: new Date(Date.now() + 86_400_000) },
    new Date(),
  );
  // The journal kept from before a move (a practice imported from another installation).
  const archive = await insertArchivedJournal(handle.db, a.practice.id, { count: 2, at: new Date() });
  return {
    'PATCH /api/v1/users/:id': { id: a.secretary.id, body: { role: 'auditor' } },
    'POST /api/v1/users/:id/reset': { id: a.secretary.id },
    'DELETE /api/v1/users/invitations/:id': { id: invitation.link.id },
    'DELETE /api/v1/me/tokens/:id': { id: token.record.id },
    'GET /api/v1/journal/archives/:id': { id: archive.id },
    'GET /api/v1/journal/archives/:id/export.csv': { id: archive.id },
    ...(await mailVerdictObjectsOf(handle, a.practice)),
    ...(await requestObjectsOf(handle, a.practice)),
    ...(await incidentObjectsOf(handle, a.practice)),
    ...(await breachObjectsOf(handle, a.practice)),
    ...(await processorObjectsOf(handle, a.practice)),
    ...(await registerObjectsOf(handle, a.practice)),
    ...(await evidenceObjectsOf(handle, a.practice)),
  };
}
