import { isWithdrawn, type Withdrawal } from '../../lib/lifecycle/lifecycle.ts';
import type {
  BreachNature,
  BreachOrigin,
  BreachStatus,
  CauseIntent,
  CauseSource,
  DataCategory,
  PeopleCategory,
} from './breach-labels.ts';
import { assessSeverity, type SeverityFactors, type SeverityLevel, type SeverityResult } from './severity.ts';

/** A DPO's (or the practitioner's) adjustment of the factors, with its written justification. */
export interface SeverityExpert {
  factors: SeverityFactors;
  justification: string;
  /** Who adjusted, as the journal names them, and when (ISO instant). */
  by: string;
  at: string;
}

/** The recorded decision, with the score that informed it. */
export interface BreachDecision {
  notifyAuthority: boolean;
  informSubjects: boolean;
  /** The practitioner's reasons; null when following the recommendation without comment. */
  reasons: string | null;
  score: number;
  level: SeverityLevel;
  /** What the method recommended at that moment. */
  recommended: { notifyAuthority: boolean; informSubjects: boolean };
  decidedAt: string;
  decidedBy: string;
}

/** The notification dates (ISO instants) and references. */
export interface BreachNotifications {
  /** Why the CNIL was (or will be) notified after the 72 hours. */
  delayReasons: string | null;
  cnilNotifiedAt: string | null;
  cnilReceiptNumber: string | null;
  complementaryNotifiedAt: string | null;
  subjectsInformedAt: string | null;
  complaintFiledAt: string | null;
  complaintNumber: string | null;
  /** When the serious incident was reported to the ARS (CSP L. 1111-8-2). */
  arsReportedAt: string | null;
}

/** The content of a breach that the register records and the user edits. */
export interface BreachContent {
  description: string | null;
  natures: BreachNature[];
  origin: BreachOrigin | null;
  cause: { source: CauseSource | null; intent: CauseIntent | null };
  dataCategories: DataCategory[];
  peopleCategories: PeopleCategory[];
  peopleCount: number | null;
  recordsCount: number | null;
  consequences: string | null;
  measuresTaken: string | null;
  measuresPlanned: string | null;
  unintelligible: boolean | null;
  unintelligibleHow: string | null;
  /** GDPR art. 34(3)(b): the measures taken since that make the high risk to the people unlikely. */
  subsequentMeasures: string | null;
  /** GDPR art. 34(3)(c): why informing each person would take disproportionate effort (a public communication replaces it). */
  disproportionateEffort: string | null;
  evidence: string[];
  /** ISO instants; only `awareAt` is required (a draft holds nothing else). */
  startedAt: string | null;
  discoveredAt: string | null;
  awareAt: string;
}

/** A breach of the register as the rest of the code sees it. */
export interface Breach extends BreachContent, BreachNotifications {
  id: string;
  practiceId: string;
  incidentId: string | null;
  /** awareAt + 72 hours (ISO instant, UTC). */
  notificationDeadline: string;
  severityAnswers: SeverityFactors | null;
  severityExpert: SeverityExpert | null;
  decision: BreachDecision | null;
  /** Recorded by mistake and withdrawn (« retirée »), or null: see src/lib/lifecycle. */
  withdrawal: Withdrawal | null;
  createdAt: string;
  updatedAt: string;
}

/** An empty content: the draft that starts the clock holds only `awareAt`. */
export function emptyContent(awareAt: string): BreachContent {
  return {
    description: null,
    natures: [],
    origin: null,
    cause: { source: null, intent: null },
    dataCategories: [],
    peopleCategories: [],
    peopleCount: null,
    recordsCount: null,
    consequences: null,
    measuresTaken: null,
    measuresPlanned: null,
    unintelligible: null,
    unintelligibleHow: null,
    subsequentMeasures: null,
    disproportionateEffort: null,
    evidence: [],
    startedAt: null,
    discoveredAt: null,
    awareAt,
  };
}

const CONTENT_FIELDS = Object.keys(emptyContent('')) as (keyof BreachContent)[];

/** The content after a change: a field absent from the input (undefined) keeps its value. */
export function applyContent(before: BreachContent, input: Partial<BreachContent>): BreachContent {
  return Object.fromEntries(
    CONTENT_FIELDS.map((field) => [field, input[field] === undefined ? before[field] : input[field]]),
  ) as unknown as BreachContent;
}

export const NO_NOTIFICATIONS: BreachNotifications = {
  delayReasons: null,
  cnilNotifiedAt: null,
  cnilReceiptNumber: null,
  complementaryNotifiedAt: null,
  subjectsInformedAt: null,
  complaintFiledAt: null,
  complaintNumber: null,
  arsReportedAt: null,
};

/** The factors that count: the expert's when adjusted, else those of the plain-French answers. */
export function effectiveFactors(breach: Pick<Breach, 'severityAnswers' | 'severityExpert'>): SeverityFactors | null {
  return breach.severityExpert?.factors ?? breach.severityAnswers;
}

/** The ENISA result of the breach with its own unintelligibility and number of people; null before any assessment. */
export function breachSeverity(
  breach: Pick<
    Breach,
    | 'severityAnswers'
    | 'severityExpert'
    | 'unintelligible'
    | 'peopleCount'
    | 'subsequentMeasures'
    | 'disproportionateEffort'
  >,
): SeverityResult | null {
  const factors = effectiveFactors(breach);
  if (factors === null) return null;
  return assessSeverity({
    ...factors,
    unintelligible: breach.unintelligible === true,
    subsequentMeasures: Boolean(breach.subsequentMeasures?.trim()),
    disproportionateEffort: Boolean(breach.disproportionateEffort?.trim()),
    ...(breach.peopleCount === null ? {} : { people: breach.peopleCount }),
  });
}

/**
 * Where the breach stands: withdrawn when it turned out not to be one; notified once the CNIL
 * notification date is recorded; recorded only when the decision is not to notify; to notify when
 * decided so; to assess before any decision.
 */
export function breachStatus(breach: Pick<Breach, 'cnilNotifiedAt' | 'decision' | 'withdrawal'>): BreachStatus {
  if (isWithdrawn(breach)) return 'withdrawn';
  if (breach.cnilNotifiedAt !== null) return 'notified';
  if (breach.decision === null) return 'to_assess';
  return breach.decision.notifyAuthority ? 'to_notify' : 'recorded';
}

/** The CNIL clock still runs: not withdrawn, no notification yet, and no decision not to notify. */
export function clockRuns(breach: Pick<Breach, 'cnilNotifiedAt' | 'decision' | 'withdrawal'>): boolean {
  const status = breachStatus(breach);
  return status === 'to_assess' || status === 'to_notify';
}
