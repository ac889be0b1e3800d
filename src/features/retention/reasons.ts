import type { IsoDay } from '../../lib/dates/index.ts';
import { frenchDay } from './day-math.ts';
import { formatDuration } from './durations.ts';
import type { RetentionRule } from './rule-set.ts';

/** What set the end date: the rule's duration, the 28th birthday, or a death (R. 1112-7). */
export type EndCause =
  | { kind: 'duration'; birthUnknown?: boolean }
  | { kind: 'minor'; birth: IsoDay }
  | { kind: 'death'; death: IsoDay };

/** Why a record must be looked at before anything is decided. */
export type ReviewProblem =
  | { kind: 'no_last_visit' }
  | { kind: 'no_document_date' }
  | { kind: 'birth_future'; birth: IsoDay }
  | { kind: 'death_future'; death: IsoDay }
  | { kind: 'death_before_birth'; death: IsoDay; birth: IsoDay }
  | { kind: 'reference_future'; reference: IsoDay; label: string }
  | { kind: 'visit_before_birth'; reference: IsoDay; birth: IsoDay }
  | { kind: 'visit_after_death'; reference: IsoDay; death: IsoDay }
  | { kind: 'birth_unknown'; end: IsoDay }
  /** Found by the scan before any rule applies: an unreadable cell, an unknown profession… */
  | { kind: 'input'; message: string };

const d = frenchDay;

const PROBLEMS: { [K in ReviewProblem['kind']]: (p: Extract<ReviewProblem, { kind: K }>) => string } = {
  no_last_visit: () => 'la date du dernier contact manque',
  no_document_date: () => 'la date du document manque',
  birth_future: (p) => `la date de naissance (${d(p.birth)}) tombe après le jour de l’analyse`,
  death_future: (p) => `la date de décès (${d(p.death)}) tombe après le jour de l’analyse`,
  death_before_birth: (p) => `la date de décès (${d(p.death)}) précède la date de naissance (${d(p.birth)})`,
  reference_future: (p) => `${p.label} (${d(p.reference)}) tombe après le jour de l’analyse`,
  visit_before_birth: (p) => `le dernier contact (${d(p.reference)}) précède la date de naissance (${d(p.birth)})`,
  visit_after_death: (p) => `le dernier contact (${d(p.reference)}) suit la date de décès (${d(p.death)})`,
  birth_unknown: (p) =>
    `la durée prévue est écoulée depuis le ${d(p.end)}, mais la date de naissance manque : un patient mineur au dernier contact doit voir son dossier conservé jusqu’à ses 28 ans`,
  input: (p) => p.message,
};

/**
 * The French reason of a `review`.
 * @example explainReview({ kind: 'no_last_visit' }) // 'À vérifier : la date du dernier contact manque. …'
 */
export function explainReview(problem: ReviewProblem): string {
  const say = PROBLEMS[problem.kind] as (p: ReviewProblem) => string;
  return `À vérifier : ${say(problem)}. Corrigez les données dans le logiciel du cabinet, puis relancez l’analyse.`;
}

/** The parts of a rule's reasons that never change, built once per rule (the scan explains millions). */
interface RuleTexts {
  total: string;
  keep: string;
  /** « Règle : … », then the practice's choice and the uncertainty, when they apply. */
  closing: string;
}

const textsCache = new WeakMap<RetentionRule, RuleTexts>();

function textsOf(rule: RetentionRule): RuleTexts {
  let texts = textsCache.get(rule);
  if (!texts) {
    const closing = [`Règle : ${rule.citation}.`];
    if (rule.overridden) closing.push('Durée choisie par le cabinet.');
    if (rule.uncertain)
      closing.push('Durée indicative, non confirmée par un texte officiel : vérifiez-la dans les réglages.');
    texts = {
      total: formatDuration(rule.keepMonths + rule.archiveMonths, rule.keepDays),
      keep: formatDuration(rule.keepMonths, rule.keepDays),
      closing: closing.join(' '),
    };
    textsCache.set(rule, texts);
  }
  return texts;
}

/** The end date and what set it, as a clause: « 20 ans après le dernier contact (15/03/2018) ». */
function endClause(rule: RetentionRule, reference: IsoDay, cause: EndCause): string {
  const { total } = textsOf(rule);
  switch (cause.kind) {
    case 'minor':
      return `28e anniversaire du patient né le ${d(cause.birth)}, plus tardif que les ${total} suivant ${rule.referenceLabel}`;
    case 'death':
      return `10 ans après le décès (${d(cause.death)}), survenu moins de 10 ans après ${rule.referenceLabel}`;
    default:
      return `${total} après ${rule.referenceLabel} (${d(reference)})`;
  }
}

interface Explained {
  rule: RetentionRule;
  action: 'keep' | 'archive' | 'destroy';
  reference: IsoDay;
  end: IsoDay;
  cause: EndCause;
  archiveDate: IsoDay | undefined;
}

/** What to do now, until when and why, as the first sentences of the reason. */
function actionSentence({ rule, action, end, archiveDate }: Explained, clause: string): string {
  if (action === 'destroy') {
    return rule.maximum
      ? `durée maximale atteinte le ${d(end)} : ${clause}. À effacer, sauf procédure judiciaire en cours.`
      : `conservation terminée le ${d(end)} : ${clause}. Vous pouvez le détruire ou l’anonymiser, sauf recours ou contentieux en cours, qui suspend la durée.`;
  }
  if (action === 'archive') {
    return `à placer en archive intermédiaire (support distinct, aussi bien protégé) depuis le ${d(archiveDate ?? end)} et jusqu’au ${d(end)} : ${clause}.`;
  }
  if (archiveDate !== undefined) {
    return `à garder en base active jusqu’au ${d(archiveDate)} (${textsOf(rule).keep}), puis en archive intermédiaire jusqu’au ${d(end)} : ${clause}.`;
  }
  return rule.maximum
    ? `à effacer au plus tard le ${d(end)} : ${clause}.`
    : `à conserver jusqu’au ${d(end)} : ${clause}.`;
}

/**
 * The French reason of a keep, archive or destroy decision: what to do, until when, why, and the
 * rule's reference; says when the duration is only indicative or was chosen by the practice.
 */
export function explainDecision(explained: Explained): string {
  const { rule, reference, cause, action } = explained;
  const reason = `${rule.label} : ${actionSentence(explained, endClause(rule, reference, cause))} ${textsOf(rule).closing}`;
  return cause.kind === 'duration' && cause.birthUnknown && action !== 'destroy'
    ? `${reason} Date de naissance inconnue : pour un patient mineur au dernier contact, la conservation dure jusqu’à ses 28 ans.`
    : reason;
}
