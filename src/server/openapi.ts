import type { FastifyInstance, RouteOptions } from 'fastify';
import { version } from './version.ts';

/**
 * The API contract, generated from the same Zod schemas that validate requests.
 *
 * Generated on the first request of /api/openapi.json, not at start-up: the routes are only noted
 * as they are declared; @fastify/swagger (and the YAML library it loads) is loaded then, in a
 * Fastify instance of its own that declares the same routes (method, path, schema) without serving them.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    // Fastify adds a HEAD beside each GET by itself (in the describing instance too).
    if (route.method !== 'HEAD') routes.push(route);
  });
  let document: Promise<unknown> | undefined;
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => {
    document ??= describeRoutes(routes).catch((error: unknown) => {
      document = undefined;
      throw error;
    });
    return document;
  });
}

async function describeRoutes(routes: readonly RouteOptions[]): Promise<unknown> {
  const [{ default: Fastify }, { default: swagger }, zod] = await Promise.all([
    import('fastify'),
    import('@fastify/swagger'),
    import('fastify-type-provider-zod'),
  ]);
  const describing = Fastify({ logger: false });
  describing.setValidatorCompiler(zod.validatorCompiler);
  describing.setSerializerCompiler(zod.serializerCompiler);
  await describing.register(swagger, {
    openapi: {
      info: { title: 'Hygie API', version, description: 'API de Hygie. Toutes les routes métier sont sous /api/v1/.' },
    },
    transform: zod.jsonSchemaTransform,
  });
  const handler = async () => undefined;
  for (const { method, url, schema, config } of routes) {
    describing.route({ method, url, ...(schema ? { schema } : {}), ...(config ? { config } : {}), handler });
  }
  try {
    await describing.ready();
    return describing.swagger();
  } finally {
    await describing.close();
  }
}
