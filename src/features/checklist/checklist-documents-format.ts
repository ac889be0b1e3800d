import { formatDateTime, formatDayLong, type IsoDay } from '../../lib/dates/index.ts';
import { notApplicableDetail, REASON_PREFIX } from './applicability.ts';
import {
  type MeasureEffort,
  type RecurrenceUnit,
  STORAGE_LOCATIONS,
  type StorageLocation,
} from './checklist.referential.ts';
import { EFFORT_LABELS, type MeasureView, type ProgressView, STORAGE_LETTERS, statusLabel } from './checklist-view.ts';

// Small text helpers shared by the checklist's PDF and XLSX documents.

export { notApplicableDetail };

/** Status cell of a measure that does not concern the practice (whatever its stored answer). */
export const DOES_NOT_APPLY = 'Ne s’applique pas';

/** Storage cell of a measure that matters wherever the data live. */
export const EVERYWHERE = 'Tous';

/**
 * The Mémento's L / C / P letters of a measure, in that order; « Tous » when it matters everywhere.
 * @example storageLetters(['cloud', 'local']) // 'L, C'
 * @example storageLetters(null) // 'Tous'
 */
export function storageLetters(storage: readonly StorageLocation[] | null): string {
  if (storage === null || storage.length === 0) return EVERYWHERE;
  return STORAGE_LOCATIONS.filter((place) => storage.includes(place))
    .map((place) => STORAGE_LETTERS[place])
    .join(', ');
}

/**
 * The status shown for a measure: « Ne s’applique pas » when it does not concern the practice,
 * otherwise the French label of its answer.
 * @example statusText({ applies: true, status: 'unknown' }) // 'Je ne sais pas'
 * @example statusText({ applies: true, status: null }) // 'Sans réponse'
 */
export function statusText(measure: Pick<MeasureView, 'applies' | 'status'>): string {
  return measure.applies ? statusLabel(measure.status) : DOES_NOT_APPLY;
}

/**
 * The « s’applique » cell of the spreadsheet: « Oui », or « Non » followed by the reason.
 * @example appliesText({ applies: false, notApplicableReason: 'Ne s’applique pas : le cabinet n’a pas de Wi-Fi.' })
 * // 'Non — le cabinet n’a pas de Wi-Fi.'
 */
export function appliesText(measure: Pick<MeasureView, 'applies' | 'notApplicableReason'>): string {
  if (measure.applies) return 'Oui';
  const detail = measure.notApplicableReason?.replace(REASON_PREFIX, '').trim() ?? '';
  return detail === '' ? 'Non' : `Non — ${detail}`;
}

/**
 * A score sur 100, or a sentence when nothing is counted yet.
 * @example scoreText(72) // '72 sur 100'
 */
export function scoreText(score: number | null): string {
  return score === null ? 'Pas encore de note' : `${score} sur 100`;
}

/**
 * A plain day in words, empty when there is none.
 * @example dayText('2026-12-05') // '5 décembre 2026'
 */
export function dayText(day: IsoDay | null): string {
  return day === null ? '' : formatDayLong(day);
}

/**
 * An ISO date-time as « 29/11/2026 à 14:05 » (Paris), empty when there is none.
 * @example dateTimeText('2026-11-29T13:05:00.000Z') // '29/11/2026 à 14:05'
 */
export function dateTimeText(at: string | null): string {
  if (at === null) return '';
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : formatDateTime(date);
}

const EACH: Record<RecurrenceUnit, string> = {
  day: 'chaque jour',
  week: 'chaque semaine',
  month: 'chaque mois',
  year: 'chaque année',
};
const EVERY_N: Record<RecurrenceUnit, (n: number) => string> = {
  day: (n) => `tous les ${n} jours`,
  week: (n) => `toutes les ${n} semaines`,
  month: (n) => `tous les ${n} mois`,
  year: (n) => `tous les ${n} ans`,
};

/**
 * How often a recurring measure comes back, in words.
 * @example frequencyText({ every: 1, unit: 'month' }) // 'chaque mois'
 * @example frequencyText({ every: 2, unit: 'week' }) // 'toutes les 2 semaines'
 */
export function frequencyText(recurrence: { every: number; unit: RecurrenceUnit }): string {
  return recurrence.every === 1 ? EACH[recurrence.unit] : EVERY_N[recurrence.unit](recurrence.every);
}

/**
 * The recurrence cell: the task and its frequency, empty for a one-off measure.
 * @example recurrenceText({ every: 1, unit: 'month', label: 'Tester une restauration' })
 * // 'Tester une restauration (chaque mois)'
 */
export function recurrenceText(recurrence: { every: number; unit: RecurrenceUnit; label: string } | null): string {
  if (recurrence === null) return '';
  return `${recurrence.label} (${frequencyText(recurrence)})`;
}

/**
 * The effort's first word, for a narrow column (the full label says what it means).
 * @example effortShort('medium') // 'Moyen'
 */
export function effortShort(effort: MeasureEffort): string {
  const label = EFFORT_LABELS[effort];
  const cut = label.indexOf(' (');
  return cut === -1 ? label : label.slice(0, cut);
}

/**
 * The « je ne sais pas » count of the summary, saying how they are counted.
 * @example unknownText(3) // '3 réponses (comptées comme « à faire »)'
 */
export function unknownText(count: number): string {
  if (count === 0) return 'aucune réponse';
  return count === 1 ? '1 réponse (comptée comme « à faire »)' : `${count} réponses (comptées comme « à faire »)`;
}

/**
 * The « sans réponse » count of the summary, saying how they are counted.
 * @example unansweredText(2) // '2 mesures (comptées comme « à faire »)'
 */
export function unansweredText(count: number): string {
  if (count === 0) return 'aucune : toutes les mesures qui vous concernent ont une réponse';
  return count === 1 ? '1 mesure (comptée comme « à faire »)' : `${count} mesures (comptées comme « à faire »)`;
}

/**
 * Whether and when the diagnostic became complete (every applicable measure answered).
 * @example completedText({ completedAt: '2026-12-07T14:05:00.000Z', unanswered: 0 }) // 'Oui, le 07/12/2026 à 15:05'
 */
export function completedText(progress: Pick<ProgressView, 'completedAt' | 'unanswered'>): string {
  if (progress.completedAt !== null) return `Oui, le ${dateTimeText(progress.completedAt)}`;
  return `Pas encore : ${progress.unanswered} ${progress.unanswered > 1 ? 'mesures sans réponse' : 'mesure sans réponse'}`;
}
