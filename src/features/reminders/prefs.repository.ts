import type { Db } from '../../db/connect.ts';
import { DEFAULT_PREFS, type DigestFrequency, type ReminderPrefs } from './reminders.ts';

/** Every member's choices (the defaults for those who never chose). */
export async function prefsOf(db: Db, practiceId: string): Promise<Map<string, ReminderPrefs>> {
  const rows = await db.selectFrom('reminder_prefs').selectAll().where('practice_id', '=', practiceId).execute();
  return new Map(
    rows.map((row) => [
      row.user_id,
      { digest: row.digest as DigestFrequency, alerts: Number(row.alerts) === 1, anchor: Number(row.anchor) === 1 },
    ]),
  );
}

export async function prefsOfUser(db: Db, practiceId: string, userId: string): Promise<ReminderPrefs> {
  return (await prefsOf(db, practiceId)).get(userId) ?? DEFAULT_PREFS;
}

export async function savePrefs(db: Db, practiceId: string, userId: string, prefs: ReminderPrefs, now: Date) {
  const values = {
    digest: prefs.digest,
    alerts: prefs.alerts ? 1 : 0,
    anchor: prefs.anchor ? 1 : 0,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('reminder_prefs')
    .values({ user_id: userId, practice_id: practiceId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}
