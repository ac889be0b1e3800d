import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { formatDateTime } from '../../lib/dates/index.ts';
import { isWithdrawn, type WithdrawInput, withdrawalRefusal } from '../../lib/lifecycle/lifecycle.ts';
import { badRequest, conflict, forbidden, notFound } from '../../server/errors.ts';
import type { Role } from '../accounts/roles.ts';
import { appendIncidentEvent, findIncident, type IncidentScenario } from '../incidents/incidents.repository.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import {
  type Breach,
  type BreachContent,
  type BreachDecision,
  breachSeverity,
  breachStatus,
  emptyContent,
  NO_NOTIFICATIONS,
} from './breach.ts';
import type { BreachOrigin, BreachStatus } from './breach-labels.ts';
import { checkDates, checkNotifications, type RuleError } from './breach-rules.ts';
import { BREACH_UPDATE_FIELDS, type BreachUpdateField, type NotificationKind } from './breaches.events.ts';
import { findBreach, findBreachOfIncident, insertBreach, saveBreach } from './breaches.repository.ts';
import type { CreateBreachInput, UpdateBreachInput } from './breaches.schema.ts';
import { breachTitle } from './breaches-view.ts';
import { deadlineText, isLate, notificationDeadline } from './deadline.ts';
import { type DpcPractice, dpcBelowMinimum, dpcMinimum } from './dpc-minimum.ts';
import { formatScore, SEVERITY_LEVEL_LABELS } from './severity.ts';

/** Who acts: the practice, the user (for an incident's timeline) and the journal's name for them. */
export interface Caller {
  practiceId: string;
  userId: string;
  name: string;
  role: Role;
  actor: JournalActor;
}

const SUBJECT = (id: string) => ({ type: 'breach', id });

/** The register's origin for an incident's scenario (a provider's breach has no origin of its own). */
export const ORIGIN_OF_SCENARIO: Record<IncidentScenario, BreachOrigin | null> = {
  ransomware: 'ransomware',
  phishing_opened: 'phishing',
  device_lost: 'device_lost',
  misdirected_message: 'misdirected_mail',
  account_compromised: 'hacking',
  provider_breach: null,
  other: null,
};

function fail(problem: RuleError | null): void {
  if (problem) throw badRequest(problem.message, problem.field);
}

async function breachOf(db: Db, practiceId: string, id: string): Promise<Breach> {
  const breach = await findBreach(db, practiceId, id);
  if (!breach) throw notFound('Violation de données introuvable.');
  return breach;
}

/** The content after a change: a field absent from the input keeps its value. */
function applyContent(before: BreachContent, input: CreateBreachInput): BreachContent {
  const pick = <K extends keyof BreachContent>(key: K): BreachContent[K] =>
    (input as Partial<BreachContent>)[key] === undefined ? before[key] : (input as BreachContent)[key];
  return {
    description: pick('description'),
    natures: pick('natures'),
    origin: pick('origin'),
    cause: pick('cause'),
    dataCategories: pick('dataCategories'),
    peopleCategories: pick('peopleCategories'),
    peopleCount: pick('peopleCount'),
    recordsCount: pick('recordsCount'),
    consequences: pick('consequences'),
    measuresTaken: pick('measuresTaken'),
    measuresPlanned: pick('measuresPlanned'),
    unintelligible: pick('unintelligible'),
    unintelligibleHow: pick('unintelligibleHow'),
    subsequentMeasures: pick('subsequentMeasures'),
    disproportionateEffort: pick('disproportionateEffort'),
    evidence: pick('evidence'),
    startedAt: pick('startedAt'),
    discoveredAt: pick('discoveredAt'),
    awareAt: pick('awareAt'),
  };
}

const recordedSummary = (breach: Breach) =>
  `Violation de données inscrite au registre : prise de connaissance le ${formatDateTime(new Date(breach.awareAt))}, notification à la CNIL avant le ${deadlineText(new Date(breach.notificationDeadline))}.`;

