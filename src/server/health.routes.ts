import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DbHandle } from '../db/connect.ts';
import { readInstanceInfo } from './instance.repository.ts';
import { version } from './version.ts';

const health = z.object({ status: z.literal('ok'), version: z.string() });
const ready = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['sqlite', 'postgres']),
  instanceCreatedAt: z.string().optional(),
  message: z.string().optional(),
});

/** Liveness (the process answers) and readiness (the database answers), for people and probes. */
export async function healthRoutes(app: FastifyInstance, handle: DbHandle): Promise<void> {
  app.get('/api/health', { schema: { tags: ['santé'], response: { 200: health } } }, async () => ({
    status: 'ok' as const,
    version,
  }));

  app.get(
    '/api/ready',
    { schema: { tags: ['santé'], response: { 200: ready, 503: ready } } },
    async (request, reply) => {
      try {
        const info = await readInstanceInfo(handle.db);
        return { status: 'ready' as const, database: handle.dialect, instanceCreatedAt: info.createdAt };
      } catch (error) {
        request.log.error({ err: error }, 'database not ready');
        return reply.status(503).send({
          status: 'unavailable' as const,
          database: handle.dialect,
          message: 'La base de données ne répond pas.',
        });
      }
    },
  );
}
