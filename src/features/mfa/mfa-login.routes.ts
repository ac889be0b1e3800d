import type { FastifyInstance } from 'fastify';
import type { z } from '../../lib/zod.ts';
import { unauthorized } from '../../server/errors.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { loginRateLimit } from '../accounts/auth.routes.ts';
import { loginResponse } from '../accounts/auth.schema.ts';
import { startSession, tooManyAttempts } from '../accounts/login.ts';
import { buildMeForNewSession } from '../accounts/me.ts';
import { ROLE_LABELS } from '../accounts/roles.ts';
import { deleteSession } from '../accounts/sessions.repository.ts';
import { claimAttempt, clearThrottle, secondFactorKey } from '../accounts/throttle.repository.ts';
import { secondFactorDelaySeconds } from '../accounts/throttle.ts';
import { findUser } from '../accounts/users.repository.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { consumeRecoveryCode, recordStep } from './mfa.repository.ts';
import { mfaLoginBody } from './mfa.schema.ts';
import { checkTotp } from './mfa.ts';
import { openTotpSecret } from './totp-secret.ts';

/**
 * Second step of sign-in: a 6-digit code (or a recovery code, once) turns the pending session into
 * a full one, under a new id. Codes and recovery codes share one counter per user, kept in the
 * database apart from the password counter: a new password sign-in, another address or another
 * instance does not reset it; only a right code after the wait (or a reset of the second factor)
 * clears it. Every failure is journaled.
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
      const key = secondFactorKey(auth.userId);
      // Counted before the code is checked: a right code sent while the account waits is refused too.
      const claim = await claimAttempt(db, key, now, secondFactorDelaySeconds);
      if (!claim.allowed) {
        reply.header('retry-after', String(claim.wait));
        throw tooManyAttempts(claim.wait);
      }
      const attempt = claim.attempt;
      const user = await findUser(db, auth.practiceId, auth.userId);
      if (!user?.mfaSecret) throw unauthorized();
      const body = request.body as z.infer<typeof mfaLoginBody>;
      const actor = { type: 'user' as const, id: user.id, label: `${user.name} (${ROLE_LABELS[user.role]})` };
      let usedRecovery = false;
      if ('code' in body) {
        const state = await db.selectFrom('users').select('mfa_last_step').where('id', '=', user.id).executeTakeFirst();
        const secret = openTotpSecret(app.deps.secrets, user.id, user.mfaSecret);
        const step = checkTotp(secret, body.code, now, state?.mfa_last_step ?? null);
        if (step === null || !(await recordStep(db, user.id, step))) return fail();
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