/**
 * Records a breach; a draft holds only `awareAt` (now when absent), which starts the 72-hour clock.
 * @throws HttpError 400 for a date in the future or out of order.
 */
export async function recordBreach(
  db: Db,
  caller: Caller,
  input: CreateBreachInput,
  now: Date,
  link: { incidentId: string; origin: BreachOrigin | null } | null = null,
): Promise<Breach> {
  const base = emptyContent(input.awareAt ?? now.toISOString());
  const content = applyContent(link ? { ...base, origin: link.origin } : base, input);
  fail(checkDates(content, now));
  const at = now.toISOString();
  const breach: Breach = {
    id: randomUUID(),
    practiceId: caller.practiceId,
    incidentId: link?.incidentId ?? null,
    ...content,
    ...NO_NOTIFICATIONS,
    notificationDeadline: notificationDeadline(new Date(content.awareAt)).toISOString(),
    severityAnswers: null,
    severityExpert: null,
    decision: null,
    withdrawal: null,
    createdAt: at,
    updatedAt: at,
  };
  await withTransaction(db, async (trx) => {
    await insertBreach(trx, breach);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'breach.registered',
        subject: SUBJECT(breach.id),
        summary: recordedSummary(breach),
        data: {
          awareAt: breach.awareAt,
          notificationDeadline: breach.notificationDeadline,
          fromIncident: link !== null,
          origin: breach.origin,
        },
      },
      now,
    );
  });
  return breach;
}

/**
 * Qualifies an incident as a breach: the breach keeps the incident's id, its origin follows the
 * scenario, and the incident's timeline records `qualified_breach` with the breach's id.
 * @throws HttpError 404 unknown incident, 409 already qualified, 400 awareness in the future.
 */
