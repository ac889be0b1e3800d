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
  /** Measures taken since make the high risk to the people no longer likely: art. 34(3)(b). */
  subsequentMeasures?: boolean;
  /** Informing each person would take disproportionate effort: a public communication instead, art. 34(3)(c). */
  disproportionateEffort?: boolean;
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
  'measures_exempt_subjects',
  'public_communication',
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

/**
 * Hygie's own threshold, said so on every result: ENISA 2013 sets no notification threshold. It is
 * calibrated on the EDPB guidelines 01/2021 examples (see {@link EDPB_EXAMPLES}); the recorded
 * human decision, with its reasons, is the authority.
 */
export const THRESHOLD_NOTE =
  'Le passage du score à la recommandation (gravité moyenne : notifier la CNIL ; élevée : informer aussi les personnes) est une règle de prudence de Hygie : la méthode de l’ENISA ne fixe aucun seuil. C’est votre décision, enregistrée avec ses raisons, qui fait foi.';

/** The EDPB guidelines 01/2021 examples the threshold is calibrated on (shown beside the result). */
export const EDPB_EXAMPLES: readonly string[] = [
  'Rançongiciel dans une entreprise ordinaire, avec une sauvegarde récente et sans fuite de données : inscription au registre seulement (lignes directrices 01/2021 du CEPD, cas n° 1).',
  'Rançongiciel dans un hôpital, où la restauration a retardé des soins : notification à la CNIL et information des patients (cas n° 4).',
  'Un cabinet de santé est plus proche du second cas : ses données sont des données de santé, et leur indisponibilité peut retarder des soins.',
];

/** Why the people need not be told one by one (art. 34(3)), the first that applies; null when none. */
type Exemption = 'unintelligible' | 'subsequent_measures' | 'public_communication';

const EXEMPTION_TEXT: Record<Exemption, string> = {
  unintelligible:
    'l’information des personnes concernées n’est pas exigée, car les données étaient inintelligibles pour toute personne non autorisée (chiffrées, avec une clé restée en sécurité ; article 34.3.a du RGPD)',
  subsequent_measures:
    'l’information des personnes concernées n’est pas exigée, car les mesures prises depuis rendent le risque élevé improbable (article 34.3.b du RGPD) ; gardez au registre la description de ces mesures',
  public_communication:
    'informer chaque personne demanderait des efforts disproportionnés : informez-les par une communication publique (affichage, site internet, presse locale) qui les touche aussi efficacement (article 34.3.c du RGPD)',
};

function exemptionOf(input: SeverityInput): Exemption | null {
  if (input.unintelligible === true) return 'unintelligible';
  if (input.subsequentMeasures === true) return 'subsequent_measures';
  if (input.disproportionateEffort === true) return 'public_communication';
  return null;
}

const NOTIFY = 'notifiez la CNIL au plus tard 72 heures après en avoir pris connaissance (article 33 du RGPD)';

/** One sentence per band; for a high risk, either « informez les personnes » or the exemption that applies, never both. */
function bandReason(level: SeverityLevel, exemption: Exemption | null): string {
  switch (level) {
    case 'low':
      return `${BAND_TEXT.low} : inscrivez la violation au registre (article 33.5 du RGPD). La notification à la CNIL n’est pas exigée lorsque la violation n’est pas susceptible d’engendrer un risque pour les personnes (article 33.1) ; en cas de doute, notifiez : la CNIL vous dira si les personnes doivent être informées.`;
    case 'medium':
      return `${BAND_TEXT.medium} : ${NOTIFY} et inscrivez la violation au registre.`;
    case 'high':
    case 'very_high':
      return exemption === null
        ? `${BAND_TEXT[level]} : ${NOTIFY} et informez les personnes concernées dans des termes clairs et simples (article 34).`
        : `${BAND_TEXT[level]} : ${NOTIFY} ; ${EXEMPTION_TEXT[exemption]}.`;
  }
}

/**
 * The score, its band and the recommendation with its reasons: low → record only; medium → notify
 * the CNIL; high or very high → notify the CNIL and inform the people concerned, unless the data
 * were unintelligible (art. 34(3)(a)) or measures taken since make the high risk unlikely (b); when
 * informing each person would take disproportionate effort (c), a public communication informs them.
 * Flags: more than {@link MANY_PEOPLE} people, unintelligible data, an art. 34(3) exemption, malicious act.
 * @example assessSeverity({ dpc: 4, ei: 1, confidentiality: 0.5, integrity: 0, availability: 0, malicious: true }).level // 'very_high'
 */
export function assessSeverity(input: SeverityInput): SeverityResult {
  const score = severityScore(input);
  const level = severityLevel(score);
  const high = level === 'high' || level === 'very_high';
  const unintelligible = input.unintelligible === true;
  const exemption = high ? exemptionOf(input) : null;
  const flags: SeverityFlag[] = [];
  const reasons = [
    `Score selon la méthode de l’ENISA : ${formulaText(input)}.`,
    bandReason(level, exemption),
    THRESHOLD_NOTE,
  ];
  if (input.people !== undefined && input.people > MANY_PEOPLE) {
    flags.push('many_people');
    reasons.push(
      `Plus de ${MANY_PEOPLE} personnes sont concernées (environ ${formatCount(input.people)}) : c’est un point d’attention que la méthode de l’ENISA demande de signaler.`,
    );
  }
  if (unintelligible) {
    flags.push('unintelligible');
    if (!high) {
      reasons.push(
        'Les données étaient inintelligibles pour toute personne non autorisée (chiffrées, avec une clé restée en sécurité) : notez-le au registre, c’est ce qui limite le risque.',
      );
    }
  }
  if (exemption === 'unintelligible') flags.push('unintelligible_exempts_subjects');
  if (exemption === 'subsequent_measures') flags.push('measures_exempt_subjects');
  if (exemption === 'public_communication') flags.push('public_communication');
  if (input.malicious) {
    flags.push('malicious');
    reasons.push(
      `La violation résulte d’un acte malveillant (+${formatScore(MALICIOUS_BONUS)} au score) : déposez plainte auprès de la police, de la gendarmerie ou du procureur de la République.`,
    );
  }
  const exempt = exemption === 'unintelligible' || exemption === 'subsequent_measures';
  return { score, level, notifyAuthority: level !== 'low', informSubjects: high && !exempt, flags, reasons };
}
