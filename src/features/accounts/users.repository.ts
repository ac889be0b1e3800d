import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { preparedQuery } from '../../db/prepared.ts';
import type { UserView } from './accounts.schema.ts';
import type { UsersTable } from './accounts.tables.ts';
import type { Role } from './roles.ts';

export interface UserRecord extends UserView {
  practiceId: string;
  passwordHash: string;
  mfaSecret: string | null;
}

function fromRow(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    practiceId: row.practice_id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    status: row.status as UserView['status'],
    mfaEnabled: row.mfa_secret !== null,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
    mfaSecret: row.mfa_secret,
  };
}

/** The public view of a user: an explicit allow-list, never the row. */
export function toUserView(user: UserRecord): UserView {
  const { id, email, name, role, status, mfaEnabled, createdAt } = user;
  return { id, email, name, role, status, mfaEnabled, createdAt };
}

export async function insertUser(
  db: Db,
  input: { practiceId: string; email: string; name: string; role: Role; passwordHash: string },
  now: Date,
): Promise<UserRecord> {
  const at = now.toISOString();
  const row = {
    id: randomUUID(),
    practice_id: input.practiceId,
    email: input.email.toLowerCase(),
    name: input.name,
    role: input.role,
    password_hash: input.passwordHash,
    mfa_secret: null,
    mfa_pending_secret: null,
    mfa_last_step: null,
    status: 'active',
    created_at: at,
    updated_at: at,
  };
  await db.insertInto('users').values(row).execute();
  return fromRow(row);
}

/** Sign-in looks a user up by e-mail across the instance (an e-mail belongs to one account). */
export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** A user of this practice only: another practice's user is simply not found. */
/** Asked on most requests (`/me`, permissions of the caller): built once (`preparedQuery`). */
const userById = preparedQuery('user_by_id', (db, p) =>
  db.selectFrom('users').selectAll().where('id', '=', p('userId')).where('practice_id', '=', p('practiceId')),
);

export async function findUser(db: Db, practiceId: string, userId: string): Promise<UserRecord | null> {
  const [row] = await userById(db, { userId, practiceId });
  return row ? fromRow(row) : null;
}

export async function listUsers(db: Db, practiceId: string): Promise<UserRecord[]> {
  const rows = await db
    .selectFrom('users')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('created_at')
    .execute();
  return rows.map(fromRow);
}

export async function updateUser(
  db: Db,
  practiceId: string,
  userId: string,
  changes: Partial<{
    role: Role;
    status: UserView['status'];
    passwordHash: string;
    mfaSecret: string | null;
    name: string;
  }>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.role ? { role: changes.role } : {}),
      ...(changes.status ? { status: changes.status } : {}),
      ...(changes.passwordHash ? { password_hash: changes.passwordHash } : {}),
      ...(changes.mfaSecret !== undefined ? { mfa_secret: changes.mfaSecret } : {}),
      ...(changes.name ? { name: changes.name } : {}),
      updated_at: now.toISOString(),
    })
    .where('id', '=', userId)
    .where('practice_id', '=', practiceId)
    .execute();
}

export async function countActiveOwners(db: Db, practiceId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('practice_id', '=', practiceId)
    .where('role', '=', 'owner')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
