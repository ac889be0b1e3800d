import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { DbHandle } from '../../src/db/connect.ts';
import { type PracticeProfileInput, practiceProfileSchema } from '../../src/features/accounts/accounts.schema.ts';
import { hashPassword } from '../../src/features/accounts/password.ts';
import { insertPractice, type Practice } from '../../src/features/accounts/practices.repository.ts';
import type { Role } from '../../src/features/accounts/roles.ts';
import { createToken } from '../../src/features/accounts/tokens.repository.ts';
import { insertUser, type UserRecord } from '../../src/features/accounts/users.repository.ts';

/** The password of every factory-made user: strong, and unrelated to any factory name. */
export const PASSWORD = 'girafe-lumière-tambour-pivoine-7';
let passwordHash: Promise<string> | undefined;

export interface TestUser extends UserRecord {
  password: string;
  /** A bearer token with this user's rights. */
  token: string;
}

async function withToken(handle: DbHandle, user: UserRecord): Promise<TestUser> {
  const { token } = await createToken(
    handle.db,
    { userId: user.id, practiceId: user.practiceId, name: 'tests', expiresAt: new Date(Date.now() + 86_400_000) },
    new Date(),
  );
  return { ...user, password: PASSWORD, token };
}

/** A user of the practice with the given role (fast: the password hash is computed once). */
export async function createUser(handle: DbHandle, practice: Practice, role: Role, name?: string): Promise<TestUser> {
  const pending = passwordHash ?? hashPassword(PASSWORD);
  passwordHash = pending;
  const hash = await pending;
  const id = randomUUID().slice(0, 8);
  const user = await insertUser(
    handle.db,
    {
      practiceId: practice.id,
      email: `${role}-${id}@exemple.fr`,
      name: name ?? `${role} ${id}`,
      role,
      passwordHash: hash,
    },
    new Date(),
  );
  return withToken(handle, user);
}

/** A fresh practice with one user of each role; tests never share or wipe data. */
export async function createPractice(handle: DbHandle, overrides: Partial<PracticeProfileInput> = {}) {
  const profile = practiceProfileSchema.parse({
    name: `Cabinet ${randomUUID().slice(0, 6)}`,
    structureType: 'group',
    professions: ['medecin', 'infirmier'],
    staffCount: 3,
    dataLocations: ['local', 'cloud'],
    ...overrides,
  });
  const practice = await insertPractice(handle.db, profile, new Date());
  const [owner, practitioner, secretary, auditor] = await Promise.all([
    createUser(handle, practice, 'owner', 'Éloïse Martin'),
    createUser(handle, practice, 'practitioner'),
    createUser(handle, practice, 'secretary'),
    createUser(handle, practice, 'auditor'),
  ]);
  return { practice, owner, practitioner, secretary, auditor };
}

export type TestPractice = Awaited<ReturnType<typeof createPractice>>;

/** Signs in through the real route; returns the cookie and CSRF token to send back. */
export async function signIn(app: FastifyInstance, user: { email: string; password: string }) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name.endsWith('hygie_session'));
  if (!cookie) throw new Error('no session cookie');
  const body = res.json();
  const csrfToken: string = body.me?.csrfToken ?? body.csrfToken;
  return {
    cookie: `${cookie.name}=${cookie.value}`,
    csrfToken,
    headers: { cookie: `${cookie.name}=${cookie.value}`, 'x-csrf-token': csrfToken },
  };
}

export const bearer = (user: { token: string }) => ({ authorization: `Bearer ${user.token}` });
