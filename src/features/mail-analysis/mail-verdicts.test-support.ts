import type { DbHandle } from '../../db/connect.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import { insertVerdict } from './mail-analysis.repository.ts';

/** For the permission walker: a kept verdict of the practice, under its `:id` route. */
export async function mailVerdictObjectsOf(handle: DbHandle, practice: Practice) {
  const kept = await insertVerdict(
    handle.db,
    practice.id,
    { userId: null, keptBy: 'Tests', verdict: 'suspicious', findingCodes: ['url_shortener'], senderDomain: null },
    new Date(),
  );
  return { 'DELETE /api/v1/tools/mail-analysis/verdicts/:id': { id: kept.id } };
}
