/** The shapes of the retention API, as the page uses them. */
export type RetentionAction = 'keep' | 'archive' | 'destroy' | 'review';

export interface Durations {
  keepMonths: number;
  /** Days of the active base after its months (rules a text counts in days). */
  keepDays: number;
  archiveMonths: number;
}

export interface RetentionRuleView {
  id: string;
  documentType: string;
  professions: string[];
  label: string;
  referenceDate: 'last_visit' | 'document_date';
  referenceLabel: string;
  citation: string;
  note: string | null;
  uncertain: boolean;
  maximum: boolean;
  minorAndDeath: boolean;
  defaults: Durations;
  current: Durations;
  limits: { minMonths: number; minDays: number; maxMonths: number | null; maxDays: number | null; text: string };
  /** The text counts this rule in days: the form offers days. */
  inDays: boolean;
  overridden: boolean;
  updatedAt: string | null;
  source: { label: string; url?: string }[];
}

export interface RetentionSettings {
  version: string;
  /** The form of practice the accounting rule follows (6 years under BNC, 10 for a company). */
  legalForm: { value: 'individual' | 'company'; label: string; chosen: boolean };
  professions: { id: string; label: string }[];
  documentTypes: { id: string; label: string }[];
  rules: RetentionRuleView[];
}

export interface CalculateInput {
  profession: string;
  documentType: string;
  birthDate?: string;
  lastVisit?: string;
  deathDate?: string;
  documentDate?: string;
  asOf: string;
}

export interface RetentionDecision {
  action: RetentionAction;
  nextDate: string | null;
  endDate: string | null;
  archiveDate?: string;
  rule: string;
  reason: string;
}

export interface ScanRecord {
  id: string;
  action: RetentionAction;
  next_date: string;
  rule: string;
  reason: string;
}

export interface ScanResult {
  summary: { records: number; problems: number } & Record<RetentionAction, number>;
  problems: { line: number; message: string }[];
  warnings: string[];
  results: ScanRecord[];
  delimiter: ';' | ',';
}

/** What the scan asks besides the file. */
export interface ScanParams {
  asOf: string;
  /** Empty: the file's `profession` column, or the practice's only profession. */
  profession: string;
}
