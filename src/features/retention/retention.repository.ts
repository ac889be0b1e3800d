import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import type { Durations, RuleOverride } from './rule-set.ts';

/** A practice's stored choice for one rule. */
export interface StoredOverride extends RuleOverride {
  updatedAt: string;
}

/** The practice's durations, rule by rule (rules it never changed are absent). */
export async function listOverrides(db: Db, practiceId: string): Promise<StoredOverride[]> {
  const rows = await db
    .selectFrom('retention_rule_settings')
    .select(['rule_id', 'keep_months', 'keep_days', 'archive_months', 'updated_at'])
    .where('practice_id', '=', practiceId)
    .orderBy('rule_id')
    .execute();
  return rows.map((row) => ({
    rule: row.rule_id,
    keepMonths: Number(row.keep_months),
    keepDays: Number(row.keep_days),
    archiveMonths: Number(row.archive_months),
    updatedAt: row.updated_at,
  }));
}

/** One rule's durations before and after a change. */
export interface OverrideChange {
  rule: string;
  from: Durations;
  to: Durations;
}

/**
 * Stores the practice's new choices in one transaction with their journal entry: `set` holds the
 * rules that differ from the referential, `reset` the rules back to their default. Nothing is
 * written (or journaled) when `changes` is empty.
 */
export async function saveOverrides(
  db: Db,
  practiceId: string,
  update: { set: readonly RuleOverride[]; reset: readonly string[]; changes: readonly OverrideChange[] },
  actor: JournalActor,
  now: Date,
): Promise<void> {
  if (update.changes.length === 0) return;
  const at = now.toISOString();
  await withTransaction(db, async (trx) => {
    if (update.reset.length > 0) {
      await trx
        .deleteFrom('retention_rule_settings')
        .where('practice_id', '=', practiceId)
        .where('rule_id', 'in', [...update.reset])
        .execute();
    }
    for (const override of update.set) {
      const values = {
        keep_months: override.keepMonths,
        keep_days: override.keepDays,
        archive_months: override.archiveMonths,
      };
      await trx
        .insertInto('retention_rule_settings')
        .values({ practice_id: practiceId, rule_id: override.rule, ...values, updated_at: at, updated_by: actor.id })
        .onConflict((oc) =>
          oc.columns(['practice_id', 'rule_id']).doUpdateSet({ ...values, updated_at: at, updated_by: actor.id }),
        )
        .execute();
    }
    const count = update.changes.length;
    await appendJournal(
      trx,
      practiceId,
      {
        actor,
        action: 'retention.settings_updated',
        summary: `Durées de conservation modifiées (${count} règle${count > 1 ? 's' : ''})`,
        data: { changes: update.changes.map((c) => ({ rule: c.rule, from: c.from, to: c.to })) },
      },
      now,
    );
  });
}
