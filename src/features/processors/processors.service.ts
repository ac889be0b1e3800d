import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { compareDays, formatDayLong, type IsoDay, parisDay } from '../../lib/dates/index.ts';
import { badRequest, notFound } from '../../server/errors.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import { bumpRegisterVersion, listActivities } from '../register/register.repository.ts';
import { ART28_CLAUSES, type Art28Clause, type Processor, processorWarnings } from './processor.ts';
import { PROCESSOR_FIELDS, type ProcessorField } from './processors.events.ts';
import { deleteProcessor, findProcessor, insertProcessor, saveProcessor } from './processors.repository.ts';
import type { ProcessorInput } from './processors.schema.ts';

/** Who acts, and under which name the journal records it. */
export interface Caller {
  practiceId: string;
  actor: JournalActor;
}

const SUBJECT = (id: string) => ({ type: 'processor', id });

async function processorOf(db: Db, practiceId: string, id: string): Promise<Processor> {
  const processor = await findProcessor(db, practiceId, id);
  if (!processor) throw notFound('Sous-traitant introuvable.');
  return processor;
}

/** Refuses activity ids that are not in the practice's register (archived activities count). */
async function checkActivities(db: Db, practiceId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const known = new Set((await listActivities(db, practiceId, { includeArchived: true })).map((a) => a.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw badRequest(
      `Champ « activityIds » : ${unknown.length > 1 ? 'ces activités ne sont pas' : 'cette activité n’est pas'} dans le registre du cabinet (${unknown.join(', ')}).`,
      'activityIds',
    );
  }
}

/** The content of a processor from its input, after the cross-field checks. */
function contentOf(input: ProcessorInput, today: IsoDay) {
  if (input.dpaSignedOn !== null && compareDays(input.dpaSignedOn, today) > 0) {
    throw badRequest(
      `Champ « dpaSignedOn » : la date de signature du contrat ne peut pas être dans le futur (nous sommes le ${formatDayLong(today)}).`,
      'dpaSignedOn',
    );
  }
  if (
    input.dpaSignedOn !== null &&
    input.contractEndsOn !== null &&
    compareDays(input.contractEndsOn, input.dpaSignedOn) < 0
  ) {
    throw badRequest(
      `Champ « contractEndsOn » : le contrat ne peut pas finir avant d’être signé (signé le ${formatDayLong(input.dpaSignedOn)}).`,
      'contractEndsOn',
    );
  }
  const clauses = Object.fromEntries(ART28_CLAUSES.map((clause) => [clause, input.clauses[clause] === true])) as Record<
    Art28Clause,
    boolean
  >;
  return {
    name: input.name,
    service: input.service,
    contact: input.contact,
    activityIds: input.activityIds,
    hostsHealthData: input.hostsHealthData,
    hostingInEea: input.hostingInEea,
    hdsCertificate: input.hdsCertificate,
    dpaSignedOn: input.dpaSignedOn,
    contractEndsOn: input.dpaSignedOn === null ? null : input.contractEndsOn,
    clauses,
  };
}

/** What the register shows of a processor linked to an activity (its processors and transfers). */
const REGISTER_FIELDS: readonly ProcessorField[] = ['name', 'service', 'activityIds', 'hostingInEea'];

/**
 * The register shows its linked processors and their transfers: a change of them is a change of
 * the register (its version moves, so a notice made before is flagged outdated).
 */
async function registerChanged(trx: Db, practiceId: string, linked: boolean, now: Date): Promise<void> {
  if (linked) await bumpRegisterVersion(trx, practiceId, now);
}

const codesOf = (processor: Processor, today: IsoDay) => processorWarnings(processor, today).map((w) => w.code);

/**
 * Adds a processor of the practice; journaled with the warnings it raises.
 * @throws HttpError 400 for an activity not in the register, or an agreement signed in the future.
 */
export async function createProcessor(db: Db, caller: Caller, input: ProcessorInput, now: Date): Promise<Processor> {
  const today = parisDay(now);
  const at = now.toISOString();
  const processor: Processor = {
    id: randomUUID(),
    practiceId: caller.practiceId,
    ...contentOf(input, today),
    createdAt: at,
    updatedAt: at,
  };
  return withTransaction(db, async (trx) => {
    await checkActivities(trx, caller.practiceId, processor.activityIds);
    await insertProcessor(trx, processor);
    await registerChanged(trx, caller.practiceId, processor.activityIds.length > 0, now);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'processor.created',
        subject: SUBJECT(processor.id),
        summary: `Sous-traitant ajouté : ${processor.name} (${processor.service}).`,
        data: {
          hostsHealthData: processor.hostsHealthData,
          hostingInEea: processor.hostingInEea,
          warnings: codesOf(processor, today),
        },
      },
      now,
    );
    return processor;
  });
}

function changedFields(before: Processor, after: Processor): ProcessorField[] {
  return PROCESSOR_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/**
 * Replaces every field of a processor; journaled with the names of the fields that changed.
 * @throws HttpError 404 unknown processor, 400 as for a creation.
 */
export async function replaceProcessor(
  db: Db,
  caller: Caller,
  id: string,
  input: ProcessorInput,
  now: Date,
): Promise<Processor> {
  const today = parisDay(now);
  return withTransaction(db, async (trx) => {
    const before = await processorOf(trx, caller.practiceId, id);
    const after: Processor = { ...before, ...contentOf(input, today), updatedAt: now.toISOString() };
    await checkActivities(trx, caller.practiceId, after.activityIds);
    const fields = changedFields(before, after);
    if (fields.length === 0) return before;
    await saveProcessor(trx, after);
    const linked = before.activityIds.length > 0 || after.activityIds.length > 0;
    await registerChanged(trx, caller.practiceId, linked && fields.some((f) => REGISTER_FIELDS.includes(f)), now);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'processor.updated',
        subject: SUBJECT(id),
        summary: `Sous-traitant modifié : ${after.name}.`,
        data: { fields, warnings: codesOf(after, today) },
      },
      now,
    );
    return after;
  });
}

/** Removes a processor; journaled. @throws HttpError 404 unknown processor. */
export async function removeProcessor(db: Db, caller: Caller, id: string, now: Date): Promise<void> {
  await withTransaction(db, async (trx) => {
    const processor = await processorOf(trx, caller.practiceId, id);
    await deleteProcessor(trx, caller.practiceId, id);
    await registerChanged(trx, caller.practiceId, processor.activityIds.length > 0, now);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'processor.deleted',
        subject: SUBJECT(id),
        summary: `Sous-traitant supprimé : ${processor.name}.`,
        data: {},
      },
      now,
    );
  });
}

/** A processor of the caller's practice, or 404. */
export function getProcessor(db: Db, practiceId: string, id: string): Promise<Processor> {
  return processorOf(db, practiceId, id);
}
