/**
 * The register of processing activities (GDPR art. 30) as the rest of the code sees it.
 * Stable: the patient notice (src/features/notice/) reads these types through `listActivities`.
 */

/** GDPR art. 6(1) legal bases, by letter. */
export const ARTICLE_6_BASES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type Article6Basis = (typeof ARTICLE_6_BASES)[number];

/** GDPR art. 9(2) conditions for health data, by letter (`null` on an activity: no special-category data). */
export const ARTICLE_9_CONDITIONS = ['a', 'b', 'c', 'f', 'h', 'i', 'j'] as const;
export type Article9Condition = (typeof ARTICLE_9_CONDITIONS)[number];

/** The legal basis of an activity: art. 6 letters, the art. 9 condition when health data are processed, and a French explanation. */
export interface LegalBasis {
  article6: Article6Basis[];
  article9: Article9Condition | null;
  /** Plain-French explanation (the texts that impose or allow the processing). */
  detail: string;
}

/**
 * Who is responsible for the activity: the practice (the legal entity or the solo practitioner),
 * one named practitioner of the practice (for their own patients), or joint controllers.
 */
export type ActivityController =
  | { kind: 'practice' }
  | { kind: 'practitioner'; userId: string; name: string }
  | { kind: 'joint'; coControllers: string[]; arrangement: string | null };

/** One category of personal data, with its retention period and the source of that period. */
export interface DataCategory {
  label: string;
  /** Health data (GDPR art. 9). */
  health: boolean;
  /** Social-security number (NIR) or national health identifier (INS, built on the NIR). */
  nir: boolean;
  /** Retention, in plain French (« 20 ans après le dernier contact… »). */
  retention: string;
  /** Where that period comes from (a text, a recommendation, or « choix du cabinet »). */
  retentionSource: string;
  /** Id of the rule of `referential/retention-rules.yaml` it comes from, if any. */
  retentionRuleId: string | null;
}

/** A transfer outside the European Union and its safeguard (art. 30(1)(e), art. 46). */
export interface Transfer {
  recipient: string;
  country: string;
  safeguard: string;
}

/** Every art. 30(1) field an activity carries (what is edited, exported and imported). */
export interface ActivityFields {
  name: string;
  /** Optional plain-French description. */
  description: string | null;
  controller: ActivityController;
  /** The main purpose first, then the sub-purposes. */
  purposes: string[];
  legalBasis: LegalBasis;
  dataSubjects: string[];
  dataCategories: DataCategory[];
  /** Where the data come from (the patient, other professionals, the Assurance maladie…). */
  sources: string[];
  /** Internal recipients, by role (« Praticiens : le dossier complet »). */
  internalRecipients: string[];
  externalRecipients: string[];
  /** Processors as free text (the processors feature links them later). */
  processors: string[];
  /** Empty: no transfer outside the EU. */
  transfers: Transfer[];
  /** Ids of checklist measures (`referential/measures.yaml`) that protect this activity. */
  securityMeasureIds: string[];
  /** Other security measures in plain French. */
  otherSecurityMeasures: string | null;
}

export type ActivityStatus = 'active' | 'archived';

/** An activity of a practice's register. */
export interface RegisterActivity extends ActivityFields {
  id: string;
  practiceId: string;
  /** Sequence number in the practice's register (« Fiche n° 3 »), never reused. */
  number: number;
  status: ActivityStatus;
  /** The template it was created from, and the version of `referential/register-templates.yaml`. */
  templateId: string | null;
  referentialVersion: string | null;
  /**
   * When the practice kept Hygie's proposal on the point its template leaves open (« je garde la
   * proposition », or accepting the proposed activities), or null.
   */
  openPointKeptAt: string | null;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** The register's version: bumped in the transaction of every change (the notice compares it). */
export interface RegisterVersion {
  version: number;
  /** ISO instant of the last change, null when the register was never changed. */
  changedAt: string | null;
}
