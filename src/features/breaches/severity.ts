import { formatCount } from './breach-labels.ts';

/**
 * The severity of a personal data breach with the ENISA 2013 method
 * (« Recommendations for a methodology of the assessment of severity of personal data breaches »):
 * `SE = DPC × EI + CB`. Pure: no I/O, no clock; the web page runs it too, to show how each answer
 * moves the score.
 *
 * Every sum is computed in quarters (integers), since every factor is a multiple of 0.25 and DPC is
 * an integer: no floating-point error can move a score across a band edge.
 */

/** Data-processing context: 1 simple, 2 behavioural, 3 financial, 4 sensitive (health), adjusted for context. */
export const DPC_VALUES = [1, 2, 3, 4] as const;
/** Ease of identification: negligible, limited, significant, maximum. */
export const EI_VALUES = [0.25, 0.5, 0.75, 1] as const;
/** Each circumstance (loss of confidentiality, integrity, availability): 0, +0.25 or +0.5. */
export const CIRCUMSTANCE_VALUES = [0, 0.25, 0.5] as const;
/** Added when the breach results from a malicious act. */
export const MALICIOUS_BONUS = 0.5;
/** More people than this is flagged (`many_people`). */
export const MANY_PEOPLE = 100;

export type Dpc = (typeof DPC_VALUES)[number];
export type Ei = (typeof EI_VALUES)[number];
export type Circumstance = (typeof CIRCUMSTANCE_VALUES)[number];

/** The six factors of the method. */
export interface SeverityFactors {
  dpc: Dpc;
  ei: Ei;
  confidentiality: Circumstance;
  integrity: Circumstance;
  availability: Circumstance;
  malicious: boolean;
}

/** The factors, and what else the recommendation depends on. */
export interface SeverityInput extends SeverityFactors {
  /** The data were unintelligible to anyone not authorised (encrypted, key kept safe): art. 34(3)(a). */
  unintelligible?: boolean;
  /** Approximate number of people concerned. */
  people?: number;
}

