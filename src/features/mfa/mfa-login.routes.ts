import type { FastifyInstance } from 'fastify';
import type { z } from '../../lib/zod.ts';
import { HttpError, unauthorized } from '../../server/errors.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { loginRateLimit } from '../accounts/auth.routes.ts';
import { loginResponse } from '../accounts/auth.schema.ts';
import { startSession } from '../accounts/login.ts';
import { buildMeForNewSession } from '../accounts/me.ts';
import { ROLE_LABELS } from '../accounts/roles.ts';
import { deleteSession } from '../accounts/sessions.repository.ts';
import { accountKey, clearThrottle, getThrottle, recordFailure } from '../accounts/throttle.repository.ts';
import { secondsToWait } from '../accounts/throttle.ts';
import { findUser } from '../accounts/users.repository.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { consumeRecoveryCode, recordStep } from './mfa.repository.ts';
import { mfaLoginBody } from './mfa.schema.ts';
import { checkTotp } from './mfa.ts';

/**
 * Second step of sign-in: a 6-digit code (or a recovery code, once) turns the pending session into
 * a full one, under a new id. Failures are journaled and slow the account like password failures.
 */
export async function mfaLoginRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  app.post(
    '/auth/mfa',
    {
      config: { permission: 'account.self', mfaPending: true, rateLimit: loginRateLimit(app) },
      schema: { tags: ['compte'], body: mfaLoginBody, response: { 200: loginResponse } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (!auth.mfaPending || !auth.sessionId) throw unauthorized('Aucune connexion en attente de code.');
      const now = app.deps.clock.now();
      const key = accountKey(auth.email);
      const wait = secondsToWait((await getThrottle(db, key))?.next_allowed_at, now);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new HttpError(
          429,
          'too_many_requests',
          `Trop de tentatives : patientez ${wait} seconde${wait > 1 ? 's' : ''}.`,
        );
      }
      const user = await findUser(db, auth.practiceId, auth.userId);
      if (!user?.mfaSecret) throw unauthorized();
      const body = request.body as z.infer<typeof mfaLoginBody>;
      const actor = { type: 'user' as const, id: user.id, label: `${user.name} (${ROLE_LABELS[user.role]})` };
      let usedRecovery = false;
      if ('code' in body) {
        const state = await db.selectFrom('users').select('mfa_last_step').where('id', '=', user.id).executeTakeFirst();
        const step = checkTotp(user.mfaSecret, body.code, now, state?.mfa_last_step ?? null);
        if (step === null) return fail();
        await recordStep(db, user.id, step);
      } else {
        usedRecovery = await consumeRecoveryCode(db, user.id, body.recoveryCode, now);
        if (!usedRecovery) return fail();
      }
      await clearThrottle(db, key);
      await deleteSession(db, auth.sessionId);
      const session = await startSession(app, request, reply, user, { mfaPending: false, journal: true });
      if (usedRecovery) {
        await appendJournal(
          db,
          user.practiceId,
          {
            actor,
            action: 'mfa.recovery_code_used',
            subject: { type: 'user', id: user.id },
            summary: `Code de secours utilisé par ${user.name}`,
            data: {},
          },
          now,
        );
      }
      const me = await buildMeForNewSession(db, user, session);
      return { status: 'authenticated' as const, me };

      async function fail(): Promise<never> {
        const attempt = await recordFailure(db, key, now);
        await appendJournal(
          db,
          auth.practiceId,
          {
            actor,
            action: 'auth.login_failed',
            subject: { type: 'user', id: auth.userId },
            summary: `Code de double authentification refusé pour ${auth.name} (tentative n° ${attempt})`,
            data: { reason: 'mfa_failed', attempt },
          },
          now,
        );
        throw unauthorized('Code incorrect ou déjà utilisé.');
      }
    },
  );
}
