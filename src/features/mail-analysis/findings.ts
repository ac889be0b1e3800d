import { FINDING_CODES, type Finding, type FindingCode, SEVERITIES, type Severity } from './mail-analysis.types.ts';

/** What a check receives to report what it noticed. */
export interface Reporter {
  finding(code: FindingCode, severity: Severity, message: string): void;
  /** The message concerns the health-insurance account (the advice then gives the Ameli-Pro steps). */
  healthInsurance(): void;
}

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/** Collects the checks' findings: one per code, the most severe kept (the first among equals). */
class FindingCollector implements Reporter {
  private readonly byCode = new Map<FindingCode, Finding>();
  private health = false;

  finding(code: FindingCode, severity: Severity, message: string): void {
    const current = this.byCode.get(code);
    if (!current || rank(severity) < rank(current.severity)) this.byCode.set(code, { code, severity, message });
  }

  healthInsurance(): void {
    this.health = true;
  }

  findings(): Finding[] {
    return sortFindings([...this.byCode.values()]);
  }

  concernsHealthInsurance(): boolean {
    return this.health;
  }
}

/** Collects the checks' findings: one per code, the most severe kept (the first among equals). */
export function createReporter(): Reporter & { findings(): Finding[]; concernsHealthInsurance(): boolean } {
  return new FindingCollector();
}

/** Most severe first; among equals, in the order of `FINDING_CODES`. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => rank(a.severity) - rank(b.severity) || FINDING_CODES.indexOf(a.code) - FINDING_CODES.indexOf(b.code),
  );
}
