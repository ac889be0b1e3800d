/** The analyser's answers, as `src/features/mail-analysis/mail-analysis.schema.ts` sends them. */
export type Verdict = 'dangerous' | 'suspicious' | 'no_signal';
export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
}

export interface MailAnalysis {
  verdict: Verdict;
  verdictLabel: string;
  /** The row of the verdict table (« Comment Hygie décide ») that gave the verdict. */
  verdictRule: { row: number; when: string };
  advice: string[];
  findings: Finding[];
  summary: {
    from: string | null;
    fromName?: string;
    subject?: string;
    date?: string;
    senderDomain?: string;
    links: number;
    attachments: number;
  };
}

export interface KeptVerdict {
  id: string;
  verdict: Verdict;
  verdictLabel: string;
  findingCodes: string[];
  senderDomain: string | null;
  keptBy: string;
  createdAt: string;
  canDelete: boolean;
}

export const ANALYSE_URL = '/v1/tools/mail-analysis';
export const VERDICTS_KEY = ['tools', 'mail-analysis', 'verdicts'] as const;

/** The server refuses more; the page says so before sending anything. */
export const MAIL_MAX_BYTES = 25 * 1024 * 1024;

export const SEVERITY_LABELS: Record<Severity, string> = { high: 'Grave', medium: 'Moyen', low: 'Faible' };
