import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { preparedQuery } from '../../db/prepared.ts';
import type { PracticeProfile } from './accounts.schema.ts';
import type { PracticesTable } from './accounts.tables.ts';

export interface Practice extends PracticeProfile {
  id: string;
  status: 'active' | 'suspended';
  createdAt: string;
}

function toRow(profile: PracticeProfile) {
  return {
    name: profile.name,
    structure_type: profile.structureType,
    professions: JSON.stringify(profile.professions),
    staff_count: profile.staffCount,
    department: profile.department,
    siret: profile.siret,
    finess: profile.finess,
    rpps: profile.rpps,
    data_locations: JSON.stringify(profile.dataLocations),
    care_setting: profile.careSetting,
    address: profile.address,
    phone: profile.phone,
    email: profile.email,
    website: profile.website,
    video_surveillance: profile.videoSurveillance ? 1 : 0,
    practice_software: profile.practiceSoftware,
    appointment_platform: profile.appointmentPlatform,
    teleconsultation: profile.teleconsultation ? 1 : 0,
    wifi: profile.wifi ? 1 : 0,
    mobile_devices: profile.mobileDevices ? 1 : 0,
    dpo_name: profile.dpo?.name ?? null,
    dpo_email: profile.dpo?.email ?? null,
    dpo_phone: profile.dpo?.phone ?? null,
    mfa_required: profile.mfaRequired ? 1 : 0,
    legal_form: profile.legalForm,
    medical_specialties: JSON.stringify(profile.medicalSpecialties),
    good_friday: profile.goodFriday ? 1 : 0,
  };
}

function fromRow(row: Selectable<PracticesTable>): Practice {
  return {
    id: row.id,
    name: row.name,
    structureType: row.structure_type as Practice['structureType'],
    professions: JSON.parse(row.professions),
    staffCount: row.staff_count,
    department: row.department,
    siret: row.siret,
    finess: row.finess,
    rpps: row.rpps,
    dataLocations: JSON.parse(row.data_locations),
    careSetting: row.care_setting as Practice['careSetting'],
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    videoSurveillance: row.video_surveillance === 1,
    practiceSoftware: row.practice_software,
    appointmentPlatform: row.appointment_platform,
    teleconsultation: row.teleconsultation === 1,
    wifi: row.wifi === 1,
    mobileDevices: row.mobile_devices === 1,
    dpo: row.dpo_name ? { name: row.dpo_name, email: row.dpo_email, phone: row.dpo_phone } : null,
    mfaRequired: row.mfa_required === 1,
    legalForm: row.legal_form as Practice['legalForm'],
    medicalSpecialties: JSON.parse(row.medical_specialties),
    goodFriday: row.good_friday === 1,
    status: row.status as Practice['status'],
    createdAt: row.created_at,
  };
}

export async function insertPractice(db: Db, profile: PracticeProfile, now: Date): Promise<Practice> {
  const id = randomUUID();
  const at = now.toISOString();
  await db
    .insertInto('practices')
    .values({ id, ...toRow(profile), status: 'active', created_at: at, updated_at: at })
    .execute();
  return { ...profile, id, status: 'active', createdAt: at };
}

/** Asked on most requests (`/me`, the practice's settings): built once (`preparedQuery`). */
const practiceById = preparedQuery('practice_by_id', (db, p) =>
  db.selectFrom('practices').selectAll().where('id', '=', p('practiceId')),
);

export async function findPractice(db: Db, practiceId: string): Promise<Practice | null> {
  const [row] = await practiceById(db, { practiceId });
  return row ? fromRow(row) : null;
}

export async function updatePractice(db: Db, practiceId: string, profile: PracticeProfile, now: Date): Promise<void> {
  await db
    .updateTable('practices')
    .set({ ...toRow(profile), updated_at: now.toISOString() })
    .where('id', '=', practiceId)
    .execute();
}

export async function setPracticeStatus(db: Db, practiceId: string, status: Practice['status'], now: Date) {
  const result = await db
    .updateTable('practices')
    .set({ status, updated_at: now.toISOString() })
    .where('id', '=', practiceId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Instance administration (CLI only): every practice with its size, never its content. */
export async function listPractices(db: Db) {
  return db
    .selectFrom('practices as p')
    .leftJoin('users as u', 'u.practice_id', 'p.id')
    .select(['p.id', 'p.name', 'p.status', 'p.created_at'])
    .select((eb) => eb.fn.count<number>('u.id').as('users'))
    .groupBy(['p.id', 'p.name', 'p.status', 'p.created_at'])
    .orderBy('p.created_at')
    .execute();
}

export async function deletePractice(db: Db, practiceId: string): Promise<boolean> {
  const result = await db.deleteFrom('practices').where('id', '=', practiceId).executeTakeFirst();
  // Its data key too (PostgreSQL, src/lib/crypto/practice-vault.ts): no foreign key holds it.
  await db.deleteFrom('practice_keys').where('practice_id', '=', practiceId).execute();
  return Number(result.numDeletedRows) === 1;
}
