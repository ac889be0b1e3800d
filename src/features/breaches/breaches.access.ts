import type { Db } from '../../db/connect.ts';
import { badRequest, notFound } from '../../server/errors.ts';
import type { Breach } from './breach.ts';
import type { RuleError } from './breach-rules.ts';
import { findBreach } from './breaches.repository.ts';

/** The journal's subject for a breach. */
export const breachSubject = (id: string) => ({ type: 'breach', id });

/** The practice's breach. @throws HttpError 404 (also for another practice's). */
export async function getBreach(db: Db, practiceId: string, id: string): Promise<Breach> {
  const breach = await findBreach(db, practiceId, id);
  if (!breach) throw notFound('Violation de données introuvable.');
  return breach;
}

/** A rule's French message as a 400 naming the field at fault; nothing when the rule holds. */
export function refuseIf(problem: RuleError | null): void {
  if (problem) throw badRequest(problem.message, problem.field);
}
