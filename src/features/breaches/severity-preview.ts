import { formatScore, type SeverityFactors, severityScore } from './severity.ts';

/** The answers given so far (a factor is absent until its question is answered). */
export type PartialFactors = Partial<SeverityFactors>;

const FACTORS = ['dpc', 'ei', 'confidentiality', 'integrity', 'availability', 'malicious'] as const;

/** The six factors when every question is answered, else null. */
export function completeFactors(answers: PartialFactors): SeverityFactors | null {
  return FACTORS.every((factor) => answers[factor] !== undefined) ? (answers as SeverityFactors) : null;
}

/** What the factor does to the score on its own: « × 0,75 », « contexte 4 », « +0,25 point ». */
function ownEffect<K extends keyof SeverityFactors>(factor: K, value: SeverityFactors[K]): string {
  if (factor === 'dpc') return `contexte ${value}`;
  if (factor === 'ei') return `multiplie par ${formatScore(value as number)}`;
  const points = factor === 'malicious' ? (value ? 0.5 : 0) : (value as number);
  return `+${formatScore(points)} point`;
}

/**
 * How choosing `value` for `factor` moves the score, in French, given the other answers: the score
 * it would give and the change from the current one once every other question is answered; the
 * factor's own effect before that.
 * @example optionEffect('malicious', true, { dpc: 4, ei: 1, confidentiality: 0, integrity: 0, availability: 0, malicious: false }) // 'score 4,5 (+0,5)'
 */
export function optionEffect<K extends keyof SeverityFactors>(
  factor: K,
  value: SeverityFactors[K],
  answers: PartialFactors,
): string {
  const others = completeFactors({ ...answers, [factor]: value });
  if (others === null) return ownEffect(factor, value);
  const score = severityScore(others);
  const current = completeFactors(answers);
  if (current === null) return `score ${formatScore(score)}`;
  const delta = (score * 4 - severityScore(current) * 4) / 4;
  if (delta === 0) return `score ${formatScore(score)}`;
  return `score ${formatScore(score)} (${delta > 0 ? '+' : '−'}${formatScore(Math.abs(delta))})`;
}
