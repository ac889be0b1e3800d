import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError, unauthorized } from '../../server/errors.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { sessionCookieName, sessionPolicy, usesTls } from './auth.plugin.ts';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password.ts';
import { findPractice } from './practices.repository.ts';
import { ROLE_LABELS } from './roles.ts';
import { createSession } from './sessions.repository.ts';
import { accountKey, claimAttempt, clearThrottle } from './throttle.repository.ts';
import { loginDelaySeconds, waitText } from './throttle.ts';
import { findUserByEmail, type UserRecord, updateUser } from './users.repository.ts';

const BAD_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';

/** 429 for an account still slowed (password or second factor), with the wait in plain French. */
export function tooManyAttempts(seconds: number): HttpError {
  return new HttpError(
    429,
    'too_many_requests',
    `Trop de tentatives pour ce compte : patientez ${waitText(seconds)} avant de réessayer.`,
  );
}

/**
 * Password sign-in. Unknown e-mail and wrong password get the same answer in the same time;
 * each failure on a known account is journaled and slows the next attempt (never a lock).
 */
export async function signIn(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  credentials: { email: string; password: string },
): Promise<{ user: UserRecord; csrfToken: string; mfaPending: boolean; sessionId: string }> {
  const { db } = app.deps.handle;
  const now = app.deps.clock.now();
  const key = accountKey(credentials.email);
  // The attempt is counted before the password is checked (and forgiven when it is right), so
  // simultaneous guesses cannot all pass before the first failure is written.
  const claim = await claimAttempt(db, key, now, loginDelaySeconds);
  if (!claim.allowed) {
    reply.header('retry-after', String(claim.wait));
    throw tooManyAttempts(claim.wait);
  }
  const user = await findUserByEmail(db, credentials.email);
  const practice = user ? await findPractice(db, user.practiceId) : null;
  const valid = user
    ? await verifyPassword(user.passwordHash, credentials.password)
    : await verifyAgainstDummy(credentials.password);
  if (!user || !practice || !valid || user.status !== 'active' || practice.status !== 'active') {
    const attempt = claim.attempt;
    if (user) {
      await appendJournal(
        db,
        user.practiceId,
        {
          actor: { type: 'user', id: user.id, label: `${user.name} (${ROLE_LABELS[user.role]})` },
          action: 'auth.login_failed',
          subject: { type: 'user', id: user.id },
          summary: `Échec de connexion au compte de ${user.name} (tentative n° ${attempt})`,
          data: { reason: valid ? 'inactive_account' : 'bad_password', attempt },
        },
        now,
      );
    }
    throw unauthorized(BAD_CREDENTIALS);
  }
  // The password counter only: the second-factor counter survives a new password sign-in.
  await clearThrottle(db, key);
  if (needsRehash(user.passwordHash)) {
    await updateUser(db, user.practiceId, user.id, { passwordHash: await hashPassword(credentials.password) }, now);
  }
  const mfaPending = user.mfaSecret !== null;
  const session = await startSession(app, request, reply, user, { mfaPending, journal: !mfaPending });
  return { user, csrfToken: session.csrfToken, mfaPending, sessionId: session.sessionId };
}

/**
 * Opens a session for the user (a new id every time), sets the cookie and, when the sign-in is
 * complete, journals it in the same transaction.
 */
export async function startSession(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  user: UserRecord,
  options: { mfaPending: boolean; journal: boolean },
): Promise<{ sessionId: string; csrfToken: string }> {
  const { db } = app.deps.handle;
  const now = app.deps.clock.now();
  const session = await db.transaction().execute(async (trx) => {
    const created = await createSession(
      trx,
      {
        userId: user.id,
        practiceId: user.practiceId,
        mfaPending: options.mfaPending,
        userAgent: request.headers['user-agent'],
      },
      now,
      sessionPolicy(app),
    );
    if (options.journal) {
      await appendJournal(
        trx,
        user.practiceId,
        {
          actor: { type: 'user', id: user.id, label: `${user.name} (${ROLE_LABELS[user.role]})` },
          action: 'auth.login',
          subject: { type: 'user', id: user.id },
          summary: `Connexion de ${user.name}`,
          data: { method: 'password' },
        },
        now,
      );
    }
    return created;
  });
  reply.setCookie(sessionCookieName(usesTls(app)), session.token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: usesTls(app),
    path: '/',
    maxAge: app.deps.config.sessionAbsoluteHours * 3600,
  });
  return { sessionId: session.sessionId, csrfToken: session.csrfToken };
}

export function clearSessionCookie(app: FastifyInstance, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(usesTls(app)), {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: usesTls(app),
  });
}