export const SEVERITY_LEVELS = ['low', 'medium', 'high', 'very_high'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export const SEVERITY_LEVEL_LABELS: Record<SeverityLevel, string> = {
  low: 'Faible',
  medium: 'Moyenne',
  high: 'Élevée',
  very_high: 'Très élevée',
};

/** The bands, lower bounds inclusive: low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high. */
export const SEVERITY_BANDS: readonly { level: SeverityLevel; from: number | null; below: number | null }[] = [
  { level: 'low', from: null, below: 2 },
  { level: 'medium', from: 2, below: 3 },
  { level: 'high', from: 3, below: 4 },
  { level: 'very_high', from: 4, below: null },
];

export const SEVERITY_FLAGS = [
  'many_people',
  'unintelligible',
  'unintelligible_exempts_subjects',
  'malicious',
] as const;
export type SeverityFlag = (typeof SEVERITY_FLAGS)[number];

/** What `POST /breaches/severity` and `hygie breach severity` answer. */
export interface SeverityResult {
  score: number;
  level: SeverityLevel;
  /** Notify the CNIL (GDPR art. 33). */
  notifyAuthority: boolean;
  /** Inform the people concerned (GDPR art. 34). */
  informSubjects: boolean;
  flags: SeverityFlag[];
  /** Plain French, first the computation, then the recommendation and its grounds. */
  reasons: string[];
}

const quarters = (value: number) => Math.round(value * 4);

/**
 * The score in quarters of a point (an integer): `4 × DPC × EI + 4 × CB`.
 * @example scoreQuarters({ dpc: 4, ei: 1, confidentiality: 0.5, integrity: 0, availability: 0, malicious: true }) // 20 (= 5)
 */
export function scoreQuarters(factors: SeverityFactors): number {
  const circumstances =
    quarters(factors.confidentiality) + quarters(factors.integrity) + quarters(factors.availability);
  return factors.dpc * quarters(factors.ei) + circumstances + (factors.malicious ? quarters(MALICIOUS_BONUS) : 0);
}

/**
 * `SE = DPC × EI + CB`, exact (a multiple of 0.25, never rounded).
 * @example severityScore({ dpc: 3, ei: 0.75, confidentiality: 0.25, integrity: 0, availability: 0, malicious: false }) // 2.5
 */
export function severityScore(factors: SeverityFactors): number {
  return scoreQuarters(factors) / 4;
}

/**
 * The band of a score, lower bounds inclusive, no rounding: 1.999 is low, 2 is medium, 2.999
 * medium, 3 high, 3.999 high, 4 very high. The number is compared as given.
 * @example severityLevel(3) // 'high'
 */
export function severityLevel(score: number): SeverityLevel {
  if (!Number.isFinite(score)) throw new RangeError(`Invalid severity score: ${score}`);
  if (score >= 4) return 'very_high';
  if (score >= 3) return 'high';
  if (score >= 2) return 'medium';
  return 'low';
}

/**
 * A number the French way, without trailing zeros: 3.25 → « 3,25 », 4 → « 4 », 0.5 → « 0,5 ».
 * @example formatScore(2.75) // '2,75'
 */
export function formatScore(value: number): string {
  return String(value).replace('.', ',');
}

/** « SE = DPC × EI + CB = 4 × 0,75 + (0,25 + 0 + 0 + 0,5) = 3,75 ». */
export function formulaText(factors: SeverityFactors): string {
  const cb = [factors.confidentiality, factors.integrity, factors.availability, factors.malicious ? MALICIOUS_BONUS : 0]
    .map(formatScore)
    .join(' + ');
  return `SE = DPC × EI + CB = ${factors.dpc} × ${formatScore(factors.ei)} + (${cb}) = ${formatScore(severityScore(factors))}`;
}

const BAND_TEXT: Record<SeverityLevel, string> = {
  low: 'Gravité faible (score inférieur à 2)',
  medium: 'Gravité moyenne (score de 2 à moins de 3)',
  high: 'Gravité élevée (score de 3 à moins de 4)',
  very_high: 'Gravité très élevée (score de 4 ou plus)',
};

function bandReason(level: SeverityLevel): string {
  switch (level) {
    case 'low':
      return `${BAND_TEXT.low} : inscrivez la violation au registre (article 33.5 du RGPD). La notification à la CNIL n’est pas exigée lorsque la violation n’est pas susceptible d’engendrer un risque pour les personnes (article 33.1) ; en cas de doute, notifiez : la CNIL vous dira si les personnes doivent être informées.`;
    case 'medium':
      return `${BAND_TEXT.medium} : notifiez la CNIL au plus tard 72 heures après en avoir pris connaissance (article 33 du RGPD) et inscrivez la violation au registre.`;
    case 'high':
    case 'very_high':
      return `${BAND_TEXT[level]} : notifiez la CNIL au plus tard 72 heures après en avoir pris connaissance (article 33 du RGPD) et informez les personnes concernées dans des termes clairs et simples (article 34).`;
  }
}

/**
 * The score, its band and the recommendation with its reasons: low → record only; medium → notify
 * the CNIL; high or very high → notify the CNIL and inform the people concerned, unless the data
 * were unintelligible (art. 34(3)(a)). Flags: more than {@link MANY_PEOPLE} people, unintelligible
 * data, malicious act.
 * @example assessSeverity({ dpc: 4, ei: 1, confidentiality: 0.5, integrity: 0, availability: 0, malicious: true }).level // 'very_high'
 */
export function assessSeverity(input: SeverityInput): SeverityResult {
  const score = severityScore(input);
  const level = severityLevel(score);
  const high = level === 'high' || level === 'very_high';
  const unintelligible = input.unintelligible === true;
  const flags: SeverityFlag[] = [];
  const reasons = [`Score selon la méthode de l’ENISA : ${formulaText(input)}.`, bandReason(level)];
  if (input.people !== undefined && input.people > MANY_PEOPLE) {
    flags.push('many_people');
    reasons.push(
      `Plus de ${MANY_PEOPLE} personnes sont concernées (environ ${formatCount(input.people)}) : c’est un point d’attention que la méthode de l’ENISA demande de signaler.`,
    );
  }
  if (unintelligible) {
    flags.push('unintelligible');
    if (high) {
      flags.push('unintelligible_exempts_subjects');
      reasons.push(
        'Les données étaient inintelligibles pour toute personne non autorisée (chiffrées, avec une clé restée en sécurité) : l’information des personnes concernées n’est pas exigée (article 34.3.a du RGPD). La notification à la CNIL reste recommandée.',
      );
    } else {
      reasons.push(
        'Les données étaient inintelligibles pour toute personne non autorisée (chiffrées, avec une clé restée en sécurité) : notez-le au registre, c’est ce qui limite le risque.',
      );
    }
  }
  if (input.malicious) {
    flags.push('malicious');
    reasons.push(
      `La violation résulte d’un acte malveillant (+${formatScore(MALICIOUS_BONUS)} au score) : déposez plainte auprès de la police, de la gendarmerie ou du procureur de la République.`,
    );
  }
  return { score, level, notifyAuthority: level !== 'low', informSubjects: high && !unintelligible, flags, reasons };
}
