import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../server/errors.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { tokenCreateBody, tokenCreatedResponse, tokenResponse } from './account.schema.ts';
import { actorOf } from './actor.ts';
import { requireAuth } from './auth.plugin.ts';
import { loginRateLimit } from './auth.routes.ts';
import { createToken, listTokens, revokeToken } from './tokens.repository.ts';
import { idParams } from './users.schema.ts';

const DAY_MS = 86_400_000;

/** The caller's API tokens: each carries its user's rights, is shown once, expires, and can be revoked. */
export async function tokensRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.handle;

  api.get(
    '/me/tokens',
    { config: { permission: 'account.self' }, schema: { tags: ['compte'], response: { 200: tokenResponse.array() } } },
    async (request) => {
      const auth = requireAuth(request);
      return listTokens(db, auth.practiceId, auth.userId);
    },
  );

  api.post(
    '/me/tokens',
    {
      config: { permission: 'account.self', rateLimit: loginRateLimit(app) },
      schema: { tags: ['compte'], body: tokenCreateBody, response: { 201: tokenCreatedResponse } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { name, expiresInDays } = request.body;
      const now = app.deps.clock.now();
      const expiresAt = new Date(now.getTime() + expiresInDays * DAY_MS);
      const created = await db.transaction().execute(async (trx) => {
        const { token, record } = await createToken(
          trx,
          { userId: auth.userId, practiceId: auth.practiceId, name, expiresAt },
          now,
        );
        await appendJournal(
          trx,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'token.created',
            subject: { type: 'token', id: record.id },
            summary: `Jeton d’accès « ${name} » créé par ${auth.name}`,
            data: { name, expiresAt: record.expiresAt },
          },
          now,
        );
        return { token, id: record.id, name: record.name, prefix: record.prefix, expiresAt: record.expiresAt };
      });
      return reply.status(201).send(created);
    },
  );

  api.delete(
    '/me/tokens/:id',
    { config: { permission: 'account.self' }, schema: { tags: ['compte'], params: idParams } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now();
      await db.transaction().execute(async (trx) => {
        const before = (await listTokens(trx, auth.practiceId, auth.userId)).find((t) => t.id === request.params.id);
        if (!before) throw notFound('Jeton d’accès introuvable parmi les vôtres.');
        if (before.revokedAt) return;
        await revokeToken(trx, auth.practiceId, auth.userId, before.id, now);
        await appendJournal(
          trx,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'token.revoked',
            subject: { type: 'token', id: before.id },
            summary: `Jeton d’accès « ${before.name} » révoqué par ${auth.name}`,
            data: { name: before.name },
          },
          now,
        );
      });
      return reply.status(204).send();
    },
  );
}
