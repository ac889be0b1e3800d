import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { isPostgres } from '../../db/dialect.ts';
import type { RegisterActivitiesTable } from './register.tables.ts';
import type {
  ActivityController,
  ActivityStatus,
  DataCategory,
  LegalBasis,
  RegisterActivity,
  RegisterVersion,
  Transfer,
} from './register.types.ts';

function parseController(row: Selectable<RegisterActivitiesTable>): ActivityController {
  const details = JSON.parse(row.controller_details) as {
    name?: string;
    coControllers?: string[];
    arrangement?: string | null;
  };
  if (row.controller_kind === 'practitioner') {
    return { kind: 'practitioner', userId: row.controller_user_id ?? '', name: details.name ?? '' };
  }
  if (row.controller_kind === 'joint') {
    return { kind: 'joint', coControllers: details.coControllers ?? [], arrangement: details.arrangement ?? null };
  }
  return { kind: 'practice' };
}

function controllerColumns(controller: ActivityController) {
  switch (controller.kind) {
    case 'practitioner':
      return {
        controller_kind: 'practitioner',
        controller_user_id: controller.userId,
        controller_details: JSON.stringify({ name: controller.name }),
      };
    case 'joint':
      return {
        controller_kind: 'joint',
        controller_user_id: null,
        controller_details: JSON.stringify({
          coControllers: controller.coControllers,
          arrangement: controller.arrangement,
        }),
      };
    default:
      return { controller_kind: 'practice', controller_user_id: null, controller_details: '{}' };
  }
}

function fromRow(row: Selectable<RegisterActivitiesTable>): RegisterActivity {
  return {
    id: row.id,
    practiceId: row.practice_id,
    number: Number(row.number),
    name: row.name,
    description: row.description,
    controller: parseController(row),
    purposes: JSON.parse(row.purposes) as string[],
    legalBasis: JSON.parse(row.legal_basis) as LegalBasis,
    dataSubjects: JSON.parse(row.data_subjects) as string[],
    dataCategories: JSON.parse(row.data_categories) as DataCategory[],
    sources: JSON.parse(row.sources) as string[],
    internalRecipients: JSON.parse(row.internal_recipients) as string[],
    externalRecipients: JSON.parse(row.external_recipients) as string[],
    processors: JSON.parse(row.processors) as string[],
    transfers: JSON.parse(row.transfers) as Transfer[],
    securityMeasureIds: JSON.parse(row.security_measure_ids) as string[],
    otherSecurityMeasures: row.other_security_measures,
    status: row.status as ActivityStatus,
    templateId: row.template_id,
    referentialVersion: row.referential_version,
    openPointKeptAt: row.open_point_kept_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

function toRow(activity: RegisterActivity): Selectable<RegisterActivitiesTable> {
  return {
    id: activity.id,
    practice_id: activity.practiceId,
    number: activity.number,
    name: activity.name,
    description: activity.description,
    ...controllerColumns(activity.controller),
    purposes: JSON.stringify(activity.purposes),
    legal_basis: JSON.stringify(activity.legalBasis),
    data_subjects: JSON.stringify(activity.dataSubjects),
    data_categories: JSON.stringify(activity.dataCategories),
    sources: JSON.stringify(activity.sources),
    internal_recipients: JSON.stringify(activity.internalRecipients),
    external_recipients: JSON.stringify(activity.externalRecipients),
    processors: JSON.stringify(activity.processors),
    transfers: JSON.stringify(activity.transfers),
    security_measure_ids: JSON.stringify(activity.securityMeasureIds),
    other_security_measures: activity.otherSecurityMeasures,
    status: activity.status,
    template_id: activity.templateId,
    referential_version: activity.referentialVersion,
    open_point_kept_at: activity.openPointKeptAt,
    created_at: activity.createdAt,
    updated_at: activity.updatedAt,
    archived_at: activity.archivedAt,
  };
}

/**
 * The practice's activities in register order (by number). Archived ones are left out unless
 * `includeArchived` is set. Stable API: the patient notice reads the register through it.
 */
export async function listActivities(
  db: Db,
  practiceId: string,
  options: { includeArchived?: boolean } = {},
): Promise<RegisterActivity[]> {
  let query = db.selectFrom('register_activities').selectAll().where('practice_id', '=', practiceId);
  if (!options.includeArchived) query = query.where('status', '=', 'active');
  const rows = await query.orderBy('number', 'asc').execute();
  return rows.map(fromRow);
}

/** The activity of this practice, or null (also for another practice's activity). */
export async function findActivity(db: Db, practiceId: string, id: string): Promise<RegisterActivity | null> {
  const row = await db
    .selectFrom('register_activities')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/**
 * Serialises the register's changes of one practice on PostgreSQL (the practice row is locked
 * until the transaction ends), so that two creations never take the same number; SQLite
 * transactions are serialised already. Call it first in the transaction.
 */
export async function lockRegister(db: Db, practiceId: string): Promise<void> {
  if (isPostgres(db)) {
    await db.selectFrom('practices').select('id').where('id', '=', practiceId).forNoKeyUpdate().execute();
  }
}

/** The next free sequence number of the practice's register. */
export async function nextActivityNumber(db: Db, practiceId: string): Promise<number> {
  const row = await db
    .selectFrom('register_activities')
    .select((eb) => eb.fn.max('number').as('max'))
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function insertActivity(db: Db, activity: RegisterActivity): Promise<void> {
  await db.insertInto('register_activities').values(toRow(activity)).execute();
}

/** Saves the whole activity (every field but its id, practice, number and creation time). */
export async function saveActivity(db: Db, activity: RegisterActivity): Promise<void> {
  const { id: _id, practice_id: _practiceId, number: _number, created_at: _createdAt, ...changes } = toRow(activity);
  await db
    .updateTable('register_activities')
    .set(changes)
    .where('practice_id', '=', activity.practiceId)
    .where('id', '=', activity.id)
    .execute();
}

/** Removes every activity of the practice (import in `replace` mode, inside its transaction). */
export async function deleteAllActivities(db: Db, practiceId: string): Promise<number> {
  const result = await db.deleteFrom('register_activities').where('practice_id', '=', practiceId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The register's version, bumped in the transaction of every change. The patient notice stores
 * the version it was generated from and is outdated when this one is greater.
 */
export async function registerVersion(db: Db, practiceId: string): Promise<RegisterVersion> {
  const row = await db
    .selectFrom('register_state')
    .select(['version', 'changed_at'])
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  if (!row || Number(row.version) === 0) return { version: 0, changedAt: null };
  return { version: Number(row.version), changedAt: row.changed_at };
}

/** Bumps the register's version (call it in the transaction of the change; it locks the register). */
export async function bumpRegisterVersion(db: Db, practiceId: string, now: Date): Promise<RegisterVersion> {
  const changedAt = now.toISOString();
  await lockRegister(db, practiceId);
  await ensureStateRow(db, practiceId, changedAt);
  await db
    .updateTable('register_state')
    .set((eb) => ({ version: eb('version', '+', 1), changed_at: changedAt }))
    .where('practice_id', '=', practiceId)
    .execute();
  return registerVersion(db, practiceId);
}

/** Creates the practice's state row (version 0) when it does not exist yet. */
async function ensureStateRow(db: Db, practiceId: string, changedAt: string): Promise<void> {
  const row = await db
    .selectFrom('register_state')
    .select('practice_id')
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  if (row) return;
  await db
    .insertInto('register_state')
    .values({
      practice_id: practiceId,
      version: 0,
      changed_at: changedAt,
    })
    .execute();
}
