import type { Db } from '../../db/connect.ts';

export const MAIL_SECURITIES = ['tls', 'starttls', 'none'] as const;
export type MailSecurity = (typeof MAIL_SECURITIES)[number];

export interface MailSettings {
  host: string;
  port: number;
  security: MailSecurity;
  username: string | null;
  passwordSealed: string | null;
  from: string;
  updatedAt: string;
}

export async function readMailSettings(db: Db, practiceId: string): Promise<MailSettings | null> {
  const row = await db.selectFrom('mail_settings').selectAll().where('practice_id', '=', practiceId).executeTakeFirst();
  if (!row) return null;
  return {
    host: row.host,
    port: Number(row.port),
    security: row.security as MailSecurity,
    username: row.username,
    passwordSealed: row.password_sealed,
    from: row.from_address,
    updatedAt: row.updated_at,
  };
}

export async function saveMailSettings(db: Db, practiceId: string, settings: MailSettings): Promise<void> {
  const values = {
    host: settings.host,
    port: settings.port,
    security: settings.security,
    username: settings.username,
    password_sealed: settings.passwordSealed,
    from_address: settings.from,
    updated_at: settings.updatedAt,
  };
  await db
    .insertInto('mail_settings')
    .values({ practice_id: practiceId, ...values })
    .onConflict((oc) => oc.column('practice_id').doUpdateSet(values))
    .execute();
}
