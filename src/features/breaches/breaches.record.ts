import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { formatDateTime } from '../../lib/dates/index.ts';
import { type Caller, journalAbout, timelineAuthor } from '../../lib/lifecycle/caller.ts';
import { isWithdrawn } from '../../lib/lifecycle/lifecycle.ts';
import { conflict, notFound } from '../../server/errors.ts';
import { appendIncidentEvent, findIncident, type IncidentScenario } from '../incidents/incidents.repository.ts';
import { applyContent, type Breach, emptyContent, NO_NOTIFICATIONS } from './breach.ts';
import type { BreachOrigin } from './breach-labels.ts';
import { checkDates } from './breach-rules.ts';
import { breachSubject, refuseIf } from './breaches.access.ts';
import { findBreachOfIncident, insertBreach } from './breaches.repository.ts';
import type { CreateBreachInput } from './breaches.schema.ts';
import { deadlineText, notificationDeadline } from './deadline.ts';

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
  refuseIf(checkDates(content, now));
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
    const journal = journalAbout(trx, caller, breachSubject(breach.id), now);
    await journal({
      action: 'breach.registered',
      summary: recordedSummary(breach),
      data: {
        awareAt: breach.awareAt,
        notificationDeadline: breach.notificationDeadline,
        fromIncident: link !== null,
        origin: breach.origin,
      },
    });
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
      author: timelineAuthor(caller),
      data: { breachId: breach.id },
    });
    return breach;
  });
}
