import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { parisDay } from '../../lib/dates/index.ts';
import { notFound } from '../../server/errors.ts';
import { actorOf } from '../accounts/actor.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { exportChunks, exportFileName, exportPractice } from './transfer-export.ts';

/**
 * `GET /practice/export`: the owner downloads everything of her practice as one JSON file
 * (docs/practice-export.md), journaled before the reading. Only the caller's practice is read.
 */
export async function transferRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  app.get(
    '/practice/export',
    { config: { permission: 'practice.export' }, schema: { tags: ['cabinet'] } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now();
      const file = await exportPractice(
        db,
        app.deps.secrets.box,
        { practiceId: auth.practiceId, actor: actorOf(auth), via: 'web' },
        now,
      );
      if (!file) throw notFound();
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${exportFileName(parisDay(now))}"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(exportChunks(file)));
    },
  );
}
