import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicBase } from '../../config.ts';
import { parisDay } from '../../lib/dates/index.ts';
import type { TodoViewer } from '../../lib/todo/registry.ts';
import { notFound } from '../../server/errors.ts';
import { actorOf } from '../accounts/actor.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { loginRateLimit } from '../accounts/auth.routes.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import type { Role } from '../accounts/roles.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { activeFeed, createFeed, feedByToken, revokeFeed } from './calendar.repository.ts';
import {
  calendarDownloadQuery,
  calendarFeedCreated,
  calendarFeedParams,
  calendarFeedStatus,
} from './calendar.schema.ts';
import { buildCalendar } from './calendar.ts';

const TEXT_CALENDAR = 'text/calendar; charset=utf-8';

/**
 * The personal calendar: a secret, revocable address (`POST /me/calendar-feed` → `{ url }`) that an
 * agenda subscribes to (`GET /calendar/:token`, no sign-in: the token is the key), and the same
 * events as a `.ics` download for a local install that phones cannot reach. Both read the « à
 * faire » list as the caller sees it: another member's items never appear.
 */
export async function calendarRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.handle;
  const base = () => publicBase(app.deps.config);

  const calendarFor = async (practiceId: string, practiceName: string, viewer: TodoViewer, itemId?: string) => {
    const now = app.deps.clock.now();
    const { items } = await app.todo.list({ practiceId, now }, viewer);
    const chosen = itemId === undefined ? items : items.filter((item) => item.id === itemId);
    if (itemId !== undefined && chosen.length === 0) throw notFound('Cet élément « à faire » n’existe plus.');
    return buildCalendar(chosen, { practiceId, name: `Hygie — ${practiceName}`, publicBase: base(), now }).toString();
  };

  api.get(
    '/me/calendar-feed',
    { config: { permission: 'todo.read' }, schema: { tags: ['compte'], response: { 200: calendarFeedStatus } } },
    async (request) => {
      const auth = requireAuth(request);
      const feed = await activeFeed(db, auth.practiceId, auth.userId);
      return { active: feed !== null, createdAt: feed?.createdAt ?? null };
    },
  );

  api.post(
    '/me/calendar-feed',
    {
      config: { permission: 'todo.read', rateLimit: loginRateLimit(app) },
      schema: { tags: ['compte'], response: { 201: calendarFeedCreated } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now();
      const created = await db.transaction().execute(async (trx) => {
        const replaced = (await revokeFeed(trx, auth.practiceId, auth.userId, now)) !== null;
        const { token, feed } = await createFeed(trx, auth.practiceId, auth.userId, now);
        await appendJournal(
          trx,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'calendar_feed.created',
            subject: { type: 'calendar_feed', id: feed.id },
            summary: replaced
              ? `Nouveau lien d’agenda pour ${auth.name} (l’ancien ne marche plus)`
              : `Lien d’agenda créé pour ${auth.name}`,
            data: { replaced },
          },
          now,
        );
        return { url: `${base()}/api/v1/calendar/${token}`, createdAt: feed.createdAt };
      });
      return reply.status(201).send(created);
    },
  );

  api.delete(
    '/me/calendar-feed',
    { config: { permission: 'todo.read' }, schema: { tags: ['compte'] } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now();
      await db.transaction().execute(async (trx) => {
        const feed = await revokeFeed(trx, auth.practiceId, auth.userId, now);
        if (!feed) throw notFound('Vous n’avez pas de lien d’agenda en service.');
        await appendJournal(
          trx,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'calendar_feed.revoked',
            subject: { type: 'calendar_feed', id: feed.id },
            summary: `Lien d’agenda de ${auth.name} révoqué`,
            data: {},
          },
          now,
        );
      });
      return reply.status(204).send();
    },
  );

  api.get(
    '/me/calendar.ics',
    { config: { permission: 'todo.read' }, schema: { tags: ['compte'], querystring: calendarDownloadQuery } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const practice = await findPractice(db, auth.practiceId);
      const text = await calendarFor(
        auth.practiceId,
        practice?.name ?? '',
        { role: auth.role, userId: auth.userId },
        request.query.item,
      );
      const name = request.query.item === undefined ? 'agenda' : 'echeance';
      return reply
        .header('content-type', TEXT_CALENDAR)
        .header('content-disposition', `attachment; filename="hygie-${name}-${parisDay(app.deps.clock.now())}.ics"`)
        .send(text);
    },
  );

  api.get(
    '/calendar/:token',
    {
      config: { public: true, rateLimit: loginRateLimit(app) },
      schema: { tags: ['compte'], params: calendarFeedParams },
    },
    async (request, reply) => {
      const found = await feedByToken(db, request.params.token);
      if (!found) throw notFound('Ce lien d’agenda n’existe pas ou a été révoqué.');
      const { feed, role, practiceName } = found;
      const text = await calendarFor(feed.practiceId, practiceName, { role: role as Role, userId: feed.userId });
      return reply.header('content-type', TEXT_CALENDAR).header('cache-control', 'private, no-store').send(text);
    },
  );
}
