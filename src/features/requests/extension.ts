import { compareDays, formatDayLong, type HolidayOptions, type IsoDay } from '../../lib/dates/index.ts';
import { extendedDueDate } from './due-dates.ts';
import { isGdprKind, type RequestKind } from './request-labels.ts';
import { isOpen, type RequestClock } from './request-state.ts';

/** A request as the extension rule sees it. */
export interface ExtensionCandidate extends RequestClock {
  kind: RequestKind;
  receivedAt: IsoDay;
}

/** Why an extension is refused. */
export type ExtensionRefusal = 'medical_file' | 'closed' | 'already_extended' | 'too_late';

export type ExtensionCheck =
  | { ok: true; extendedDueDate: IsoDay }
  | { ok: false; reason: ExtensionRefusal; message: string };

/**
 * Whether a request may be extended on `today`, and until when. GDPR art. 12(3): the one-month
 * period may be extended by two more months when the person is told so, with the reasons, within
 * the first month — that is, on or before the (working-day adjusted) due date. The medical file's
 * deadlines (code de la santé publique L1111-7) have no extension.
 *
 * | kind         | received   | due        | today      | result                              |
 * | ------------ | ---------- | ---------- | ---------- | ----------------------------------- |
 * | access       | 2026-09-03 | 2026-10-05 | 2026-10-05 | ok, extended to 2026-12-03          |
 * | access       | 2026-09-03 | 2026-10-05 | 2026-10-06 | refused: after the first month      |
 * | medical_file | 2026-12-02 | 2026-12-10 | 2026-12-03 | refused: no extension in the law    |
 *
 * @example checkExtension({ kind: 'access', receivedAt: '2026-09-03', status: 'received', dueDate: '2026-10-05', extendedDueDate: null }, '2026-09-20')
 * // { ok: true, extendedDueDate: '2026-12-03' }
 */
export function checkExtension(request: ExtensionCandidate, today: IsoDay, opts: HolidayOptions = {}): ExtensionCheck {
  if (!isGdprKind(request.kind)) {
    return {
      ok: false,
      reason: 'medical_file',
      message:
        'Le délai d’une demande d’accès au dossier médical ne peut pas être prolongé : la loi (article L1111-7 du code de la santé publique) fixe 8 jours, ou 2 mois pour des informations de plus de 5 ans. Indiquez plutôt que les informations ont plus de 5 ans si c’est le cas.',
    };
  }
  if (!isOpen(request.status)) {
    return {
      ok: false,
      reason: 'closed',
      message: 'Cette demande a déjà reçu sa réponse : son délai ne peut plus être prolongé.',
    };
  }
  if (request.extendedDueDate !== null) {
    return {
      ok: false,
      reason: 'already_extended',
      message: `Cette demande a déjà été prolongée jusqu’au ${formatDayLong(request.extendedDueDate)} : le RGPD ne permet qu’une prolongation de deux mois.`,
    };
  }
  if (compareDays(today, request.dueDate) > 0) {
    return {
      ok: false,
      reason: 'too_late',
      message: `La prolongation devait être annoncée à la personne avant la fin du premier mois, au plus tard le ${formatDayLong(request.dueDate)} : il est trop tard pour prolonger le délai. Répondez sans attendre.`,
    };
  }
  return { ok: true, extendedDueDate: extendedDueDate(request.receivedAt, opts) };
}
