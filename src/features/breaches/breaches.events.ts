import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';
import { BREACH_DOCUMENTS, BREACH_ORIGINS } from './breach-labels.ts';
import { SEVERITY_LEVELS } from './severity.ts';

/** The notification dates and references (and the reasons for a late one) a change may set as given. */
export const BREACH_NOTIFICATION_FIELDS = [
  'delayReasons',
  'cnilNotifiedAt',
  'cnilReceiptNumber',
  'complementaryNotifiedAt',
  'subjectsInformedAt',
  'complaintFiledAt',
  'complaintNumber',
  'arsReportedAt',
] as const;

/** Fields a change may touch; the journal records their names, never their values (free text may name a patient). */
export const BREACH_UPDATE_FIELDS = [
  'description',
  'natures',
  'origin',
  'cause',
  'dataCategories',
  'peopleCategories',
  'peopleCount',
  'recordsCount',
  'consequences',
  'measuresTaken',
  'measuresPlanned',
  'unintelligible',
  'unintelligibleHow',
  'subsequentMeasures',
  'disproportionateEffort',
  'evidence',
  'startedAt',
  'discoveredAt',
  'awareAt',
  ...BREACH_NOTIFICATION_FIELDS,
] as const;
export type BreachUpdateField = (typeof BREACH_UPDATE_FIELDS)[number];

/** The notifications whose date the register records. */
export const NOTIFICATION_KINDS = ['cnil_initial', 'cnil_complementary', 'subjects', 'complaint', 'ars'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const instant = z.iso.datetime();
const level = z.enum(SEVERITY_LEVELS);
const score = z.number().min(0).max(10);

/**
 * The breach register's journal actions: names, enums, instants, numbers and booleans only —
 * never a description, a consequence, a reason or a reference typed by the user.
 */
export const breachesJournalEvents = defineJournalEvents({
  'breach.registered': {
    label: 'Violation de données inscrite au registre',
    data: z.strictObject({
      awareAt: instant,
      notificationDeadline: instant,
      fromIncident: z.boolean(),
      origin: z.enum(BREACH_ORIGINS).nullable(),
    }),
  },
  'breach.updated': {
    label: 'Violation de données mise à jour',
    data: z.strictObject({ fields: z.array(z.enum(BREACH_UPDATE_FIELDS)).min(1) }),
  },
  'breach.severity_assessed': {
    label: 'Gravité d’une violation évaluée',
    data: z.strictObject({
      score,
      level,
      adjustedByExpert: z.boolean(),
      notifyAuthority: z.boolean(),
      informSubjects: z.boolean(),
    }),
  },
  'breach.decision_recorded': {
    label: 'Décision de notification enregistrée',
    data: z.strictObject({
      notifyAuthority: z.boolean(),
      informSubjects: z.boolean(),
      score,
      level,
      followsRecommendation: z.boolean(),
    }),
  },
  'breach.notification_recorded': {
    label: 'Notification d’une violation enregistrée',
    data: z.strictObject({ kind: z.enum(NOTIFICATION_KINDS), at: instant, late: z.boolean() }),
  },
  'breach.withdrawn': {
    label: 'Violation de données retirée (ce n’en était pas une)',
    data: z.strictObject({ status: z.enum(['to_assess', 'to_notify', 'notified', 'recorded']) }),
  },
  'breach.document_generated': {
    label: 'Document d’une violation généré',
    data: z.strictObject({ document: z.enum(BREACH_DOCUMENTS), format: z.enum(['pdf', 'txt']) }),
  },
});
