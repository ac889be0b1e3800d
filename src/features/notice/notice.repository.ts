import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { NoticeVersionsTable } from './notice.tables.ts';
import type { NoticeContent, NoticeSettings } from './notice.ts';
import { EMPTY_SETTINGS } from './notice.ts';

/** A generated version of the notice. */
export interface NoticeVersion {
  id: string;
  practiceId: string;
  number: number;
  content: NoticeContent;
  /** The register's version it was made from. */
  registerVersion: number;
  registerChangedAt: string | null;
  /** SHA-256 of the content, to prove which text a printed poster carried. */
  fingerprint: string;
  createdBy: string;
  createdAt: string;
}

/** The practice's notice settings (every field null until written). */
export async function loadSettings(db: Db, practiceId: string): Promise<NoticeSettings> {
  const row = await db
    .selectFrom('notice_settings')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  if (!row) return { ...EMPTY_SETTINGS };
  return {
    controller: row.controller,
    rightsContact: row.rights_contact,
    mandatoryData: row.mandatory_data,
  };
}

/** Writes the practice's notice settings (creates the row the first time). */
export async function saveSettings(db: Db, practiceId: string, settings: NoticeSettings, now: Date): Promise<void> {
  const values = {
    controller: settings.controller,
    rights_contact: settings.rightsContact,
    mandatory_data: settings.mandatoryData,
    updated_at: now.toISOString(),
  };
  const existing = await db
    .selectFrom('notice_settings')
    .select('practice_id')
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  if (existing) {
    await db.updateTable('notice_settings').set(values).where('practice_id', '=', practiceId).execute();
  } else {
    await db
      .insertInto('notice_settings')
      .values({ practice_id: practiceId, ...values })
      .execute();
  }
}

function fromRow(row: Selectable<NoticeVersionsTable>): NoticeVersion {
  return {
    id: row.id,
    practiceId: row.practice_id,
    number: Number(row.number),
    content: JSON.parse(row.content) as NoticeContent,
    registerVersion: Number(row.register_version),
    registerChangedAt: row.register_changed_at,
    fingerprint: row.fingerprint,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

export async function insertVersion(db: Db, version: NoticeVersion): Promise<void> {
  await db
    .insertInto('notice_versions')
    .values({
      id: version.id,
      practice_id: version.practiceId,
      number: version.number,
      content: JSON.stringify(version.content),
      register_version: version.registerVersion,
      register_changed_at: version.registerChangedAt,
      fingerprint: version.fingerprint,
      created_by: version.createdBy,
      created_at: version.createdAt,
    })
    .execute();
}

/** The practice's versions, the most recent first. */
export async function listVersions(db: Db, practiceId: string): Promise<NoticeVersion[]> {
  const rows = await db
    .selectFrom('notice_versions')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('number', 'desc')
    .execute();
  return rows.map(fromRow);
}

/** One version by number, or the latest when `number` is undefined; null when there is none. */
export async function findVersion(db: Db, practiceId: string, number?: number): Promise<NoticeVersion | null> {
  let query = db.selectFrom('notice_versions').selectAll().where('practice_id', '=', practiceId);
  query = number === undefined ? query.orderBy('number', 'desc').limit(1) : query.where('number', '=', number);
  const row = await query.executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** The practice's public notice token, made once (random, URL-safe) and kept. */
export async function publicNoticeToken(db: Db, practiceId: string, now: Date): Promise<string> {
  await db
    .insertInto('public_notice_links')
    .values({ practice_id: practiceId, token: randomBytes(24).toString('base64url'), created_at: now.toISOString() })
    .onConflict((oc) => oc.column('practice_id').doNothing())
    .execute();
  const row = await db
    .selectFrom('public_notice_links')
    .select('token')
    .where('practice_id', '=', practiceId)
    .executeTakeFirstOrThrow();
  return row.token;
}

/** The practice a public notice token belongs to, or null. */
export async function practiceOfPublicToken(db: Db, token: string): Promise<string | null> {
  const row = await db
    .selectFrom('public_notice_links')
    .select('practice_id')
    .where('token', '=', token)
    .executeTakeFirst();
  return row?.practice_id ?? null;
}
