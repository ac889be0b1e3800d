import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { badRequest, conflict } from '../../server/errors.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import type { PracticeProfile } from './accounts.schema.ts';
import { checkPasswordStrength, hashPassword } from './password.ts';
import { insertPractice, type Practice } from './practices.repository.ts';
import { ROLE_LABELS, type Role } from './roles.ts';
import { findUserByEmail, insertUser, type UserRecord } from './users.repository.ts';

export interface NewAccount {
  email: string;
  name: string;
  password: string;
}

/** Refuses a weak password or one built from the person's identity, in French, naming the field. */
export function assertStrongPassword(account: NewAccount, practiceName: string): void {
  const verdict = checkPasswordStrength(account.password, {
    names: [account.name],
    emails: [account.email],
    practiceName,
  });
  if (!verdict.ok) throw badRequest(verdict.message ?? 'Mot de passe trop faible.', 'password');
}

/** Hashes the password and stores the user; the e-mail must be free on the whole instance. */
export async function addUser(
  db: Db,
  practice: Pick<Practice, 'id' | 'name'>,
  account: NewAccount & { role: Role },
  now: Date,
): Promise<UserRecord> {
  assertStrongPassword(account, practice.name);
  if (await findUserByEmail(db, account.email)) {
    throw conflict('Cette adresse e-mail est déjà utilisée par un compte Hygie.', 'email');
  }
  const passwordHash = await hashPassword(account.password);
  return insertUser(
    db,
    { practiceId: practice.id, email: account.email, name: account.name, role: account.role, passwordHash },
    now,
  );
}

/**
 * Creates a practice and its owner (titulaire) in one transaction, journaled in the new chain:
 * used by `hygie setup`, `hygie practice create` and the first-run wizard.
 */
export async function createPracticeWithOwner(
  db: Db,
  input: { profile: PracticeProfile; owner: NewAccount },
  now: Date,
  actor: JournalActor = { type: 'system', id: null, label: 'Installation de Hygie' },
): Promise<{ practice: Practice; owner: UserRecord }> {
  return withTransaction(db, async (trx) => {
    const practice = await insertPractice(trx, input.profile, now);
    const owner = await addUser(trx, practice, { ...input.owner, role: 'owner' }, now);
    await appendJournal(
      trx,
      practice.id,
      {
        actor,
        action: 'practice.created',
        subject: { type: 'practice', id: practice.id },
        summary: `Création du cabinet « ${practice.name} »`,
        data: { name: practice.name },
      },
      now,
    );
    await appendJournal(
      trx,
      practice.id,
      {
        actor,
        action: 'user.joined',
        subject: { type: 'user', id: owner.id },
        summary: `Compte créé pour ${owner.name} (${ROLE_LABELS.owner})`,
        data: { role: 'owner' },
      },
      now,
    );
    return { practice, owner };
  });
}
