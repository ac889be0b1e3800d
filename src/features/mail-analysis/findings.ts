import { FINDING_CODES, type Finding, type FindingCode, SEVERITIES, type Severity } from './mail-analysis.types.ts';

/** What a check receives to report what it noticed. */
export interface Reporter {
  finding(code: FindingCode, severity: Severity, message: string): void;
  /** The message concerns the health-insurance account (the advice then gives the Ameli-Pro steps). */
  healthInsurance(): void;
}

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/** Collects the checks' findings: one per code, the most severe kept (the first among equals). */
export function createReporter(): Reporter & { findings(): Finding[]; concernsHealthInsurance(): boolean } {
  const byCode = new Map<FindingCode, Finding>();
  let health = false;
  return {
    finding(code, severity, message) {
      const current = byCode.get(code);
      if (!current || rank(severity) < rank(current.severity)) byCode.set(code, { code, severity, message });
    },
    healthInsurance() {
      health = true;
    },
    findings: () => sortFindings([...byCode.values()]),
    concernsHealthInsurance: () => health,
  };
}

/** Most severe first; among equals, in the order of `FINDING_CODES`. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => rank(a.severity) - rank(b.severity) || FINDING_CODES.indexOf(a.code) - FINDING_CODES.indexOf(b.code),
  );
}
