import {
  addDays,
  addEuPeriodMonths,
  addMonths,
  formatDayLong,
  type HolidayOptions,
  type IsoDay,
  isoWeekday,
  isPublicHoliday,
  publicHolidays,
} from '../../lib/dates/index.ts';
import { isGdprKind, KIND_LABELS, type RequestKind } from './request-labels.ts';

/** What the due dates of a request depend on. */
export interface DueDateInput {
  kind: RequestKind;
  /** The day the practice received the request (`YYYY-MM-DD`, Paris). */
  receivedAt: IsoDay;
  /** Medical file only: the information asked for was created more than five years ago. */
  infoOlderThan5Years?: boolean;
  /** The practice is in Alsace-Moselle: 26 December is a public holiday too. */
  alsaceMoselle?: boolean;
  /** Alsace-Moselle, in a commune with a Protestant or mixed church: Good Friday as well (L. 3134-13). */
  goodFriday?: boolean;
}

/** The computed dates of a request, and the rule in plain French. */
export interface DueDates {
  /** Medical file only: the first day the information may be sent (48-hour reflection period). */
  earliestAnswerAt: IsoDay | null;
  /** The last day to answer. */
  dueDate: IsoDay;
  /** How the dates were computed, citing the rule, e.g. for the detail page and the documentation. */
  rule: string;
}

/** The medical file: 48 hours, 8 days, or 2 months for information over 5 years old (CSP L1111-7). */
const MEDICAL_FILE_DAYS = 8;
const MEDICAL_FILE_OLD_MONTHS = 2;
const REFLECTION_DAYS = 2;

/**
 * Due dates of a request for the medical file (code de la santé publique L1111-7, R1111-1): the
 * information is sent no earlier than 48 hours after receipt and at the latest 8 days after it, or
 * 2 months after it when the information is more than 5 years old. Calendar days and months from
 * the day of receipt, never moved to a working day: answering earlier is always safe.
 *
 * | received   | over 5 years | earliest   | due        |
 * | ---------- | ------------ | ---------- | ---------- |
 * | 2026-12-02 | no           | 2026-12-04 | 2026-12-10 |
 * | 2026-12-26 | no           | 2026-12-28 | 2027-01-03 (a Sunday: not moved) |
 * | 2026-12-31 | yes          | 2027-01-02 | 2027-02-28 |
 *
 * @example medicalFileDueDates('2026-12-02', false) // { earliestAnswerAt: '2026-12-04', dueDate: '2026-12-10', rule: '…' }
 */
export function medicalFileDueDates(receivedAt: IsoDay, infoOlderThan5Years: boolean): DueDates {
  const earliestAnswerAt = addDays(receivedAt, REFLECTION_DAYS);
  const dueDate = infoOlderThan5Years
    ? addMonths(receivedAt, MEDICAL_FILE_OLD_MONTHS)
    : addDays(receivedAt, MEDICAL_FILE_DAYS);
  const limit = infoOlderThan5Years
    ? 'dans les 2 mois qui suivent la réception, car les informations datent de plus de 5 ans'
    : 'dans les 8 jours qui suivent la réception';
  const rule =
    `${KIND_LABELS.medical_file} (article L1111-7 du code de la santé publique) : demande reçue le ${formatDayLong(receivedAt)}. ` +
    `Les informations sont communiquées après un délai de réflexion de 48 heures, donc pas avant le ${formatDayLong(earliestAnswerAt)} ` +
    `(à l’heure de la réception), et ${limit}, soit au plus tard le ${formatDayLong(dueDate, { weekday: true })}. ` +
    'Ce délai se compte en jours calendaires et n’est pas reporté à un jour ouvré : répondre plus tôt est toujours possible.';
  return { earliestAnswerAt, dueDate, rule };
}

/**
 * Why `day` is not a working day, in French: « un samedi », « un dimanche », « un jour férié (Noël) ».
 * @example nonWorkingReason('2026-10-03') // 'un samedi'
 */
export function nonWorkingReason(day: IsoDay, opts: HolidayOptions = {}): string | null {
  const weekday = isoWeekday(day);
  if (isPublicHoliday(day, opts)) {
    const name = publicHolidays(Number(day.slice(0, 4)), opts).find((h) => h.day === day)?.name;
    return name ? `un jour férié (${name})` : 'un jour férié';
  }
  if (weekday === 6) return 'un samedi';
  if (weekday === 7) return 'un dimanche';
  return null;
}

