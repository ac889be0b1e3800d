import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { type Caller, journalAbout } from '../../lib/lifecycle/caller.ts';
import { notFound } from '../../server/errors.ts';
import { PRACTICE_CONTACT_KIND_LABELS } from './incident-labels.ts';
import {
  deletePracticeContact,
  findPracticeContact,
  insertPracticeContact,
  listPracticeContacts,
  type PracticeContact,
  updatePracticeContact,
} from './incidents.repository.ts';
import type { ContactInput } from './incidents.schema.ts';

const CONTACT_NOT_FOUND = 'Contact introuvable.';

const ACTIONS = {
  created: ['contact.created', 'Contact utile ajouté'],
  updated: ['contact.updated', 'Contact utile modifié'],
  deleted: ['contact.deleted', 'Contact utile supprimé'],
} as const;

/** Journals what happened to a contact: its kind, never its name or details. */
function journalContact(db: Db, caller: Caller, contact: PracticeContact, what: keyof typeof ACTIONS, now: Date) {
  const [action, summary] = ACTIONS[what];
  const journal = journalAbout(db, caller, { type: 'practice_contact', id: contact.id }, now);
  return journal({
    action,
    summary: `${summary} : ${PRACTICE_CONTACT_KIND_LABELS[contact.kind]}`,
    data: { kind: contact.kind },
  });
}

/** The practice's contacts. */
export function practiceContacts(db: Db, caller: Caller): Promise<PracticeContact[]> {
  return listPracticeContacts(db, caller.practiceId);
}

export async function createContact(db: Db, caller: Caller, input: ContactInput, now: Date): Promise<PracticeContact> {
  return withTransaction(db, async (trx) => {
    const contact = await insertPracticeContact(trx, caller.practiceId, input, now);
    await journalContact(trx, caller, contact, 'created', now);
    return contact;
  });
}

export async function replaceContact(
  db: Db,
  caller: Caller,
  id: string,
  input: ContactInput,
  now: Date,
): Promise<PracticeContact> {
  return withTransaction(db, async (trx) => {
    const contact = await updatePracticeContact(trx, caller.practiceId, id, input, now);
    if (!contact) throw notFound(CONTACT_NOT_FOUND);
    await journalContact(trx, caller, contact, 'updated', now);
    return contact;
  });
}

export async function removeContact(db: Db, caller: Caller, id: string, now: Date): Promise<void> {
  await withTransaction(db, async (trx) => {
    const contact = await findPracticeContact(trx, caller.practiceId, id);
    if (!contact || !(await deletePracticeContact(trx, caller.practiceId, id))) throw notFound(CONTACT_NOT_FOUND);
    await journalContact(trx, caller, contact, 'deleted', now);
  });
}
