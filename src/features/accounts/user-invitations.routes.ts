import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../server/errors.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { actorOf } from './actor.ts';
import { requireAuth } from './auth.plugin.ts';
import { inviteUser } from './invite-user.ts';
import { cancelInvitation, listPendingInvitations } from './links.repository.ts';
import type { Role } from './roles.ts';
import { idParams, invitationBody, invitationCreatedResponse, invitationResponse } from './users.schema.ts';

/** Invitations the owner hands out: created (link shown once), listed while pending, cancelled. */
export async function userInvitationsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.handle;

  api.post(
    '/users/invitations',
    {
      config: { permission: 'users.manage' },
      schema: { tags: ['utilisateurs'], body: invitationBody, response: { 201: invitationCreatedResponse } },
    },
    async (request, reply) => reply.status(201).send(await inviteUser(app.deps, requireAuth(request), request.body)),
  );

  api.get(
    '/users/invitations',
    {
      config: { permission: 'users.manage' },
      schema: { tags: ['utilisateurs'], response: { 200: invitationResponse.array() } },
    },
    async (request) => {
      const pending = await listPendingInvitations(db, requireAuth(request).practiceId, app.deps.clock.now());
      return pending.map((row) => ({
        id: row.id,
        email: row.email,
        role: row.role as Role,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      }));
    },
  );

  api.delete(
    '/users/invitations/:id',
    { config: { permission: 'users.manage' }, schema: { tags: ['utilisateurs'], params: idParams } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now();
      await db.transaction().execute(async (trx) => {
        const cancelled = await cancelInvitation(trx, auth.practiceId, request.params.id, now);
        if (!cancelled) throw notFound('Invitation introuvable, déjà utilisée ou annulée.');
        await appendJournal(
          trx,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'user.invitation_cancelled',
            summary: `Invitation de ${cancelled.email} annulée`,
            data: cancelled,
          },
          now,
        );
      });
      return reply.status(204).send();
    },
  );
}
