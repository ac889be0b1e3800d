import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/connect.ts';
import { compareDays, parisDay } from '../../lib/dates/index.ts';
import type { TodoProvider } from '../../lib/todo/registry.ts';
import { allows } from '../../server/permissions.ts';
import { actorOf } from '../accounts/actor.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { appendJournal, latestEntryAt, listJournal } from '../journal/journal.repository.ts';
import { practiceOf } from '../register/register-context.ts';
import { reviewBody, reviewResponse } from './review.schema.ts';
import { REVIEW_POINTS, reviewDueDay, reviewTodos, splitAnswers, YEARLY_REVIEW_ACTION } from './review.ts';

const TAGS = ['revue annuelle'];

/** The provider of the review's « à faire » item. */
export function reviewTodo(db: Db): TodoProvider {
  return {
    id: 'yearly-review',
    load: async ({ practiceId, now }) => {
      const [practice, last] = await Promise.all([
        practiceOf(db, practiceId),
        latestEntryAt(db, practiceId, [YEARLY_REVIEW_ACTION]),
      ]);
      return reviewTodos(last, practice.createdAt, now);
    },
  };
}

/**
 * The yearly review (« revue annuelle »): `GET /yearly-review` (the points, the last review, when
 * the next is due) and `POST /yearly-review` (the owner confirms or says what changed, journaled
 * as `yearly_review.completed`; the register rule and the compliance file read it).
 */
export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  app.todo.register(reviewTodo(db));
  const api = app.withTypeProvider<ZodTypeProvider>();

  async function view(practiceId: string, role: Parameters<typeof allows>[1]) {
    const [practice, [last]] = await Promise.all([
      practiceOf(db, practiceId),
      listJournal(db, practiceId, { action: YEARLY_REVIEW_ACTION, limit: 1 }),
    ]);
    const data = last?.data as { confirmed: []; changed: [] } | undefined;
    const dueDay = reviewDueDay(last?.at ?? null, practice.createdAt);
    return {
      points: REVIEW_POINTS.map(({ key, question, href }) => ({ key, question, href })),
      last:
        last && data ? { at: last.at, by: last.actorLabel, confirmed: data.confirmed, changed: data.changed } : null,
      dueDay,
      due: compareDays(parisDay(clock.now()), dueDay) >= 0,
      canComplete: allows('review.complete', role),
    };
  }

  api.get(
    '/yearly-review',
    { config: { permission: 'review.read' }, schema: { tags: TAGS, response: { 200: reviewResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      return view(auth.practiceId, auth.role);
    },
  );

  api.post(
    '/yearly-review',
    {
      config: { permission: 'review.complete' },
      schema: { tags: TAGS, body: reviewBody, response: { 201: reviewResponse } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { confirmed, changed } = splitAnswers(request.body.answers);
      await appendJournal(
        db,
        auth.practiceId,
        {
          actor: actorOf(auth),
          action: YEARLY_REVIEW_ACTION,
          subject: { type: 'practice', id: auth.practiceId },
          summary: `Revue annuelle faite : ${confirmed.length} point${confirmed.length > 1 ? 's' : ''} confirmé${confirmed.length > 1 ? 's' : ''}, ${changed.length} mis à jour.`,
          data: { confirmed, changed },
        },
        clock.now(),
      );
      return reply.status(201).send(await view(auth.practiceId, auth.role));
    },
  );
}
