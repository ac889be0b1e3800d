/** Every finding code the analyser can report, in the order findings of equal severity are listed. */
export const FINDING_CODES = [
  'own_domain_unauthenticated',
  'lookalike_domain',
  'display_name_spoof',
  'link_mismatch',
  'ip_url',
  'double_extension',
  'risky_attachment',
  'macro_document',
  'html_attachment',
  'lookalike_characters',
  'subject_impersonation',
  'auth_fail',
  'reply_to_mismatch',
  'punycode_domain',
  'url_shortener',
  'unusual_port',
  'credential_request',
  'payment_language',
  'urgency_language',
  'unexpected_document',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** How much a finding weighs in the verdict (see `decideVerdict`). */
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One thing the analyser noticed: a stable code, its weight and a plain-French explanation. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** What it means and what to do, in French; any text taken from the message is quoted and cleaned. */
  readonly message: string;
}

export const VERDICTS = ['dangerous', 'suspicious', 'no_signal'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What the page shows above the findings; nothing here is ever stored. */
export interface MailSummary {
  readonly from: string | null;
  readonly fromName?: string;
  readonly subject?: string;
  readonly date?: string;
  readonly senderDomain?: string;
  readonly links: number;
  readonly attachments: number;
}

/** The row of the verdict table (`VERDICT_TABLE`) that gave the verdict, and what it says. */
export interface VerdictRuleApplied {
  readonly row: number;
  readonly when: string;
}

/** The analyser's answer: a verdict with its French label and advice, and the findings behind it. */
export interface MailAnalysis {
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly verdictRule: VerdictRuleApplied;
  readonly advice: readonly string[];
  readonly findings: readonly Finding[];
  readonly summary: MailSummary;
}

/** A person of the practice: a message showing this name from another address is an impersonation. */
export interface PracticePerson {
  readonly name: string;
  readonly email: string;
}

/** What the analyser knows of the practice (both optional: the CLI may know nothing). */
export interface PracticeContext {
  /** The practice's own domains (never a public webmail domain), e.g. `['cabinet-des-tilleuls.fr']`. */
  readonly ownDomains?: readonly string[];
  /** The practice's users. */
  readonly people?: readonly PracticePerson[];
}
