import type { Caller, SubjectEntry } from '../../lib/lifecycle/caller.ts';
import { badRequest } from '../../server/errors.ts';
import { type Breach, type BreachDecision, breachSeverity } from './breach.ts';
import type { UpdateBreachInput } from './breaches.schema.ts';
import { formatScore, SEVERITY_LEVEL_LABELS, type SeverityResult } from './severity.ts';

/** A decision and whether it follows the recommendation of the assessment it rests on. */
export interface Decided {
  decision: BreachDecision;
  follows: boolean;
}

/**
 * The decision, checked against the assessment it must rest on.
 * @throws HttpError 400 without an assessment, or departing from the recommendation without reasons.
 */
export function decide(
  after: Breach,
  input: NonNullable<UpdateBreachInput['decision']>,
  caller: Caller,
  now: Date,
): Decided {
  const result = breachSeverity(after);
  if (result === null) {
    throw badRequest(
      'Champ « decision » : évaluez d’abord la gravité (questions ou vue experte) — la décision est enregistrée avec le score qui l’a éclairée.',
      'decision',
    );
  }
  const recommended = { notifyAuthority: result.notifyAuthority, informSubjects: result.informSubjects };
  const follows =
    input.notifyAuthority === recommended.notifyAuthority && input.informSubjects === recommended.informSubjects;
  const reasons = input.reasons ?? null;
  if (!follows && reasons === null) {
    throw badRequest(
      'Champ « decision.reasons » : votre décision s’écarte de la recommandation : écrivez vos raisons, elles seront gardées au registre.',
      'decision.reasons',
    );
  }
  const decision: BreachDecision = {
    notifyAuthority: input.notifyAuthority,
    informSubjects: input.informSubjects,
    reasons,
    score: result.score,
    level: result.level,
    recommended,
    decidedAt: now.toISOString(),
    decidedBy: caller.actor.label,
  };
  return { decision, follows };
}

/** The journal entry of an assessment: score, level, recommendation — never the answers' text. */
export function severityEntry(after: Breach, result: SeverityResult): SubjectEntry {
  return {
    action: 'breach.severity_assessed',
    summary: `Gravité évaluée : score ${formatScore(result.score)}, ${SEVERITY_LEVEL_LABELS[result.level].toLowerCase()}${after.severityExpert ? ' (facteurs ajustés, avec justification)' : ''}.`,
    data: {
      score: result.score,
      level: result.level,
      adjustedByExpert: after.severityExpert !== null,
      notifyAuthority: result.notifyAuthority,
      informSubjects: result.informSubjects,
    },
  };
}

/** The journal entry of a decision, with the score that informed it — never its reasons. */
export function decisionEntry({ decision, follows }: Decided): SubjectEntry {
  return {
    action: 'breach.decision_recorded',
    summary: `Décision : ${decision.notifyAuthority ? 'notifier la CNIL' : 'ne pas notifier la CNIL'}, ${decision.informSubjects ? 'informer les personnes' : 'ne pas informer les personnes'} — score ${formatScore(decision.score)} (${SEVERITY_LEVEL_LABELS[decision.level].toLowerCase()})${follows ? ', conforme à la recommandation' : ', en s’écartant de la recommandation'}.`,
    data: {
      notifyAuthority: decision.notifyAuthority,
      informSubjects: decision.informSubjects,
      score: decision.score,
      level: decision.level,
      followsRecommendation: follows,
    },
  };
}
