import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { perContext } from '../../lib/home/registry.ts';
import { withdrawalColumns, withdrawalOf } from '../../lib/lifecycle/lifecycle.ts';
import type { Breach, BreachDecision, SeverityExpert } from './breach.ts';
import type {
  BreachNature,
  BreachOrigin,
  CauseIntent,
  CauseSource,
  DataCategory,
  PeopleCategory,
} from './breach-labels.ts';
import type { BreachesTable } from './breaches.tables.ts';
import type { SeverityFactors } from './severity.ts';

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));
const bool = (value: number | null): boolean | null => (value === null ? null : value === 1);
const count = (value: number | string | null): number | null => (value === null ? null : Number(value));

function fromRow(row: Selectable<BreachesTable>): Breach {
  return {
    id: row.id,
    practiceId: row.practice_id,
    incidentId: row.incident_id,
    description: row.description,
    natures: JSON.parse(row.natures) as BreachNature[],
    origin: row.origin as BreachOrigin | null,
    cause: { source: row.cause_source as CauseSource | null, intent: row.cause_intent as CauseIntent | null },
    dataCategories: JSON.parse(row.data_categories) as DataCategory[],
    peopleCategories: JSON.parse(row.people_categories) as PeopleCategory[],
    peopleCount: count(row.people_count),
    recordsCount: count(row.records_count),
    consequences: row.consequences,
    measuresTaken: row.measures_taken,
    measuresPlanned: row.measures_planned,
    unintelligible: bool(row.unintelligible),
    unintelligibleHow: row.unintelligible_how,
    subsequentMeasures: row.subsequent_measures,
    disproportionateEffort: row.disproportionate_effort,
    evidence: JSON.parse(row.evidence) as string[],
    startedAt: row.started_at,
    discoveredAt: row.discovered_at,
    awareAt: row.aware_at,
    notificationDeadline: row.notification_deadline,
    severityAnswers: json<SeverityFactors>(row.severity_answers),
    severityExpert: json<SeverityExpert>(row.severity_expert),
    decision: json<BreachDecision>(row.decision),
    delayReasons: row.delay_reasons,
    cnilNotifiedAt: row.cnil_notified_at,
    cnilReceiptNumber: row.cnil_receipt_number,
    complementaryNotifiedAt: row.complementary_notified_at,
    subjectsInformedAt: row.subjects_informed_at,
    complaintFiledAt: row.complaint_filed_at,
    complaintNumber: row.complaint_number,
    arsReportedAt: row.ars_reported_at,
    withdrawal: withdrawalOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const text = (value: unknown) => (value === null ? null : JSON.stringify(value));

function toRow(breach: Breach): Selectable<BreachesTable> {
  return {
    id: breach.id,
    practice_id: breach.practiceId,
    incident_id: breach.incidentId,
    description: breach.description,
    natures: JSON.stringify(breach.natures),
    origin: breach.origin,
    cause_source: breach.cause.source,
    cause_intent: breach.cause.intent,
    data_categories: JSON.stringify(breach.dataCategories),
    people_categories: JSON.stringify(breach.peopleCategories),
    people_count: breach.peopleCount,
    records_count: breach.recordsCount,
    consequences: breach.consequences,
    measures_taken: breach.measuresTaken,
    measures_planned: breach.measuresPlanned,
    unintelligible: breach.unintelligible === null ? null : breach.unintelligible ? 1 : 0,
    unintelligible_how: breach.unintelligibleHow,
    subsequent_measures: breach.subsequentMeasures,
    disproportionate_effort: breach.disproportionateEffort,
    evidence: JSON.stringify(breach.evidence),
    started_at: breach.startedAt,
    discovered_at: breach.discoveredAt,
    aware_at: breach.awareAt,
    notification_deadline: breach.notificationDeadline,
    severity_answers: text(breach.severityAnswers),
    severity_expert: text(breach.severityExpert),
    decision: text(breach.decision),
    delay_reasons: breach.delayReasons,
    cnil_notified_at: breach.cnilNotifiedAt,
    cnil_receipt_number: breach.cnilReceiptNumber,
    complementary_notified_at: breach.complementaryNotifiedAt,
    subjects_informed_at: breach.subjectsInformedAt,
    complaint_filed_at: breach.complaintFiledAt,
    complaint_number: breach.complaintNumber,
    ars_reported_at: breach.arsReportedAt,
    ...withdrawalColumns(breach.withdrawal),
    created_at: breach.createdAt,
    updated_at: breach.updatedAt,
  };
}

export async function insertBreach(db: Db, breach: Breach): Promise<void> {
  await db.insertInto('breaches').values(toRow(breach)).execute();
}

/** The practice's breach, or null (also for another practice's id). */
export async function findBreach(db: Db, practiceId: string, id: string): Promise<Breach | null> {
  const row = await db
    .selectFrom('breaches')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** The breach qualified from this incident, or null. */
export async function findBreachOfIncident(db: Db, practiceId: string, incidentId: string): Promise<Breach | null> {
  const row = await db
    .selectFrom('breaches')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** The practice's register, most recent awareness first. */
export async function listBreaches(db: Db, practiceId: string): Promise<Breach[]> {
  const rows = await db
    .selectFrom('breaches')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('aware_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}

const breachesPerPage = perContext<Breach[]>();

/**
 * listBreaches once per home page (`ctx`: the context object its cards and « à faire » providers
 * share, see perContext): the breaches' and the insurer's items read the same list. Read-only.
 */
export function listBreachesOnce(ctx: object, db: Db, practiceId: string): Promise<readonly Breach[]> {
  return breachesPerPage(ctx, () => listBreaches(db, practiceId));
}

/** Saves every field of the breach but its id, practice and creation time. */
export async function saveBreach(db: Db, breach: Breach): Promise<void> {
  const { id: _id, practice_id: _practice, created_at: _created, ...changes } = toRow(breach);
  await db
    .updateTable('breaches')
    .set(changes satisfies Updateable<BreachesTable>)
    .where('practice_id', '=', breach.practiceId)
    .where('id', '=', breach.id)
    .execute();
}
