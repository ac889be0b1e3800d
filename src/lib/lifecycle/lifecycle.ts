import type { Role } from '../../features/accounts/roles.ts';
import { z } from '../zod.ts';

/**
 * The one lifecycle incidents and breaches share. Either is open (its clocks run: the CNIL's 72
 * hours, the insurer's 72 hours, the ARS report), then closed (an incident closed, a breach decided
 * or notified), or withdrawn (« retiré », « retirée »): recorded by mistake, it turned out not to
 * be one. A withdrawn record is never deleted: it stays in the register and its exports with its
 * reason, the journal says who withdrew it and when, and no clock, alert, home card or « à faire »
 * item counts it any more. Pure: the web pages import it too.
 */
export const LIFECYCLE_STATES = ['open', 'closed', 'withdrawn'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export type LifecycleKind = 'incident' | 'breach';

/** Who withdrew, when (ISO instant) and why. */
export interface Withdrawal {
  at: string;
  by: string;
  reason: string;
}

/** « retiré » for an incident, « retirée » for a breach (une violation). */
export const WITHDRAWN_LABELS: Record<LifecycleKind, string> = { incident: 'Retiré', breach: 'Retirée' };

export const WITHDRAWAL_REASON_MAX = 2000;

/** The body of `POST /incidents/:id/withdraw` and `POST /breaches/:id/withdraw`. */
export const withdrawBody = z.strictObject({
  reason: z
    .string({ error: 'indiquez pourquoi ce n’était pas un incident ou une violation' })
    .trim()
    .min(3, 'indiquez pourquoi ce n’était pas un incident ou une violation (3 caractères au moins)')
    .max(WITHDRAWAL_REASON_MAX, `${WITHDRAWAL_REASON_MAX} caractères au plus`),
});
export type WithdrawInput = z.infer<typeof withdrawBody>;

/**
 * Where a record stands: withdrawn first (whatever else it holds), then closed, else open.
 * @example lifecycleState({ withdrawal: null, closed: false }) // 'open'
 */
export function lifecycleState(record: { withdrawal: Withdrawal | null; closed: boolean }): LifecycleState {
  if (record.withdrawal !== null) return 'withdrawn';
  return record.closed ? 'closed' : 'open';
}

/** A withdrawn record runs no clock, raises no alert and has nothing left to do. */
export function isWithdrawn(record: { withdrawal: Withdrawal | null }): boolean {
  return record.withdrawal !== null;
}

/**
 * Who may withdraw: an incident, the owner or the person who raised it; a breach, the owner or a
 * practitioner (who decide on breaches).
 * @example mayWithdraw('incident', 'secretary', true) // true (she raised it)
 */
export function mayWithdraw(kind: LifecycleKind, role: Role, isAuthor: boolean): boolean {
  if (role === 'owner') return true;
  if (kind === 'incident') return isAuthor && role !== 'auditor';
  return role === 'practitioner';
}

/** Why a withdrawal is refused for who is asking, in French; null when allowed. */
export function withdrawalRefusal(kind: LifecycleKind, role: Role, isAuthor: boolean): string | null {
  if (mayWithdraw(kind, role, isAuthor)) return null;
  return kind === 'incident'
    ? 'Seuls la personne qui a signalé l’incident et le titulaire peuvent le retirer.'
    : 'Seuls le titulaire et les praticiens peuvent retirer une violation de données.';
}

/** The withdrawal recorded on a row (three nullable columns), or null. */
export function withdrawalOf(row: {
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
}): Withdrawal | null {
  if (row.withdrawn_at === null) return null;
  return { at: row.withdrawn_at, by: row.withdrawn_by ?? '', reason: row.withdrawal_reason ?? '' };
}

/** The three columns of a withdrawal. */
export function withdrawalColumns(withdrawal: Withdrawal | null) {
  return {
    withdrawn_at: withdrawal?.at ?? null,
    withdrawn_by: withdrawal?.by ?? null,
    withdrawal_reason: withdrawal?.reason ?? null,
  };
}

/** The API's view of a withdrawal. */
export const withdrawalView = z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable();
