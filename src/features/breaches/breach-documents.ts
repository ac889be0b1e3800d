import type { Db } from '../../db/connect.ts';
import { notFound } from '../../server/errors.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { ROLE_LABELS } from '../accounts/roles.ts';
import { listUsers } from '../accounts/users.repository.ts';
import type { IncidentReferential } from '../incidents/incidents.referential.ts';
import { findIncident, type IncidentEvent, listIncidentTimeline } from '../incidents/incidents.repository.ts';
import { eventKindLabel } from '../incidents/incidents-view.ts';
import type { Breach } from './breach.ts';
import type { BreachDocument } from './breach-labels.ts';
import { cnilNotificationDocument } from './cnil-notification.ts';
import { complaintDocument } from './complaint.ts';
import type { DocumentContext, DocumentModel, NamedPerson, TimelineLine } from './document-model.ts';
import { patientLetterDocument } from './patient-letter.ts';

/** The model of one of the breach's documents. */
export function breachDocument(doc: BreachDocument, ctx: DocumentContext): DocumentModel {
  switch (doc) {
    case 'cnil-initial':
      return cnilNotificationDocument(ctx, 'initial');
    case 'cnil-complementary':
      return cnilNotificationDocument(ctx, 'complementary');
    case 'patient-letter':
      return patientLetterDocument(ctx);
    case 'complaint':
      return complaintDocument(ctx);
  }
}

/** The breach's own dates as timeline lines. */
export function breachTimeline(breach: Breach): TimelineLine[] {
  const lines: [string | null, string][] = [
    [breach.startedAt, 'Début de la violation'],
    [breach.discoveredAt, 'Découverte de la violation'],
    [breach.awareAt, 'Prise de connaissance par le cabinet (début du délai de 72 heures)'],
    [
      breach.cnilNotifiedAt,
      `Notification à la CNIL${breach.cnilReceiptNumber ? ` (récépissé n° ${breach.cnilReceiptNumber})` : ''}`,
    ],
    [breach.complementaryNotifiedAt, 'Notification complémentaire à la CNIL'],
    [breach.subjectsInformedAt, 'Information des personnes concernées'],
    [breach.complaintFiledAt, `Dépôt de plainte${breach.complaintNumber ? ` (n° ${breach.complaintNumber})` : ''}`],
  ];
  return lines.flatMap(([at, text]) => (at === null ? [] : [{ at, text }]));
}

/** One event of the incident's timeline in words: kind, gesture, text, author. */
export function incidentLine(event: IncidentEvent, gesture: (id: string) => string | null): TimelineLine {
  const parts = [eventKindLabel(event.kind)];
  const gestureText = event.gestureId === null ? null : gesture(event.gestureId);
  if (gestureText) parts.push(gestureText);
  if (event.text) parts.push(event.text);
  return { at: event.at, text: `${parts.join(' : ')} (${event.author.name})` };
}

/** Both timelines merged, oldest first (stable for equal instants). */
export function mergeTimelines(...timelines: TimelineLine[][]): TimelineLine[] {
  return timelines.flat().sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

async function incidentTimeline(db: Db, breach: Breach, referential: IncidentReferential): Promise<TimelineLine[]> {
  if (breach.incidentId === null) return [];
  const incident = await findIncident(db, breach.practiceId, breach.incidentId);
  if (!incident) return [];
  const playbook = referential.playbook(incident.scenario);
  const gesture = (id: string) => playbook.gestures.find((g) => g.id === id)?.text ?? null;
  const events = await listIncidentTimeline(db, breach.practiceId, breach.incidentId);
  return events.map((event) => incidentLine(event, gesture));
}

/** Loads what the documents need: the practice, its owner and DPO, and the incident's timeline. */
export async function documentContext(
  db: Db,
  breach: Breach,
  referential: IncidentReferential,
  now: Date,
): Promise<DocumentContext> {
  const [practice, users, timeline] = await Promise.all([
    findPractice(db, breach.practiceId),
    listUsers(db, breach.practiceId),
    incidentTimeline(db, breach, referential),
  ]);
  if (!practice) throw notFound();
  const owner = users.find((u) => u.role === 'owner' && u.status === 'active');
  const legalRepresentative: NamedPerson | null = owner
    ? { name: owner.name, role: ROLE_LABELS.owner.toLocaleLowerCase('fr-FR'), email: owner.email, phone: null }
    : null;
  const dpo = practice.dpo;
  const contact: NamedPerson | null = dpo
    ? {
        name: dpo.name,
        role: 'délégué à la protection des données',
        email: dpo.email ?? null,
        phone: dpo.phone ?? null,
      }
    : legalRepresentative;
  return {
    breach,
    practice,
    legalRepresentative,
    contact,
    timeline: mergeTimelines(timeline, breachTimeline(breach)),
    now,
  };
}
