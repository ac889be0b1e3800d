import type { FastifyInstance } from 'fastify';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { todoResponse } from './todo.schema.ts';

/**
 * `GET /api/v1/todo`: the « à faire » list of the caller's practice — what her role or her
 * assignments let her see, overdue first. Every feature contributes through `app.todo`.
 */
export async function todoRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/todo',
    { config: { permission: 'todo.read' }, schema: { tags: ['accueil'], response: { 200: todoResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const ctx = { practiceId: auth.practiceId, now: app.deps.clock.now() };
      return app.todo.list(ctx, { role: auth.role, userId: auth.userId });
    },
  );
}
