import type { FastifyInstance } from 'fastify';
import { instanceRoutes } from './instance.routes.ts';

/** Every feature's routes, mounted under /api/v1. A new feature adds its plugin here. */
export async function featureRoutes(app: FastifyInstance): Promise<void> {
  await app.register(instanceRoutes);
}
