import { isWithdrawn, type LifecycleState, lifecycleState } from '../../lib/lifecycle/lifecycle.ts';
import {
  type CoreIncidentEventKind,
  INCIDENT_EVENT_KIND_LABELS,
  PRACTICE_CONTACT_KIND_LABELS,
} from './incident-labels.ts';
import type { NationalContact, Playbook } from './incidents.referential.ts';
import type { Incident, IncidentEvent, IncidentTimeline, PracticeContact } from './incidents.repository.ts';
import type {
  IncidentSummaryView,
  IncidentView,
  NationalContactView,
  PracticeContactView,
  TimelineEventView,
} from './incidents.schema.ts';
import { insurerClockView, isAttackScenario } from './insurer-clock.ts';

/** How an incident's place in the shared lifecycle reads. */
export const INCIDENT_STATE_LABELS: Record<LifecycleState, string> = {
  open: 'En cours',
  closed: 'Clos',
  withdrawn: 'Retiré : ce n’était pas un incident',
};

/** The incident's state in the lifecycle it shares with breaches (src/lib/lifecycle). */
export function incidentState(incident: Pick<Incident, 'status' | 'withdrawal'>): LifecycleState {
  return lifecycleState({ withdrawal: incident.withdrawal, closed: incident.status === 'closed' });
}

/**
 * The number to dial in a `tel:` link: digits, with a leading « + » kept; null when there is none.
 * @example telOf('0 805 805 817') // '0805805817'
 * @example telOf('+33 1 23 45 67 89') // '+33123456789'
 */
export function telOf(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  if (digits === '') return null;
  return phone.trim().startsWith('+') ? `+${digits}` : digits;
}

/** When each gesture was last ticked, and by whom; a later `step_undone` clears it. */
export function gestureStates(timeline: IncidentTimeline): Map<string, { at: string; by: string }> {
  const states = new Map<string, { at: string; by: string }>();
  for (const event of timeline) {
    if (event.gestureId === null) continue;
    if (event.kind === 'step_done') states.set(event.gestureId, { at: event.at, by: event.author.name });
    else if (event.kind === 'step_undone') states.delete(event.gestureId);
  }
  return states;
}

/** Whether a gesture is ticked now (the last of its `step_done` / `step_undone` events). */
export function isGestureDone(timeline: IncidentTimeline, gestureId: string): boolean {
  return gestureStates(timeline).has(gestureId);
}

