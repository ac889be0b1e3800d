import type { FastifyInstance } from 'fastify';
import { z } from '../../lib/zod.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { actorOf } from './actor.ts';
import { requireAuth } from './auth.plugin.ts';
import { loginBody, loginResponse, meResponse } from './auth.schema.ts';
import { clearSessionCookie, signIn } from './login.ts';
import { buildMe, buildMeForNewSession } from './me.ts';
import { deleteSession, deleteUserSessions } from './sessions.repository.ts';

/**
 * Stricter than the global limit: sign-in attempts per address and per minute. Counted in the
 * database (`shared`), so that several instances of Hygie on one database allow no more in all.
 */
export function loginRateLimit(app: FastifyInstance) {
  return { max: () => app.deps.loginRateLimitPerMinute, timeWindow: '1 minute', shared: true };
}

const logoutResponse = z.object({ signedOut: z.number().int() });

export async function authRoutes(app: FastifyInstance): Promise<void> {
  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: loginRateLimit(app) },
      schema: { tags: ['compte'], body: loginBody, response: { 200: loginResponse } },
    },
    async (request, reply) => {
      const body = request.body as z.infer<typeof loginBody>;
      const result = await signIn(app, request, reply, body);
      if (result.mfaPending) return { status: 'mfa_required' as const, csrfToken: result.csrfToken };
      const me = await buildMeForNewSession(app.deps.handle.db, result.user, result);
      return { status: 'authenticated' as const, me };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { permission: 'account.self', mfaPending: true },
      schema: { tags: ['compte'], response: { 200: logoutResponse } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (auth.sessionId) {
        const sessionId = auth.sessionId;
        await app.deps.handle.db.transaction().execute(async (trx) => {
          await deleteSession(trx, sessionId);
          if (auth.mfaPending) return;
          await appendJournal(
            trx,
            auth.practiceId,
            {
              actor: actorOf(auth),
              action: 'auth.logout',
              subject: { type: 'user', id: auth.userId },
              summary: `Déconnexion de ${auth.name}`,
              data: { everywhere: false },
            },
            app.deps.clock.now(),
          );
        });
      }
      clearSessionCookie(app, reply);
      return { signedOut: auth.sessionId ? 1 : 0 };
    },
  );

  app.post(
    '/auth/logout-all',
    { config: { permission: 'account.self' }, schema: { tags: ['compte'], response: { 200: logoutResponse } } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now();
      const signedOut = await app.deps.handle.db.transaction().execute(async (trx) => {
        const count = await deleteUserSessions(trx, auth.userId);
        await appendJournal(
          trx,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'auth.logout',
            subject: { type: 'user', id: auth.userId },
            summary: `Déconnexion de ${auth.name} sur tous ses appareils`,
            data: { everywhere: true },
          },
          now,
        );
        return count;
      });
      clearSessionCookie(app, reply);
      return { signedOut };
    },
  );

  app.get(
    '/me',
    { config: { permission: 'account.self' }, schema: { tags: ['compte'], response: { 200: meResponse } } },
    async (request) => buildMe(app.deps.handle.db, requireAuth(request)),
  );
}
