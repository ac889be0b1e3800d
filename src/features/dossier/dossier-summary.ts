import { addYears, compareDays, type IsoDay, parisDay } from '../../lib/dates/index.ts';
import type { Breach } from '../breaches/breach.ts';
import { breachTitle } from '../breaches/breaches-view.ts';
import { answeredLate, isOpen, isOverdue } from '../requests/request-state.ts';
import type { PatientRequest } from '../requests/requests.repository.ts';
import type { DossierData } from './dossier-data.ts';

/** How far back the summary lists breaches: three years. */
export const BREACH_YEARS = 3;

/** Whether a request was answered in time: `null` while it is still open. */
export function answeredInTime(request: PatientRequest): boolean | null {
  if (isOpen(request.status) || request.answeredAt === null) return null;
  return !answeredLate(request, request.answeredAt);
}

/**
 * « Notification à la CNIL ; patients informés », or « Décision à prendre » before any decision.
 * @example breachDecisionText({ decision: null }) // 'Décision à prendre'
 */
export function breachDecisionText(breach: Pick<Breach, 'decision'>): string {
  const { decision } = breach;
  if (decision === null) return 'Décision à prendre';
  return [
    decision.notifyAuthority ? 'Notification à la CNIL' : 'Pas de notification à la CNIL',
    decision.informSubjects ? 'patients informés' : 'patients non informés',
  ].join(' ; ');
}

/** The figures of the summary page, computed from the data alone (tested without a PDF). */
export interface DossierSummary {
  score: { overall: number | null; answered: number; applicable: number; allAnswered: boolean };
  plan: { open: number };
  /** The « à faire » list: how many items, how many overdue (listed), and the sources that could not be read. */
  todo: { open: number; overdue: string[]; unavailable: number };
  register: { activities: number; complete: number };
  notice: { number: number; createdAt: string; outdated: boolean } | null;
  processors: { total: number; withWarnings: { name: string; warnings: string[] }[] };
  dpo: { summary: string; decidedAt: string } | null;
  dpia: { summary: string; decidedAt: string } | null;
  breaches: { since: IsoDay; items: { title: string; decision: string }[] };
  requests: { total: number; open: number; overdue: number; inTime: number; late: number };
  retention: { rules: number; changed: number };
  evidence: number;
  lastBackupAt: string | null;
  lastReviewAt: string | null;
}

const decisionOf = (current: DossierData['screening']['dpo']['current']) =>
  current ? { summary: current.summary, decidedAt: current.decidedAt } : null;

/** The summary a controller reads first. */
export function dossierSummary(data: DossierData): DossierSummary {
  const since = addYears(data.today, -BREACH_YEARS);
  const recent = data.breaches.filter((b) => compareDays(parisDay(new Date(b.awareAt)), since) >= 0);
  const answered = data.requests.map(answeredInTime);
  const { scores, progress } = data.checklist;
  return {
    score: {
      overall: scores.overall,
      answered: progress.answered,
      applicable: progress.applicable,
      allAnswered: progress.applicable > 0 && progress.answered === progress.applicable,
    },
    plan: { open: data.plan.total },
    todo: {
      open: data.todo.items.length,
      overdue: data.todo.items.filter((item) => item.state === 'overdue').map((item) => item.title),
      unavailable: data.todo.unavailable.length,
    },
    register: {
      activities: data.register.activities.length,
      complete: data.register.activities.filter((a) => a.missing.length === 0).length,
    },
    notice: data.notice.latest
      ? {
          number: data.notice.latest.number,
          createdAt: data.notice.latest.createdAt,
          outdated: data.notice.latest.outdated,
        }
      : null,
    processors: {
      total: data.processors.length,
      withWarnings: data.processors
        .filter((p) => p.warnings.length > 0)
        .map((p) => ({ name: p.name, warnings: p.warnings.map((w) => w.message) })),
    },
    dpo: decisionOf(data.screening.dpo.current),
    dpia: decisionOf(data.screening.dpia.current),
    breaches: { since, items: recent.map((b) => ({ title: breachTitle(b), decision: breachDecisionText(b) })) },
    requests: {
      total: data.requests.length,
      open: data.requests.filter((r) => isOpen(r.status)).length,
      overdue: data.requests.filter((r) => isOverdue(r, data.today)).length,
      inTime: answered.filter((value) => value === true).length,
      late: answered.filter((value) => value === false).length,
    },
    retention: {
      rules: data.retention.rules.length,
      changed: data.retention.rules.filter((rule) => rule.overridden).length,
    },
    evidence: data.evidence.length,
    lastBackupAt: data.lastBackupAt,
    lastReviewAt: data.lastReviewAt,
  };
}