/** French label of a timeline kind; another feature's kind is shown in words from its name. */
export function eventKindLabel(kind: string): string {
  const core = INCIDENT_EVENT_KIND_LABELS[kind as CoreIncidentEventKind];
  if (core) return core;
  if (kind === 'qualified_breach') return 'Qualifié en violation de données';
  if (kind === 'breach_withdrawn') return 'Violation de données retirée : ce n’en était pas une';
  const words = kind.replace(/_/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

export function nationalContactView(contact: NationalContact): NationalContactView {
  return {
    id: contact.id,
    name: contact.name,
    purpose: contact.purpose,
    phone: contact.phone ?? null,
    tel: telOf(contact.phone),
    phoneNote: contact.phoneNote ?? null,
    links: (contact.links ?? []).map((link) => ({ label: link.label, url: link.url })),
    howTo: contact.howTo ?? null,
    confidence: contact.confidence,
    source: contact.source.map((s) => ({ label: s.label, ...(s.url ? { url: s.url } : {}) })),
  };
}

export function practiceContactView(contact: PracticeContact): PracticeContactView {
  return {
    id: contact.id,
    kind: contact.kind,
    kindLabel: PRACTICE_CONTACT_KIND_LABELS[contact.kind],
    name: contact.name,
    phone: contact.phone,
    tel: telOf(contact.phone),
    email: contact.email,
    notes: contact.notes,
    updatedAt: contact.updatedAt,
  };
}

/** Resolves names for the timeline: the playbook's gestures and every known contact. */
export interface TimelineNames {
  gesture(id: string): string | null;
  contact(id: string): string | null;
}

export function timelineEventView(event: IncidentEvent, names: TimelineNames): TimelineEventView {
  return {
    id: event.id,
    seq: event.seq,
    kind: event.kind,
    label: eventKindLabel(event.kind),
    at: event.at,
    author: event.author,
    gestureId: event.gestureId,
    gestureText: event.gestureId === null ? null : names.gesture(event.gestureId),
    contactId: event.contactId,
    contactName: event.contactId === null ? null : names.contact(event.contactId),
    text: event.text,
    data: event.data,
  };
}

export function incidentSummaryView(
  incident: Incident,
  playbook: Playbook,
  timeline: IncidentTimeline,
): IncidentSummaryView {
  const states = gestureStates(timeline);
  return {
    id: incident.id,
    scenario: incident.scenario,
    scenarioTitle: playbook.title,
    status: incident.status,
    title: incident.title,
    raisedBy: incident.raisedBy,
    raisedAt: incident.raisedAt,
    closedAt: incident.closedAt,
    state: incidentState(incident),
    stateLabel: INCIDENT_STATE_LABELS[incidentState(incident)],
    withdrawal: incident.withdrawal,
    ...insurerClockView(
      isAttackScenario(incident.scenario) && !isWithdrawn(incident),
      incident.raisedAt,
      incident.complaintFiledAt,
    ),
    complaintFiledAt: incident.complaintFiledAt,
    updatedAt: incident.updatedAt,
    gesturesDone: playbook.gestures.filter((g) => states.has(g.id)).length,
    gesturesTotal: playbook.gestures.length,
  };
}

export interface IncidentViewInput {
  incident: Incident;
  playbook: Playbook;
  timeline: IncidentTimeline;
  nationalContacts: readonly NationalContact[];
  practiceContacts: readonly PracticeContact[];
  canManage: boolean;
  canWithdraw: boolean;
  arsReportExpected: boolean;
}

/**
 * The incident page: the playbook with each gesture's tick time, what not to do, the contacts to
 * call (the playbook's national ones, then the practice's own), and the timeline oldest first.
 */
export function incidentView(input: IncidentViewInput): IncidentView {
  const { incident, playbook, timeline } = input;
  const states = gestureStates(timeline);
  const national = new Map(input.nationalContacts.map((c) => [c.id, c]));
  const practice = new Map(input.practiceContacts.map((c) => [c.id, c]));
  const gestures = new Map(playbook.gestures.map((g) => [g.id, g.text]));
  const names: TimelineNames = {
    gesture: (id) => gestures.get(id) ?? null,
    contact: (id) => national.get(id)?.name ?? practice.get(id)?.name ?? null,
  };
  return {
    ...incidentSummaryView(incident, playbook, timeline),
    summary: incident.summary,
    playbook: {
      title: playbook.title,
      hint: playbook.hint,
      gestures: playbook.gestures.map((g) => ({
        id: g.id,
        text: g.text,
        detail: g.detail ?? null,
        doneAt: states.get(g.id)?.at ?? null,
        doneBy: states.get(g.id)?.by ?? null,
      })),
      doNot: [...playbook.doNot],
      source: playbook.source.map((s) => ({ label: s.label, ...(s.url ? { url: s.url } : {}) })),
    },
    contacts: playbook.contacts.flatMap((id) => {
      const contact = national.get(id);
      return contact ? [nationalContactView(contact)] : [];
    }),
    practiceContacts: input.practiceContacts.map(practiceContactView),
    timeline: timeline.map((event) => timelineEventView(event, names)),
    canManage: input.canManage,
    canWithdraw: input.canWithdraw && !isWithdrawn(incident),
    complaintNumber: incident.complaintNumber,
    arsReportedAt: incident.arsReportedAt,
    arsReportExpected: input.arsReportExpected,
  };
}
