import { MEASURE_FAMILY_IDS, type MeasureFamilyId, type MeasureLevel } from './checklist.referential.ts';

/** Statuses of a measure, as on the wire: fait, partiel, à faire, non applicable, je ne sais pas. */
export const MEASURE_STATUSES = ['done', 'partial', 'todo', 'not_applicable', 'unknown'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
/** A measure's answer: one of the statuses, or null for « sans réponse ». */
export type AnswerStatus = MeasureStatus | null;

/** One measure as the score sees it; `applies` comes from `applicability()`; null = « sans réponse ». */
export interface ScoreItem {
  readonly family: MeasureFamilyId;
  readonly level: MeasureLevel;
  readonly status: AnswerStatus;
  readonly applies: boolean;
}

/** The score of one family, sur 100, and the counts of its measures that the score takes into account. */
export interface FamilyScore {
  readonly family: MeasureFamilyId;
  /** Integer from 0 to 100. */
  readonly score: number;
  /** Measures that count: they apply and the user did not mark them « non applicable ». */
  readonly counted: number;
  readonly done: number;
  readonly partial: number;
  readonly todo: number;
  /** « Je ne sais pas »: counted as not done, and shown separately. */
  readonly unknownCount: number;
  /** « Sans réponse »: counted as not done, and shown separately. */
  readonly unanswered: number;
}

/** The practice's scores: one per family that has a measure to count, and the overall one. */
export interface Scores {
  /** Integer from 0 to 100, or null when no measure counts at all. */
  readonly overall: number | null;
  /** In the referential's family order; a family with no measure to count is left out. */
  readonly families: readonly FamilyScore[];
  readonly counted: number;
  readonly unknownCount: number;
  /** Measures that apply and have no answer yet. */
  readonly unansweredCount: number;
}

/** Shown under « Comment est calculé ce score ? » and repeated in `docs/`. */
export const SCORE_EXPLANATION =
  'Chaque famille de mesures reçoit une note sur 100. ' +
  'Les mesures indispensables pèsent d’abord : une famille dont toutes les mesures indispensables sont faites obtient 60 sur 100, et 0 si aucune ne l’est. ' +
  'Les mesures recommandées ajoutent jusqu’à 40 points, mais seulement à proportion des mesures indispensables faites. ' +
  'Une mesure « partielle » compte pour moitié, « je ne sais pas » et « sans réponse » comptent comme « à faire », les mesures qui ne vous concernent pas sont écartées. ' +
  'La note globale est la moyenne des notes des familles, chacune pesant selon son nombre de mesures.';

/** Share of completion of a group of measures: done = 1, partial = 0.5; null for an empty group. */
function completion(items: readonly ScoreItem[]): number | null {
  if (items.length === 0) return null;
  const points = items.reduce(
    (sum, item) => sum + (item.status === 'done' ? 1 : item.status === 'partial' ? 0.5 : 0),
    0,
  );
  return points / items.length;
}

/**
 * The rate (0–1) of a family from its counted measures: `(0.6 + 0.4·fR)·fE`, where fE and fR are
 * the completion of its essential and recommended measures. Without an essential measure the rate
 * is fR; without a recommended one it is fE; null when nothing counts.
 * @example familyRate([essentialDone, recommendedTodo]) // 0.6
 */
export function familyRate(counted: readonly ScoreItem[]): number | null {
  const fE = completion(counted.filter((item) => item.level === 'essential'));
  const fR = completion(counted.filter((item) => item.level === 'recommended'));
  if (fE === null) return fR;
  if (fR === null) return fE;
  return (0.6 + 0.4 * fR) * fE;
}

/** A rate as an integer sur 100 (the epsilon keeps 0.575 from rounding down through float error). */
const toHundred = (rate: number): number => Math.round(rate * 100 + 1e-9);

const countOf = (items: readonly ScoreItem[], status: AnswerStatus) =>
  items.filter((item) => item.status === status).length;

/**
 * Scores per family and overall, sur 100, after MonServiceSécurisé's « indice cyber »: essential
 * measures gate each family's rate, recommended ones add a bonus; the overall score is the mean of
 * the family rates weighted by their number of counted measures. Measures that do not apply and
 * those marked `not_applicable` are excluded; `unknown` and unanswered (null) count as not done.
 * @example computeScores(items).overall // 72
 */
export function computeScores(items: readonly ScoreItem[]): Scores {
  const counted = items.filter((item) => item.applies && item.status !== 'not_applicable');
  const families: FamilyScore[] = [];
  let weighted = 0;
  for (const family of MEASURE_FAMILY_IDS) {
    const own = counted.filter((item) => item.family === family);
    const rate = familyRate(own);
    if (rate === null) continue;
    weighted += rate * own.length;
    families.push({
      family,
      score: toHundred(rate),
      counted: own.length,
      done: countOf(own, 'done'),
      partial: countOf(own, 'partial'),
      todo: countOf(own, 'todo'),
      unknownCount: countOf(own, 'unknown'),
      unanswered: countOf(own, null),
    });
  }
  return {
    overall: counted.length === 0 ? null : toHundred(weighted / counted.length),
    families,
    counted: counted.length,
    unknownCount: countOf(counted, 'unknown'),
    unansweredCount: countOf(counted, null),
  };
}
