import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { passwordChangeBody, passwordChangedResponse, sessionResponse } from './account.schema.ts';
import { requireAuth, sessionPolicy } from './auth.plugin.ts';
import { loginRateLimit } from './auth.routes.ts';
import { changeOwnPassword } from './change-password.ts';
import { hashSecret } from './secrets.ts';
import { idleDeadline } from './session-activity.ts';
import { listUserSessions } from './sessions.repository.ts';

/** An opaque, stable reference to a session: the stored id (a hash of the cookie) never leaves. */
export const sessionReference = (sessionId: string) => hashSecret(`session-reference:${sessionId}`).slice(0, 32);

/** The caller's own account: password and open sessions (API tokens are in tokens.routes.ts). */
export async function accountRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.put(
    '/me/password',
    {
      // Stricter limit: a stolen session must not be able to guess the current password quickly.
      config: { permission: 'account.self', rateLimit: loginRateLimit(app) },
      schema: { tags: ['compte'], body: passwordChangeBody, response: { 200: passwordChangedResponse } },
    },
    async (request) => changeOwnPassword(app.deps, requireAuth(request), request.body),
  );

  api.get(
    '/me/sessions',
    {
      config: { permission: 'account.self' },
      schema: { tags: ['compte'], response: { 200: sessionResponse.array() } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now().getTime();
      const { idleMinutes } = sessionPolicy(app);
      const sessions = await listUserSessions(app.deps.handle.db, auth.userId);
      return sessions
        .filter(
          (s) =>
            new Date(s.expires_at).getTime() > now &&
            idleDeadline(new Date(s.last_seen_at), idleMinutes).getTime() > now,
        )
        .map((s) => ({
          id: sessionReference(s.id),
          createdAt: s.created_at,
          lastSeenAt: s.last_seen_at,
          expiresAt: s.expires_at,
          userAgent: s.user_agent,
          current: s.id === auth.sessionId,
        }));
    },
  );
}
