import type { FastifyInstance } from 'fastify';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { listUsers } from '../accounts/users.repository.ts';
import { passwordContextWords } from './password-context.ts';
import { passwordContextResponse } from './password-tools.schema.ts';

/**
 * The password checker's forbidden words. The check itself runs in the browser (or in the CLI):
 * no route ever receives a password to rate.
 */
export async function passwordToolsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;

  app.get(
    '/tools/password-context',
    {
      config: { permission: 'tools.use' },
      schema: { tags: ['tools'], response: { 200: passwordContextResponse } },
    },
    async (request) => {
      const { practiceId } = requireAuth(request);
      const [practice, users] = await Promise.all([findPractice(db, practiceId), listUsers(db, practiceId)]);
      return {
        words: passwordContextWords({
          practiceNames: practice ? [practice.name] : [],
          users: users.map(({ name, email }) => ({ name, email })),
        }),
      };
    },
  );
}
