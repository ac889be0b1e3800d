/**
 * The vocabulary of the patient requests register: kinds, requesters, statuses, and their French
 * labels. No import, so the web application reads the same lists.
 */

/** Access to the medical file (code de la santé publique L1111-7), then the GDPR rights. */
export const REQUEST_KINDS = [
  'medical_file',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** The GDPR rights (art. 15 to 21): one month to answer, extendable by two (art. 12(3)). */
export const GDPR_KINDS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
] as const satisfies readonly RequestKind[];
export type GdprKind = (typeof GDPR_KINDS)[number];

/**
 * True for a GDPR right, false for the medical file.
 * @example isGdprKind('erasure') // true; isGdprKind('medical_file') // false
 */
export function isGdprKind(kind: RequestKind): kind is GdprKind {
  return kind !== 'medical_file';
}

export const KIND_LABELS: Record<RequestKind, string> = {
  medical_file: 'Accès au dossier médical',
  access: 'Droit d’accès aux données',
  rectification: 'Rectification des données',
  erasure: 'Effacement des données',
  restriction: 'Limitation du traitement',
  objection: 'Opposition au traitement',
  portability: 'Portabilité des données',
};

/** The article that creates the right, in plain words. */
export const KIND_LEGAL_BASIS: Record<RequestKind, string> = {
  medical_file: 'article L1111-7 du code de la santé publique',
  access: 'article 15 du RGPD',
  rectification: 'article 16 du RGPD',
  erasure: 'article 17 du RGPD',
  restriction: 'article 18 du RGPD',
  objection: 'article 21 du RGPD',
  portability: 'article 20 du RGPD',
};

/** Who asks: the patient, a legal representative (parental authority, guardian), an heir of a deceased patient. */
export const REQUESTER_TYPES = ['patient', 'representative', 'heir'] as const;
export type RequesterType = (typeof REQUESTER_TYPES)[number];

export const REQUESTER_LABELS: Record<RequesterType, string> = {
  patient: 'Le patient lui-même',
  representative:
    'Son représentant légal (titulaire de l’autorité parentale, personne chargée d’une mesure de protection avec représentation)',
  heir: 'Un ayant droit d’un patient décédé',
};

/**
 * The purposes for which an heir may receive a deceased patient's health information
 * (code de la santé publique L1110-4): one of them must be stated.
 */
export const HEIR_PURPOSES = ['causes_of_death', 'defend_memory', 'assert_rights'] as const;
export type HeirPurpose = (typeof HEIR_PURPOSES)[number];

export const HEIR_PURPOSE_LABELS: Record<HeirPurpose, string> = {
  causes_of_death: 'Connaître les causes de la mort',
  defend_memory: 'Défendre la mémoire du défunt',
  assert_rights: 'Faire valoir ses droits',
};

export const REQUEST_STATUSES = [
  'received',
  'identity_check',
  'in_progress',
  'answered',
  'refused',
  'extended',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const STATUS_LABELS: Record<RequestStatus, string> = {
  received: 'Reçue',
  identity_check: 'Identité à vérifier',
  in_progress: 'En cours',
  answered: 'Répondue',
  refused: 'Refusée',
  extended: 'Prolongée',
};

/** The administrative steps a secretary may set by hand (the others follow an extension or an answer). */
export const STEP_STATUSES = ['received', 'identity_check', 'in_progress'] as const satisfies readonly RequestStatus[];
export type StepStatus = (typeof STEP_STATUSES)[number];

/** A request with one of these statuses is closed: no more steps, no extension, no second answer. */
export const CLOSED_STATUSES = ['answered', 'refused'] as const satisfies readonly RequestStatus[];

/** The letters Hygie writes for a request. */
export const LETTER_TEMPLATES = ['acknowledgement', 'extension', 'answer', 'refusal'] as const;
export type LetterTemplate = (typeof LETTER_TEMPLATES)[number];

export const LETTER_LABELS: Record<LetterTemplate, string> = {
  acknowledgement: 'Accusé de réception',
  extension: 'Information de prolongation',
  answer: 'Lettre d’accompagnement de la réponse',
  refusal: 'Lettre de refus motivé',
};

/** A request due within this many days (and not overdue) is « à traiter bientôt ». */
export const DUE_SOON_DAYS = 3;
