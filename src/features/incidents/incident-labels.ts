/** What is happening, as chosen on « Je pense être victime d’une cyberattaque » (wire names). */
export const INCIDENT_SCENARIOS = [
  'ransomware',
  'phishing_opened',
  'device_lost',
  'misdirected_message',
  'account_compromised',
  'provider_breach',
  'other',
] as const;
export type IncidentScenario = (typeof INCIDENT_SCENARIOS)[number];

export const INCIDENT_STATUSES = ['open', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/**
 * The timeline's own kinds. Another feature may record its own kind (a lowercase word with
 * underscores, e.g. `qualified_breach`): `IncidentEventKind` stays an open string.
 */
export const CORE_INCIDENT_EVENT_KINDS = [
  'raised',
  'step_done',
  'step_undone',
  'note',
  'decision',
  'contact_called',
  'closed',
  'reopened',
  'complaint_filed',
  'ars_reported',
  'withdrawn',
] as const;
export type CoreIncidentEventKind = (typeof CORE_INCIDENT_EVENT_KINDS)[number];
/** A timeline kind: a core one, or another feature's (`string & {}` keeps the core ones in autocompletion). */
export type IncidentEventKind = CoreIncidentEventKind | (string & {});

/** A valid event kind: lowercase letters and underscores, 2 to 40 characters. */
export const EVENT_KIND_PATTERN = /^[a-z][a-z_]{1,39}$/;

/** Kinds anyone who reads the incident may add with `POST /incidents/:id/steps`. */
export const STEP_KINDS = ['step_done', 'step_undone', 'note', 'decision', 'contact_called'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** The practice's own contacts, by kind. */
export const PRACTICE_CONTACT_KINDS = [
  'it_provider',
  'software_support',
  'insurer',
  'lawyer',
  'dpo',
  'bank',
  'other',
] as const;
export type PracticeContactKind = (typeof PRACTICE_CONTACT_KINDS)[number];

/** French labels of the practice's contact kinds. */
export const PRACTICE_CONTACT_KIND_LABELS: Record<PracticeContactKind, string> = {
  it_provider: 'Prestataire informatique',
  software_support: 'Support du logiciel métier',
  insurer: 'Assureur (cyber ou responsabilité civile)',
  lawyer: 'Avocat',
  dpo: 'Délégué à la protection des données (DPO)',
  bank: 'Banque',
  other: 'Autre contact',
};

/** French labels of the core timeline kinds (other kinds are shown as their text). */
export const INCIDENT_EVENT_KIND_LABELS: Record<CoreIncidentEventKind, string> = {
  raised: 'Incident signalé',
  step_done: 'Geste fait',
  step_undone: 'Geste décoché',
  note: 'Note',
  decision: 'Décision',
  contact_called: 'Contact appelé',
  closed: 'Incident clos',
  reopened: 'Incident rouvert',
  complaint_filed: 'Plainte déposée',
  ars_reported: 'Incident signalé à l’ARS',
  withdrawn: 'Incident retiré : ce n’en était pas un',
};

/** Maximum lengths of free texts (notes, decisions, titles, contacts). */
export const LIMITS = {
  title: 200,
  summary: 4000,
  text: 4000,
  contactName: 200,
  phone: 40,
  email: 254,
  notes: 1000,
  reference: 200,
} as const;