/** « le 3 octobre 2026 tombe un samedi : » when the nominal end moved, else nothing. */
function moved(nominal: IsoDay, due: IsoDay, opts: HolidayOptions): string {
  if (nominal === due) return '';
  const why = nonWorkingReason(nominal, opts) ?? 'un jour non ouvré';
  return ` Le ${formatDayLong(nominal)} tombe ${why} : l’échéance passe au jour ouvré suivant.`;
}

const holidaysNote = (opts: HolidayOptions) => {
  if (opts.alsaceMoselle !== true) return '';
  return opts.goodFriday === true
    ? ' Les jours fériés d’Alsace-Moselle (Vendredi saint, 26 décembre) sont comptés.'
    : ' Le jour férié d’Alsace-Moselle du 26 décembre est compté ; le Vendredi saint ne l’est pas (il n’est férié que dans les communes ayant un temple protestant ou une église mixte).';
};

/**
 * Due date of a GDPR right (art. 12(3)): one month from receipt, counted as EU regulation 1182/71
 * counts periods (see `addEuPeriodMonths`): the day of receipt does not count, the period ends on
 * the same-numbered day of the next month or that month's last day, moved to the next working day
 * when it is a Saturday, a Sunday or a public holiday (Alsace-Moselle's when the practice is there).
 *
 * | received   | nominal end       | due        |
 * | ---------- | ----------------- | ---------- |
 * | 2026-09-03 | 2026-10-03 (Sat)  | 2026-10-05 |
 * | 2026-01-31 | 2026-02-28 (Sat)  | 2026-03-02 |
 * | 2028-01-31 | 2028-02-29 (Tue)  | 2028-02-29 |
 * | 2026-11-25 | 2026-12-25 (Fri)  | 2026-12-28 |
 *
 * @example gdprDueDates('access', '2026-09-03') // { earliestAnswerAt: null, dueDate: '2026-10-05', rule: '…' }
 */
export function gdprDueDates(kind: RequestKind, receivedAt: IsoDay, opts: HolidayOptions = {}): DueDates {
  const nominal = addMonths(receivedAt, 1);
  const dueDate = addEuPeriodMonths(receivedAt, 1, opts);
  const rule =
    `${KIND_LABELS[kind]} (article 12.3 du RGPD) : demande reçue le ${formatDayLong(receivedAt)}. ` +
    'Le délai est d’un mois, compté comme le prévoit le règlement européen 1182/71 : le jour de la réception ne compte pas, ' +
    'le délai finit le même jour du mois suivant (ou le dernier jour de ce mois s’il est plus court) et, si ce jour est un samedi, ' +
    `un dimanche ou un jour férié, le jour ouvré suivant.${moved(nominal, dueDate, opts)}${holidaysNote(opts)} ` +
    `Réponse au plus tard le ${formatDayLong(dueDate, { weekday: true })}. ` +
    'Ce délai peut être prolongé de deux mois pour une demande complexe ou si les demandes sont nombreuses, à condition de prévenir la personne, avec les raisons, avant la fin du premier mois.';
  return { earliestAnswerAt: null, dueDate, rule };
}

/**
 * The due dates of any request: the medical file's or a GDPR right's.
 * @example computeDueDates({ kind: 'medical_file', receivedAt: '2026-12-02' }).dueDate // '2026-12-10'
 */
export function computeDueDates(input: DueDateInput): DueDates {
  if (!isGdprKind(input.kind)) return medicalFileDueDates(input.receivedAt, input.infoOlderThan5Years === true);
  return gdprDueDates(input.kind, input.receivedAt, holidayOptions(input));
}

/** The holidays a request's dates count. */
export function holidayOptions(input: { alsaceMoselle?: boolean; goodFriday?: boolean }): HolidayOptions {
  return { alsaceMoselle: input.alsaceMoselle === true, goodFriday: input.goodFriday === true };
}

/**
 * The last day to answer a GDPR request once extended: three months from receipt (one month plus
 * the two-month extension), counted under EU regulation 1182/71 like the first month.
 * @example extendedDueDate('2026-05-15') // '2026-08-17' (15 August is a Saturday and a holiday)
 */
export function extendedDueDate(receivedAt: IsoDay, opts: HolidayOptions = {}): IsoDay {
  return addEuPeriodMonths(receivedAt, 3, opts);
}
