import { formatDateTime } from '../../lib/dates/index.ts';
import { isWithdrawn } from '../../lib/lifecycle/lifecycle.ts';
import { insurerClockView, isAttackOrigin } from '../incidents/insurer-clock.ts';
import { type Breach, breachSeverity, breachStatus, clockRuns } from './breach.ts';
import { BREACH_DOCUMENTS, DOCUMENT_LABELS, ORIGIN_LABELS, STATUS_LABELS } from './breach-labels.ts';
import type { BreachView } from './breaches.schema.ts';
import { deadlineText, isLate } from './deadline.ts';
import { type DpcPractice, dpcMinimum } from './dpc-minimum.ts';

/**
 * « Rançongiciel — connue le 27/03/2026 à 10:00 »: one line naming a breach in lists and on the home page.
 * @example breachTitle({ origin: null, awareAt: '2026-03-27T09:00:00.000Z' }) // 'Violation de données — connue le 27/03/2026 à 10:00'
 */
export function breachTitle(breach: Pick<Breach, 'origin' | 'awareAt'>): string {
  const what = breach.origin ? ORIGIN_LABELS[breach.origin] : 'Violation de données';
  return `${what} — connue le ${formatDateTime(new Date(breach.awareAt))}`;
}

/** What the view needs from the practice. */
export interface BreachViewContext {
  /** The practice must report serious incidents to the ARS (CSP L. 1111-8-2): see ars-report.ts. */
  arsReportExpected: boolean;
  /** The practice's professions and specialties, which set the minimum data context (dpc-minimum.ts). */
  practice?: DpcPractice | null;
}
const NO_CONTEXT: BreachViewContext = { arsReportExpected: false };

/** The API's view of a breach at an instant (an allow-list of fields, never the row). */
export function breachView(breach: Breach, now: Date, context: BreachViewContext = NO_CONTEXT): BreachView {
  const result = breachSeverity(breach);
  const status = breachStatus(breach);
  const deadline = new Date(breach.notificationDeadline);
  const { decision } = breach;
  return {
    id: breach.id,
    incidentId: breach.incidentId,
    status,
    statusLabel: STATUS_LABELS[status],
    title: breachTitle(breach),
    description: breach.description,
    natures: breach.natures,
    origin: breach.origin,
    cause: breach.cause,
    dataCategories: breach.dataCategories,
    peopleCategories: breach.peopleCategories,
    peopleCount: breach.peopleCount,
    recordsCount: breach.recordsCount,
    consequences: breach.consequences,
    measuresTaken: breach.measuresTaken,
    measuresPlanned: breach.measuresPlanned,
    unintelligible: breach.unintelligible,
    unintelligibleHow: breach.unintelligibleHow,
    subsequentMeasures: breach.subsequentMeasures,
    disproportionateEffort: breach.disproportionateEffort,
    evidence: breach.evidence,
    startedAt: breach.startedAt,
    discoveredAt: breach.discoveredAt,
    awareAt: breach.awareAt,
    notificationDeadline: breach.notificationDeadline,
    notificationDeadlineText: deadlineText(deadline),
    clockRuns: clockRuns(breach),
    deadlinePassed: now.getTime() > deadline.getTime(),
    severityAnswers: breach.severityAnswers,
    severityExpert: breach.severityExpert,
    severity:
      result === null
        ? null
        : {
            ...result,
            factors:
              breach.severityExpert?.factors ?? (breach.severityAnswers as NonNullable<Breach['severityAnswers']>),
            adjustedByExpert: breach.severityExpert !== null,
          },
    decision:
      decision === null
        ? null
        : {
            ...decision,
            followsRecommendation:
              decision.notifyAuthority === decision.recommended.notifyAuthority &&
              decision.informSubjects === decision.recommended.informSubjects,
          },
    delayReasons: breach.delayReasons,
    cnilNotifiedAt: breach.cnilNotifiedAt,
    cnilReceiptNumber: breach.cnilReceiptNumber,
    notifiedLate: breach.cnilNotifiedAt !== null && isLate(new Date(breach.awareAt), new Date(breach.cnilNotifiedAt)),
    complementaryNotifiedAt: breach.complementaryNotifiedAt,
    subjectsInformedAt: breach.subjectsInformedAt,
    complaintFiledAt: breach.complaintFiledAt,
    complaintNumber: breach.complaintNumber,
    ...insurerClockView(isAttackOrigin(breach.origin) && !isWithdrawn(breach), breach.awareAt, breach.complaintFiledAt),
    arsReportedAt: breach.arsReportedAt,
    arsReportExpected: context.arsReportExpected,
    dpcMinimum: context.practice ? dpcMinimum(context.practice, breach.peopleCategories) : null,
    withdrawal: breach.withdrawal,
    documents: BREACH_DOCUMENTS.map((doc) => ({
      id: doc,
      label: DOCUMENT_LABELS[doc],
      pdf: `/api/v1/breaches/${breach.id}/documents/${doc}.pdf`,
      txt: `/api/v1/breaches/${breach.id}/documents/${doc}.txt`,
    })),
    createdAt: breach.createdAt,
    updatedAt: breach.updatedAt,
  };
}
