import { conflict, forbidden } from '../../server/errors.ts';
import { formatDateTime } from '../dates/index.ts';
import type { Caller } from './caller.ts';
import { type LifecycleKind, type Withdrawal, type WithdrawInput, withdrawalRefusal } from './lifecycle.ts';

/** What a change to a withdrawn record is answered, by the day and time it was withdrawn. */
const KEPT_AS_IT_WAS: Record<LifecycleKind, (at: string) => string> = {
  incident: (at) => `Cet incident a été retiré le ${at} : il reste dans la liste tel quel et ne se modifie plus.`,
  breach: (at) => `Cette violation a été retirée le ${at} : elle reste au registre telle quelle et ne se modifie plus.`,
};

/** A withdrawn record is kept as it was: 409 on any change. */
export function refuseIfWithdrawn(kind: LifecycleKind, record: { withdrawal: Withdrawal | null }): void {
  if (record.withdrawal !== null) throw conflict(KEPT_AS_IT_WAS[kind](formatDateTime(new Date(record.withdrawal.at))));
}

/**
 * The withdrawal `caller` records now, with the reason given.
 * @throws HttpError 403 when the caller may not withdraw it (see mayWithdraw), 409 already withdrawn.
 */
export function withdrawalBy(
  kind: LifecycleKind,
  caller: Caller,
  record: { withdrawal: Withdrawal | null },
  isAuthor: boolean,
  input: WithdrawInput,
  now: Date,
): Withdrawal {
  const refusal = withdrawalRefusal(kind, caller.role, isAuthor);
  if (refusal) throw forbidden(refusal);
  refuseIfWithdrawn(kind, record);
  return { at: now.toISOString(), by: caller.actor.label, reason: input.reason };
}
