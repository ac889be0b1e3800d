import type { Finding, FindingCode, Severity, Verdict } from './mail-analysis.types.ts';

/** What a row of the verdict table looks at: each code once, with its (most severe) severity. */
type Seen = ReadonlyMap<FindingCode, Severity>;

/** One row of the verdict table: read top to bottom, the first row that applies gives the verdict. */
export interface VerdictRow {
  /** 1-based, as the page, the CLI and `docs/mail-analysis.md` number them. */
  readonly row: number;
  readonly verdict: Verdict;
  /** When the row applies, in the French the page shows. */
  readonly when: string;
  readonly applies: (seen: Seen) => boolean;
}

const count = (seen: Seen, severity: Severity) => [...seen.values()].filter((s) => s === severity).length;

const ROWS: readonly Omit<VerdictRow, 'row'>[] = [
  {
    verdict: 'dangerous',
    when: 'au moins un signal grave',
    applies: (seen) => count(seen, 'high') >= 1,
  },
  {
    verdict: 'dangerous',
    when: 'une adresse de réponse sur un autre domaine, avec une demande d’argent ou un ton pressant',
    applies: (seen) =>
      seen.get('reply_to_mismatch') === 'medium' && (seen.has('payment_language') || seen.has('urgency_language')),
  },
  {
    verdict: 'dangerous',
    when: 'un document bureautique ou une invitation d’un expéditeur inconnu, avec une demande de paiement',
    applies: (seen) => seen.has('unexpected_document') && seen.has('payment_language'),
  },
  {
    verdict: 'dangerous',
    when: 'au moins deux signaux moyens différents',
    applies: (seen) => count(seen, 'medium') >= 2,
  },
  {
    verdict: 'suspicious',
    when: 'un signal moyen',
    applies: (seen) => count(seen, 'medium') === 1,
  },
  {
    verdict: 'suspicious',
    when: 'au moins deux signaux faibles différents',
    applies: (seen) => count(seen, 'low') >= 2,
  },
  {
    verdict: 'no_signal',
    when: 'au plus un signal faible (cela ne prouve pas que le message est sûr)',
    applies: () => true,
  },
];

/**
 * The verdict rule as one table, read top to bottom (`docs/mail-analysis.md` § Verdict rule, the
 * page's « Comment Hygie décide », `hygie mail analyze`). Two rows are combinations of signals
 * that are weak alone and strong together.
 */
export const VERDICT_TABLE: readonly VerdictRow[] = ROWS.map((row, index) => ({ ...row, row: index + 1 }));

/** The verdict and the row of `VERDICT_TABLE` that gave it. */
export interface VerdictDecision {
  readonly verdict: Verdict;
  readonly row: number;
  readonly when: string;
}

/**
 * The verdict: the first row of `VERDICT_TABLE` that applies. Findings count once per code (two
 * shortened links are one finding). Never a score.
 * @example decideVerdict([{ code: 'url_shortener', severity: 'medium', message: '…' }]) // { verdict: 'suspicious', row: 5, … }
 */
export function decideVerdict(findings: readonly Finding[]): VerdictDecision {
  const seen = new Map<FindingCode, Severity>();
  for (const { code, severity } of findings) if (!seen.has(code)) seen.set(code, severity);
  const row = VERDICT_TABLE.find((candidate) => candidate.applies(seen)) as VerdictRow;
  return { verdict: row.verdict, row: row.row, when: row.when };
}
