import type { FastifyInstance } from 'fastify';
import type { z } from '../../lib/zod.ts';
import { conflict, HttpError } from '../../server/errors.ts';
import { loginRateLimit } from '../accounts/auth.routes.ts';
import { loginResponse } from '../accounts/auth.schema.ts';
import { createPracticeWithOwner } from '../accounts/create-practice.ts';
import { startSession } from '../accounts/login.ts';
import { buildMeForNewSession } from '../accounts/me.ts';
import { setupBody, setupStatusResponse } from './setup.schema.ts';
import { checkSetupCode, isSetupNeeded, setupCodeRequired } from './setup-code.ts';

/** First run: create the practice and its owner, then sign the owner in. Closed once done. */
export async function setupRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const codeRequired = setupCodeRequired(app.deps.config);

  app.get(
    '/setup',
    { config: { public: true }, schema: { tags: ['installation'], response: { 200: setupStatusResponse } } },
    async () => ({
      needed: await isSetupNeeded(db),
      codeRequired,
    }),
  );

  app.post(
    '/setup',
    {
      config: { public: true, rateLimit: loginRateLimit(app) },
      schema: { tags: ['installation'], body: setupBody, response: { 200: loginResponse } },
    },
    async (request, reply) => {
      const body = request.body as z.infer<typeof setupBody>;
      const done = () => conflict('Hygie est déjà configuré : connectez-vous avec le compte du titulaire.');
      if (!(await isSetupNeeded(db))) throw done();
      if (codeRequired && !(await checkSetupCode(db, body.setupCode))) {
        throw new HttpError(
          403,
          'forbidden',
          'Code d’installation incorrect : recopiez celui qui figure dans le journal du serveur.',
          'setupCode',
        );
      }
      const now = app.deps.clock.now();
      const { owner } = await db
        .transaction()
        .execute(async (trx) => {
          // The marker row makes a second, simultaneous setup fail instead of creating a second practice.
          await trx
            .insertInto('instance_meta')
            .values({ key: 'setup_completed_at', value: now.toISOString(), updated_at: now.toISOString() })
            .execute();
          return createPracticeWithOwner(trx, { profile: body.practice, owner: body.owner }, now);
        })
        .catch((error: unknown) => {
          if (error instanceof Error && /unique|constraint/i.test(error.message)) throw done();
          throw error;
        });
      await db.deleteFrom('instance_meta').where('key', '=', 'setup_code_hash').execute();
      const session = await startSession(app, request, reply, owner, { mfaPending: false, journal: true });
      const me = await buildMeForNewSession(db, owner, session);
      return { status: 'authenticated' as const, me };
    },
  );
}
