import { formatDateTime } from '../../lib/dates/index.ts';
import type { Breach, BreachContent, BreachNotifications } from './breach.ts';
import { deadlineText, isLate, notificationDeadline } from './deadline.ts';

/** A broken rule: the field at fault and a French sentence naming it. */
export interface RuleError {
  field: string;
  message: string;
}

/** Instants before this one are refused (a typing slip, not a breach of the register's time). */
export const EARLIEST = new Date('2000-01-01T00:00:00Z');

const DATE_NAMES = {
  startedAt: 'la date de début de la violation',
  discoveredAt: 'la date de découverte',
  awareAt: 'la date de prise de connaissance',
  cnilNotifiedAt: 'la date de notification à la CNIL',
  complementaryNotifiedAt: 'la date de la notification complémentaire',
  subjectsInformedAt: 'la date d’information des personnes',
  complaintFiledAt: 'la date du dépôt de plainte',
  arsReportedAt: 'la date du signalement à l’ARS',
} as const;
type DateField = keyof typeof DATE_NAMES;

const at = (iso: string) => formatDateTime(new Date(iso));
const error = (field: string, sentence: string): RuleError => ({ field, message: `Champ « ${field} » : ${sentence}` });

function notFuture(field: DateField, value: string | null, now: Date): RuleError | null {
  if (value === null) return null;
  const time = new Date(value).getTime();
  if (time > now.getTime()) {
    return error(field, `${DATE_NAMES[field]} ne peut pas être dans le futur (il est ${at(now.toISOString())}).`);
  }
  if (time < EARLIEST.getTime()) return error(field, `${DATE_NAMES[field]} doit être postérieure au 1er janvier 2000.`);
  return null;
}

/**
 * The dates of a breach: none in the future, and start ≤ discovery ≤ awareness (the dates shown in
 * Paris time). Returns the first broken rule, or null.
 * @example checkDates({ startedAt: null, discoveredAt: '2026-03-27T10:00:00Z', awareAt: '2026-03-27T09:00:00Z' }, now)?.field // 'awareAt'
 */
export function checkDates(
  dates: Pick<BreachContent, 'startedAt' | 'discoveredAt' | 'awareAt'>,
  now: Date,
): RuleError | null {
  for (const field of ['startedAt', 'discoveredAt', 'awareAt'] as const) {
    const problem = notFuture(field, dates[field], now);
    if (problem) return problem;
  }
  const { startedAt, discoveredAt, awareAt } = dates;
  if (discoveredAt !== null && awareAt < discoveredAt) {
    return error(
      'awareAt',
      `la prise de connaissance (${at(awareAt)}) ne peut pas précéder la découverte (${at(discoveredAt)}).`,
    );
  }
  if (startedAt !== null && discoveredAt !== null && discoveredAt < startedAt) {
    return error(
      'discoveredAt',
      `la découverte (${at(discoveredAt)}) ne peut pas précéder le début de la violation (${at(startedAt)}).`,
    );
  }
  if (startedAt !== null && awareAt < startedAt) {
    return error(
      'awareAt',
      `la prise de connaissance (${at(awareAt)}) ne peut pas précéder le début de la violation (${at(startedAt)}).`,
    );
  }
  return null;
}

/**
 * The notification dates: none in the future; the CNIL notified after awareness; the complementary
 * notification after the initial one; after the 72 hours, the reasons for the delay are required
 * (GDPR art. 33(1)). Returns the first broken rule, or null.
 */
export function checkNotifications(breach: Pick<Breach, 'awareAt'> & BreachNotifications, now: Date): RuleError | null {
  for (const field of [
    'cnilNotifiedAt',
    'complementaryNotifiedAt',
    'subjectsInformedAt',
    'complaintFiledAt',
    'arsReportedAt',
  ] as const) {
    const problem = notFuture(field, breach[field], now);
    if (problem) return problem;
  }
  const { awareAt, cnilNotifiedAt, complementaryNotifiedAt } = breach;
  if (cnilNotifiedAt !== null && cnilNotifiedAt < awareAt) {
    return error(
      'cnilNotifiedAt',
      `la notification à la CNIL (${at(cnilNotifiedAt)}) ne peut pas précéder la prise de connaissance (${at(awareAt)}).`,
    );
  }
  if (complementaryNotifiedAt !== null && cnilNotifiedAt === null) {
    return error(
      'complementaryNotifiedAt',
      'une notification complémentaire suit la notification initiale : indiquez d’abord la date de notification à la CNIL (cnilNotifiedAt).',
    );
  }
  if (complementaryNotifiedAt !== null && cnilNotifiedAt !== null && complementaryNotifiedAt < cnilNotifiedAt) {
    return error(
      'complementaryNotifiedAt',
      `la notification complémentaire (${at(complementaryNotifiedAt)}) ne peut pas précéder la notification initiale (${at(cnilNotifiedAt)}).`,
    );
  }
  if (cnilNotifiedAt !== null && isLate(new Date(awareAt), new Date(cnilNotifiedAt)) && !breach.delayReasons) {
    return error(
      'delayReasons',
      `la notification du ${at(cnilNotifiedAt)} dépasse le délai de 72 heures (échéance le ${deadlineText(notificationDeadline(new Date(awareAt)))}) : indiquez les raisons du retard (article 33.1 du RGPD).`,
    );
  }
  return null;
}
