import { createHash, randomUUID } from 'node:crypto';
import type { DbHandle } from '../../db/connect.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import { insertEvidence } from './evidence.repository.ts';

/** An evidence file of the practice (stored as is, as on SQLite without the key), for the permission walker. */
export async function evidenceObjectsOf(
  handle: DbHandle,
  practice: Pick<Practice, 'id'>,
): Promise<Record<string, { id: string; body?: unknown }>> {
  const content = Buffer.from('%PDF-1.4\n%%EOF\n');
  const id = randomUUID();
  await insertEvidence(handle.db, {
    id,
    practiceId: practice.id,
    target: { type: 'practice', id: null },
    fileName: 'charte.pdf',
    mediaType: 'application/pdf',
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    addedById: null,
    addedBy: 'Tests',
    addedAt: new Date().toISOString(),
    sealed: false,
    content,
  });
  return { 'GET /api/v1/evidence/:id/file': { id }, 'DELETE /api/v1/evidence/:id': { id } };
}
