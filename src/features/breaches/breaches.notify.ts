import { formatDateTime } from '../../lib/dates/index.ts';
import type { SubjectEntry } from '../../lib/lifecycle/caller.ts';
import type { Breach } from './breach.ts';
import type { NotificationKind } from './breaches.events.ts';
import { isLate } from './deadline.ts';

type NotificationField =
  | 'cnilNotifiedAt'
  | 'complementaryNotifiedAt'
  | 'subjectsInformedAt'
  | 'complaintFiledAt'
  | 'arsReportedAt';

/** Each notification and the breach's field holding its date. */
const NOTIFICATION_FIELDS: [NotificationKind, NotificationField][] = [
  ['cnil_initial', 'cnilNotifiedAt'],
  ['cnil_complementary', 'complementaryNotifiedAt'],
  ['subjects', 'subjectsInformedAt'],
  ['complaint', 'complaintFiledAt'],
  ['ars', 'arsReportedAt'],
];

const NOTIFICATION_SUMMARIES: Record<NotificationKind, string> = {
  cnil_initial: 'Notification à la CNIL',
  cnil_complementary: 'Notification complémentaire à la CNIL',
  subjects: 'Information des personnes concernées',
  complaint: 'Dépôt de plainte',
  ars: 'Signalement à l’ARS',
};

/** The notifications whose date a change sets (a date cleared is a change of field, not a notification). */
export function notificationsSet(before: Breach, after: Breach): [NotificationKind, NotificationField][] {
  return NOTIFICATION_FIELDS.filter(([, field]) => after[field] !== null && after[field] !== before[field]);
}

/** The journal entry of a notification: its kind, date and whether the CNIL's was late. */
export function notificationEntry(after: Breach, [kind, field]: [NotificationKind, NotificationField]): SubjectEntry {
  const at = after[field] as string;
  const late = kind === 'cnil_initial' && isLate(new Date(after.awareAt), new Date(at));
  return {
    action: 'breach.notification_recorded',
    summary: `${NOTIFICATION_SUMMARIES[kind]} le ${formatDateTime(new Date(at))}${late ? ' (après le délai de 72 heures)' : ''}.`,
    data: { kind, at, late },
  };
}
