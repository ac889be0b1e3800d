import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { acceptInvitation } from './accept-invitation.ts';
import { acceptPasswordReset } from './accept-password-reset.ts';
import { loginRateLimit } from './auth.routes.ts';
import { acceptedResponse, acceptInvitationBody, acceptResetBody } from './users.schema.ts';

/**
 * The two pages a person opens from a one-time link, before having a session: joining a practice
 * and choosing a new password. Neither signs the person in; they sign in next, as usual.
 */
export async function invitationsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/invitations/accept',
    {
      config: { public: true, rateLimit: loginRateLimit(app) },
      schema: { tags: ['compte'], body: acceptInvitationBody, response: { 201: acceptedResponse } },
    },
    async (request, reply) => reply.status(201).send(await acceptInvitation(app.deps, request.body)),
  );

  api.post(
    '/password-reset/accept',
    {
      config: { public: true, rateLimit: loginRateLimit(app) },
      schema: { tags: ['compte'], body: acceptResetBody, response: { 200: acceptedResponse } },
    },
    async (request) => acceptPasswordReset(app.deps, request.body),
  );
}
