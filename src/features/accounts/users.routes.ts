import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { userResponse } from './accounts.schema.ts';
import { requireAuth } from './auth.plugin.ts';
import { changeUser } from './change-user.ts';
import { resetUserAccess } from './reset-user.ts';
import { listUsers, toUserView } from './users.repository.ts';
import { idParams, resetLinkResponse, userChangeBody, usersResponse } from './users.schema.ts';

/** The practice's users: listed for the care team and the auditor, managed by the owner only. */
export async function usersRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/users',
    { config: { permission: 'users.read' }, schema: { tags: ['utilisateurs'], response: { 200: usersResponse } } },
    async (request) => (await listUsers(app.deps.handle.db, requireAuth(request).practiceId)).map(toUserView),
  );

  api.patch(
    '/users/:id',
    {
      config: { permission: 'users.manage' },
      schema: { tags: ['utilisateurs'], params: idParams, body: userChangeBody, response: { 200: userResponse } },
    },
    async (request) => changeUser(app.deps, requireAuth(request), request.params.id, request.body),
  );

  api.post(
    '/users/:id/reset',
    {
      config: { permission: 'users.manage' },
      schema: { tags: ['utilisateurs'], params: idParams, response: { 200: resetLinkResponse } },
    },
    async (request) => resetUserAccess(app.deps, requireAuth(request), request.params.id),
  );
}
