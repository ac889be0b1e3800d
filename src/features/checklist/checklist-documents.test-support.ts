import { type ApplicabilityProfile, applicability } from './applicability.ts';
import { loadMeasures, type Measure } from './checklist.referential.ts';
import { progressOf } from './checklist-build.ts';
import type {
  ActionPlanView,
  ArchivedAnswerView,
  ChecklistView,
  MeasureView,
  PlanEntryView,
} from './checklist-view.ts';
import { orderPlan } from './plan.ts';
import { nextDue } from './recurrence.ts';
import { type AnswerStatus, computeScores, type MeasureStatus, SCORE_EXPLANATION } from './scoring.ts';

/** The day every fixture speaks for, and the matching document date (11:00 in Paris). */
export const FIXTURE_TODAY = '2026-11-29';
export const FIXTURE_DOCUMENT_DATE = new Date('2026-11-29T10:00:00Z');
export const FIXTURE_PRACTICE = 'Cabinet infirmier Hélène Lefèvre & Noël Gaëtan';

/**
 * A group practice with one secretary, its files in the cloud and on paper, no Wi-Fi, a
 * smartphone: the measures for local data and Wi-Fi do not apply, with their reasons.
 */
export const FIXTURE_PROFILE: ApplicabilityProfile = {
  structureType: 'group',
  staffCount: 1,
  dataLocations: ['cloud', 'paper'],
  wifi: false,
  mobileDevices: true,
  teleconsultation: false,
};

/** The first-pass question of the fixture's answers that come from the first pass. */
export const FIXTURE_QUESTION = {
  id: 'reseau',
  question: 'Votre Wi-Fi est-il protégé par un mot de passe long, séparé de celui des patients ?',
};

const HELENE = { id: 'user-helene', name: 'Hélène Lefèvre' };
const NOEMIE = { id: 'user-noemie', name: 'Noémie Bérénice (secrétaire)' };

/** Statuses handed out in turn to the measures that apply (new measures stay unanswered). */
const STATUS_CYCLE: MeasureStatus[] = ['done', 'partial', 'todo', 'unknown', 'done', 'not_applicable', 'done'];

/** Options of `checklistViewFixture`. */
export interface ChecklistFixtureOptions {
  profile?: ApplicabilityProfile;
  /** Status of every measure that applies instead of the cycle (e.g. 'done' for an empty plan). */
  allStatus?: MeasureStatus;
  /** Answers kept for withdrawn measures; one by default. */
  archived?: ArchivedAnswerView[];
}

/**
 * A realistic diagnostic built from the real referential (`loadMeasures()`): every status, comments
 * with accents, assignees and due dates, two « nouveau » measures, recurring measures with their next
 * date, measures that do not apply with their reason, and one archived answer.
 */
export function checklistViewFixture(options: ChecklistFixtureOptions = {}): ChecklistView {
  const referential = loadMeasures();
  const profile = options.profile ?? FIXTURE_PROFILE;
  let turn = 0;
  const measures = referential.measures.map((measure, index): MeasureView => {
    const result = applicability(measure, profile);
    const isNew = options.allStatus === undefined && (index === 3 || index === 17);
    const status: AnswerStatus =
      options.allStatus ?? (isNew || !result.applies ? null : STATUS_CYCLE[turn++ % STATUS_CYCLE.length]!);
    const answered = status !== null;
    return measureView(measure, {
      applies: result.applies,
      notApplicableReason: result.applies ? null : result.reason,
      isNew,
      status,
      answered,
      answeredAt: answered ? `2026-11-${String(1 + (index % 28)).padStart(2, '0')}T09:30:00.000Z` : null,
      // Every fifth answer comes from the first pass, the others from a person.
      origin: answered ? (index % 5 === 1 ? 'first_pass' : 'person') : null,
      firstPassQuestion: answered && index % 5 === 1 ? FIXTURE_QUESTION : null,
      observation: null,
      overridesObservation: false,
      comment: answered && index % 3 === 0 ? `Vu avec le prestataire — à revérifier en été (n° ${index + 1})` : null,
      assignee: answered && status !== 'done' ? (index % 2 === 0 ? HELENE : NOEMIE) : null,
      dueDate: answered && status !== 'done' && index % 2 === 0 ? '2026-12-05' : null,
      priority: answered && status !== 'done' ? (['high', 'normal', 'low'] as const)[index % 3]! : null,
      evidence: answered && status === 'done' ? 'Capture d’écran rangée dans le classeur « Sécurité »' : null,
      updatedAt: answered ? `2026-11-${String(1 + (index % 28)).padStart(2, '0')}T09:30:00.000Z` : null,
      updatedBy: answered ? HELENE.name : null,
      lastDone: status === 'done' ? '2026-11-02' : null,
    });
  });
  const items = measures.map(({ family, level, status, applies }) => ({ family, level, status, applies }));
  const scores = computeScores(items);
  const labels = new Map(referential.families.map((family) => [family.id, family.label]));
  return {
    practiceName: FIXTURE_PRACTICE,
    referentialVersion: referential.version,
    today: FIXTURE_TODAY,
    explanation: SCORE_EXPLANATION,
    scores: {
      ...scores,
      families: scores.families.map((family) => ({ ...family, label: labels.get(family.family)! })),
    },
    progress: progressOf(measures),
    families: referential.families.map(({ id, label, description, weight }) => ({ id, label, description, weight })),
    measures,
    archived: options.archived ?? [
      {
        measureId: 'telecopie-ordonnances',
        title: 'Ne plus envoyer d’ordonnances par télécopie non sécurisée',
        status: 'done',
        comment: 'Télécopieur débranché en février',
        archivedAt: '2026-10-15T08:00:00.000Z',
      },
    ],
    assignees: [
      { ...HELENE, role: 'owner' },
      { ...NOEMIE, role: 'secretary' },
    ],
  };
}

type Answer = Omit<
  MeasureView,
  'id' | 'family' | 'title' | 'why' | 'how' | 'level' | 'effort' | 'storage' | 'recurrence' | 'sources' | 'canEdit'
> & { lastDone: string | null };

function measureView(measure: Measure, { lastDone, ...answer }: Answer): MeasureView {
  const { recurrence } = measure;
  return {
    id: measure.id,
    family: measure.family,
    title: measure.title,
    why: measure.why,
    how: [...measure.how],
    level: measure.level,
    effort: measure.effort,
    storage: measure.applicability?.storage ? [...measure.applicability.storage] : null,
    recurrence: recurrence
      ? {
          ...recurrence,
          lastDone,
          nextDue: nextDue(recurrence, lastDone, FIXTURE_TODAY),
          overdue: false,
        }
      : null,
    sources: measure.source.map((source) => ({ ...source })),
    canEdit: true,
    ...answer,
  };
}

/** The action plan of a checklist fixture, in the plan's real order; `next` is its first five entries. */
export function actionPlanFixture(view: ChecklistView = checklistViewFixture()): ActionPlanView {
  const ordered = orderPlan(
    view.measures.map((measure) => ({ ...measure, since: measure.updatedAt ?? '2026-01-01T00:00:00.000Z' })),
    view.families,
  );
  const items: PlanEntryView[] = ordered.map(({ since: _since, ...measure }, index) => ({
    ...measure,
    rank: index + 1,
  }));
  return { practiceName: view.practiceName, today: view.today, next: items.slice(0, 5), items, total: items.length };
}
