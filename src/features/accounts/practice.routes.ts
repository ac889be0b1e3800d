import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { conflict, notFound } from '../../server/errors.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { practiceProfileSchema } from './accounts.schema.ts';
import { actorOf } from './actor.ts';
import { requireAuth } from './auth.plugin.ts';
import { practiceView } from './practice.schema.ts';
import { changedProfileFields, PROFILE_FIELD_LABELS, toPracticeView } from './practice-profile.ts';
import { findPractice, updatePractice } from './practices.repository.ts';
import { findUser } from './users.repository.ts';

/** The caller's practice profile: everyone reads it, only the owner (titulaire) changes it. */
export async function practiceRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.handle;

  api.get(
    '/practice',
    { config: { permission: 'practice.read' }, schema: { tags: ['cabinet'], response: { 200: practiceView } } },
    async (request) => {
      const practice = await findPractice(db, requireAuth(request).practiceId);
      if (!practice) throw notFound();
      return toPracticeView(practice);
    },
  );

  api.put(
    '/practice',
    {
      config: { permission: 'practice.manage' },
      schema: { tags: ['cabinet'], body: practiceProfileSchema, response: { 200: practiceView } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const profile = request.body;
      const now = app.deps.clock.now();
      return db.transaction().execute(async (trx) => {
        const before = await findPractice(trx, auth.practiceId);
        if (!before) throw notFound();
        const fields = changedProfileFields(before, profile);
        if (fields.length === 0) return toPracticeView(before);
        if (
          profile.mfaRequired &&
          !before.mfaRequired &&
          !(await findUser(trx, auth.practiceId, auth.userId))?.mfaEnabled
        ) {
          throw conflict(
            'Activez d’abord la double authentification sur votre propre compte (page « Mon compte »), puis exigez-la pour tout le cabinet.',
            'mfaRequired',
          );
        }
        await updatePractice(trx, auth.practiceId, profile, now);
        await appendJournal(
          trx,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'practice.updated',
            subject: { type: 'practice', id: auth.practiceId },
            summary: `Profil du cabinet modifié : ${fields.map((field) => PROFILE_FIELD_LABELS[field]).join(', ')}`,
            data: { fields },
          },
          now,
        );
        return toPracticeView({ ...before, ...profile });
      });
    },
  );
}