export async function qualifyIncident(
  db: Db,
  caller: Caller,
  incidentId: string,
  input: { awareAt?: string | undefined },
  now: Date,
): Promise<Breach> {
  return withTransaction(db, async (trx) => {
    const incident = await findIncident(trx, caller.practiceId, incidentId);
    if (!incident) throw notFound('Incident introuvable.');
    if (isWithdrawn(incident))
      throw conflict('Cet incident a été retiré : il ne peut pas devenir une violation de données.');
    const existing = await findBreachOfIncident(trx, caller.practiceId, incidentId);
    if (existing) throw conflict(`Cet incident est déjà qualifié en violation de données (${existing.id}).`);
    const breach = await recordBreach(trx, caller, input.awareAt === undefined ? {} : { awareAt: input.awareAt }, now, {
      incidentId,
      origin: ORIGIN_OF_SCENARIO[incident.scenario] ?? null,
    });
    await appendIncidentEvent(trx, caller.practiceId, incidentId, {
      kind: 'qualified_breach',
      at: now,
      author: { id: caller.userId, name: caller.name },
      data: { breachId: breach.id },
    });
    return breach;
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: Breach, after: Breach): BreachUpdateField[] {
  return BREACH_UPDATE_FIELDS.filter((field) => !same(before[field], after[field]));
}

/** The decision, checked against the assessment it must rest on. */
function decide(after: Breach, input: NonNullable<UpdateBreachInput['decision']>, caller: Caller, now: Date) {
  const result = breachSeverity(after);
  if (result === null) {
    throw badRequest(
      'Champ « decision » : évaluez d’abord la gravité (questions ou vue experte) — la décision est enregistrée avec le score qui l’a éclairée.',
      'decision',
    );
  }
  const recommended = { notifyAuthority: result.notifyAuthority, informSubjects: result.informSubjects };
  const follows =
    input.notifyAuthority === recommended.notifyAuthority && input.informSubjects === recommended.informSubjects;
  const reasons = input.reasons ?? null;
  if (!follows && reasons === null) {
    throw badRequest(
      'Champ « decision.reasons » : votre décision s’écarte de la recommandation : écrivez vos raisons, elles seront gardées au registre.',
      'decision.reasons',
    );
  }
  const decision: BreachDecision = {
    notifyAuthority: input.notifyAuthority,
    informSubjects: input.informSubjects,
    reasons,
    score: result.score,
    level: result.level,
    recommended,
    decidedAt: now.toISOString(),
    decidedBy: caller.actor.label,
  };
  return { decision, follows };
}

const NOTIFICATION_FIELDS: [
  NotificationKind,
  'cnilNotifiedAt' | 'complementaryNotifiedAt' | 'subjectsInformedAt' | 'complaintFiledAt' | 'arsReportedAt',
][] = [
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

/**
 * Completes or corrects a breach: content, dates, severity (answers, expert adjustment), decision,
 * notification dates and references. Each kind of change is journaled (field names, score, dates —
 * never free text).
 * @throws HttpError 404 unknown breach, 400 dates out of order or in the future, a late notification
 *   without reasons, a decision without assessment or departing from the recommendation without reasons.
 */
export async function updateBreach(
  db: Db,
  caller: Caller,
  id: string,
  input: UpdateBreachInput,
  now: Date,
  practice: DpcPractice | null = null,
): Promise<Breach> {
  return withTransaction(db, async (trx) => {
    const before = await breachOf(trx, caller.practiceId, id);
    refuseIfWithdrawn(before);
    const content = applyContent(before, input);
    fail(checkDates(content, now));
    const after: Breach = {
      ...before,
      ...content,
      notificationDeadline: notificationDeadline(new Date(content.awareAt)).toISOString(),
    };
    for (const field of [
      'delayReasons',
      'cnilNotifiedAt',
      'cnilReceiptNumber',
      'complementaryNotifiedAt',
      'subjectsInformedAt',
      'complaintFiledAt',
      'complaintNumber',
      'arsReportedAt',
    ] as const) {
      const value = input[field];
      if (value !== undefined) after[field] = value;
    }
    fail(checkNotifications(after, now));
    if (input.severityAnswers && practice) {
      // The plain answers never go under the practice's minimum context (the expert view may, justified).
      const below = dpcBelowMinimum(input.severityAnswers.dpc, dpcMinimum(practice, after.peopleCategories));
      if (below) fail({ field: 'severityAnswers.dpc', message: `Champ « severityAnswers.dpc » : ${below}` });
    }
    if (input.severityAnswers !== undefined) after.severityAnswers = input.severityAnswers;
    if (input.severityExpert === null) after.severityExpert = null;
    else if (input.severityExpert !== undefined) {
      const { justification, ...factors } = input.severityExpert;
      after.severityExpert = { factors, justification, by: caller.actor.label, at: now.toISOString() };
    }
    const decided = input.decision ? decide(after, input.decision, caller, now) : null;
    if (decided) after.decision = decided.decision;

    const severityChanged = input.severityAnswers !== undefined || input.severityExpert !== undefined;
    const notified = NOTIFICATION_FIELDS.filter(([, field]) => after[field] !== null && after[field] !== before[field]);
    // A notification date set is journaled as a notification; one cleared, as a change of field.
    const fields = changedFields(before, after).filter((field) => !notified.some(([, date]) => date === field));
    if (fields.length === 0 && !severityChanged && !decided && notified.length === 0) return before;
    after.updatedAt = now.toISOString();
    await saveBreach(trx, after);

    const journal = (draft: Parameters<typeof appendJournal>[2]) =>
      appendJournal(trx, caller.practiceId, { ...draft, actor: caller.actor, subject: SUBJECT(id) }, now);
    if (fields.length > 0) {
      await journal({
        actor: caller.actor,
        action: 'breach.updated',
        summary: `Violation de données mise à jour (${fields.length} champ${fields.length > 1 ? 's' : ''}).`,
        data: { fields },
      });
    }
    const result = breachSeverity(after);
    if (severityChanged && result) {
      await journal({
        actor: caller.actor,
        action: 'breach.severity_assessed',
        summary: `Gravité évaluée : score ${formatScore(result.score)}, ${SEVERITY_LEVEL_LABELS[result.level].toLowerCase()}${after.severityExpert ? ' (facteurs ajustés, avec justification)' : ''}.`,
        data: {
          score: result.score,
          level: result.level,
          adjustedByExpert: after.severityExpert !== null,
          notifyAuthority: result.notifyAuthority,
          informSubjects: result.informSubjects,
        },
      });
    }
    if (decided) {
      const { decision, follows } = decided;
      await journal({
        actor: caller.actor,
        action: 'breach.decision_recorded',
        summary: `Décision : ${decision.notifyAuthority ? 'notifier la CNIL' : 'ne pas notifier la CNIL'}, ${decision.informSubjects ? 'informer les personnes' : 'ne pas informer les personnes'} — score ${formatScore(decision.score)} (${SEVERITY_LEVEL_LABELS[decision.level].toLowerCase()})${follows ? ', conforme à la recommandation' : ', en s’écartant de la recommandation'}.`,
        data: {
          notifyAuthority: decision.notifyAuthority,
          informSubjects: decision.informSubjects,
          score: decision.score,
          level: decision.level,
          followsRecommendation: follows,
        },
      });
    }
    for (const [kind, field] of notified) {
      const at = after[field] as string;
      const late = kind === 'cnil_initial' && isLate(new Date(after.awareAt), new Date(at));
      await journal({
        actor: caller.actor,
        action: 'breach.notification_recorded',
        summary: `${NOTIFICATION_SUMMARIES[kind]} le ${formatDateTime(new Date(at))}${late ? ' (après le délai de 72 heures)' : ''}.`,
        data: { kind, at, late },
      });
    }
    return after;
  });
}

/** A withdrawn breach is kept as it was: 409 on any change. */
function refuseIfWithdrawn(breach: Breach): void {
  if (breach.withdrawal !== null) {
    throw conflict(
      `Cette violation a été retirée le ${formatDateTime(new Date(breach.withdrawal.at))} : elle reste au registre telle quelle et ne se modifie plus.`,
    );
  }
}

/**
 * Withdraws a breach recorded by mistake (owner or practitioner): kept in the register with the
 * reason, shown « retirée », no clock running; journaled, and noted on its incident's timeline.
 * @throws HttpError 404 unknown breach, 403 wrong role, 409 already withdrawn.
 */
export async function withdrawBreach(
  db: Db,
  caller: Caller,
  id: string,
  input: WithdrawInput,
  now: Date,
): Promise<Breach> {
  return withTransaction(db, async (trx) => {
    const before = await breachOf(trx, caller.practiceId, id);
    const refusal = withdrawalRefusal('breach', caller.role, false);
    if (refusal) throw forbidden(refusal);
    refuseIfWithdrawn(before);
    const status = breachStatus(before) as Exclude<BreachStatus, 'withdrawn'>;
    const after: Breach = {
      ...before,
      withdrawal: { at: now.toISOString(), by: caller.actor.label, reason: input.reason },
      updatedAt: now.toISOString(),
    };
    await saveBreach(trx, after);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'breach.withdrawn',
        subject: SUBJECT(id),
        summary: `Violation de données retirée : ce n’en était pas une (${breachTitle(before)}). Elle reste au registre.`,
        data: { status },
      },
      now,
    );
    if (before.incidentId !== null) {
      await appendIncidentEvent(trx, caller.practiceId, before.incidentId, {
        kind: 'breach_withdrawn',
        at: now,
        author: { id: caller.userId, name: caller.name },
        text: input.reason,
        data: { breachId: id },
      });
    }
    return after;
  });
}

/** The practice's breach. @throws HttpError 404 (also for another practice's). */
export async function getBreach(db: Db, practiceId: string, id: string): Promise<Breach> {
  return breachOf(db, practiceId, id);
}
