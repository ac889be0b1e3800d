import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readInstanceInfo } from './instance.repository.ts';
import { version } from './version.ts';

const instanceResponse = z.object({
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  createdAt: z.string(),
});

/** Public facts about this installation (no practice data): what the welcome page shows. */
export async function instanceRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/instance',
    { config: { public: true }, schema: { tags: ['instance'], response: { 200: instanceResponse } } },
    async () => {
      const info = await readInstanceInfo(app.deps.handle.db);
      return { version, database: app.deps.handle.dialect, createdAt: info.createdAt };
    },
  );
}
