import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import {
  bumpRegisterVersion,
  deleteAllActivities,
  insertActivity,
  listActivities,
  lockRegister,
  nextActivityNumber,
} from './register.repository.ts';
import { checkMeasureIds, resolveController } from './register.service.ts';
import type { RegisterActivity } from './register.types.ts';
import { type Caller, practiceOf, type RegisterReferentials, viewContext } from './register-context.ts';
import { type RegisterJson, registerToJson } from './register-json.ts';
import { type ActivityView, activityView } from './register-view.ts';

export type ExportFormat = 'pdf' | 'xlsx' | 'json';

/** The practice as a register's cover and files name it. */
export const practiceHeader = (practice: Practice): RegisterJson['practice'] => ({
  name: practice.name,
  dpo: practice.dpo ? { name: practice.dpo.name, email: practice.dpo.email, phone: practice.dpo.phone } : null,
});

async function journalExport(db: Db, caller: Caller, format: ExportFormat, count: number, now: Date) {
  await appendJournal(
    db,
    caller.practiceId,
    {
      actor: caller.actor,
      action: 'register.exported',
      subject: { type: 'register', id: caller.practiceId },
      summary: `Registre des traitements exporté (${format.toUpperCase()}, ${count} activité${count > 1 ? 's' : ''}).`,
      data: { format, count },
    },
    now,
  );
}

/** The whole register as JSON (archived activities included); the export is journaled. */
export async function exportRegisterJson(db: Db, caller: Caller, now: Date): Promise<RegisterJson> {
  const practice = await practiceOf(db, caller.practiceId);
  const activities = await listActivities(db, caller.practiceId, { includeArchived: true });
  await journalExport(db, caller, 'json', activities.length, now);
  return registerToJson(practiceHeader(practice), activities, now);
}

/** What the PDF and the workbook show: the practice and its active activities; the export is journaled. */
export async function documentData(
  db: Db,
  refs: RegisterReferentials,
  caller: Caller,
  format: 'pdf' | 'xlsx',
  now: Date,
): Promise<{ practice: Practice; activities: ActivityView[] }> {
  const practice = await practiceOf(db, caller.practiceId);
  const [activities, context] = await Promise.all([
    listActivities(db, caller.practiceId),
    viewContext(db, refs, practice),
  ]);
  await journalExport(db, caller, format, activities.length, now);
  return { practice, activities: activities.map((a) => activityView(a, context)) };
}

/**
 * Imports an exported register. `add` appends its activities after the register's (numbers shifted
 * by the last one in use); `replace` removes every activity first. Numbers, statuses and dates are
 * kept, so exporting an imported file gives back the same activities. One transaction.
 * @throws HttpError 400 naming an unknown measure or practitioner (`activities.3.controller.userId`).
 */
export async function importRegister(
  db: Db,
  refs: RegisterReferentials,
  caller: Caller,
  file: RegisterJson,
  mode: 'add' | 'replace',
  now: Date,
): Promise<{ imported: number; replaced: number }> {
  const known = new Set(refs.measures.measures.map((m) => m.id));
  return withTransaction(db, async (trx) => {
    await lockRegister(trx, caller.practiceId);
    const drafts = [];
    for (const [index, item] of file.activities.entries()) {
      checkMeasureIds(item.securityMeasureIds, known, `activities.${index}.`);
      const controller = await resolveController(
        trx,
        caller.practiceId,
        item.controller,
        `activities.${index}.controller.userId`,
      );
      drafts.push({ ...item, controller });
    }
    const replaced = mode === 'replace' ? await deleteAllActivities(trx, caller.practiceId) : 0;
    const offset = (await nextActivityNumber(trx, caller.practiceId)) - 1;
    for (const { number, ...fields } of drafts) {
      const activity: RegisterActivity = {
        ...fields,
        id: randomUUID(),
        practiceId: caller.practiceId,
        number: number + offset,
        openPointKeptAt: null,
      };
      await insertActivity(trx, activity);
    }
    await bumpRegisterVersion(trx, caller.practiceId, now);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'register.imported',
        subject: { type: 'register', id: caller.practiceId },
        summary: `Registre des traitements importé : ${drafts.length} activité${drafts.length > 1 ? 's' : ''}${mode === 'replace' ? `, ${replaced} remplacée${replaced > 1 ? 's' : ''}` : ''}.`,
        data: { mode, count: drafts.length, replaced },
      },
      now,
    );
    return { imported: drafts.length, replaced };
  });
}
