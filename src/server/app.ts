import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import '../lib/zod.ts';
import type { Config, TrustProxy } from '../config.ts';
import type { DbHandle } from '../db/connect.ts';
import type { MailPoolOptions } from '../features/mail-analysis/mail-pool.ts';
import { type Clock, systemClock } from '../lib/clock.ts';
import { type AppSecrets, loadAppSecrets } from '../lib/crypto/app-secrets.ts';
import { createHomeRegistry, type HomeRegistry } from '../lib/home/registry.ts';
import { createObservationRegistry, type ObservationRegistry } from '../lib/observations/registry.ts';
import { createTodoRegistry, type TodoRegistry } from '../lib/todo/registry.ts';
import { frameworkErrorReply, registerErrorHandling, registerStopping } from './errors.ts';
import { featureRoutes } from './features.ts';
import { healthRoutes } from './health.routes.ts';
import { registerMetrics } from './metrics.ts';
import { registerNulGuard } from './nul-characters.ts';
import { registerObservationRules } from './observation-rules.ts';
import { registerOpenApi } from './openapi.ts';
import { sharedRateLimitStore } from './rate-limit-store.ts';
import { registerSecurityHeaders } from './security.ts';
import { defaultWebDist, registerWeb } from './static.ts';

export interface AppDeps {
  config: Config;
  handle: DbHandle;
  clock: Clock;
  /** Application-level encryption (src/lib/crypto/app-secrets.ts): the only way to seal a value. */
  secrets: AppSecrets;
  /** Sign-in, invitation and reset attempts per address and per minute. */
  loginRateLimitPerMinute: number;
  /** Overrides of the e-mail analysers' configuration (tests: a tiny time limit, a gated worker). */
  mailPool?: Partial<MailPoolOptions>;
}

export interface BuildAppOptions {
  config: Config;
  handle: DbHandle;
  clock?: Clock;
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | { level: string };
  /** Folder of the built web application; false to serve the API alone. */
  webDist?: string | false;
  /** Requests per minute per address on the whole API (the login routes have stricter limits). */
  rateLimitPerMinute?: number;
  /** Sign-in attempts per address and per minute (default 30). */
  loginRateLimitPerMinute?: number;
  /** Overrides of the e-mail analysers' configuration (tests). */
  mailPool?: Partial<MailPoolOptions>;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Home-page cards: each feature registers its provider when its routes load. */
    home: HomeRegistry;
    /** « Constaté par Hygie »: the rules each feature contributes (src/server/observation-rules.ts). */
    observations: ObservationRegistry;
    /** The « à faire » list: each feature registers its provider when its routes load. */
    todo: TodoRegistry;
  }
}

export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The configured proxies as Fastify's `trustProxy`. A number of hops becomes « the nearest N
 * addresses are proxies » (Fastify itself now trusts nothing for a bare number); addresses and
 * ranges are passed as they are. `true` (trust every address) is refused by the configuration.
 */
export function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/** Builds the Hygie application: used by the server, the CLI and the tests (app.inject, no port). */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, handle } = options;
  // A hosted instance refuses to start without its master key, or with another one (French MasterKeyError).
  await handle.vault?.ready();
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: BODY_LIMIT_BYTES,
    // A random id per request (never taken from the client): in every log line, in the
    // x-request-id header of every answer, and in the message of an unexpected error.
    genReqId: () => randomUUID(),
    // A broken address (`/users/%ZZ`) is refused by the router itself: in French too.
    frameworkErrors: frameworkErrorReply,
    // Our own 503 while stopping (registerStopping), in French, instead of Fastify's English one.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();
  // JSON only: a cross-site HTML form can send text/plain without a preflight, never JSON.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', {
    config,
    handle,
    clock: options.clock ?? systemClock,
    secrets: await loadAppSecrets(handle.db, config.secretKey),
    loginRateLimitPerMinute: options.loginRateLimitPerMinute ?? 30,
    ...(options.mailPool ? { mailPool: options.mailPool } : {}),
  });

  // Filled by the auth plugin as /api/v1 routes are declared (the permission walker test reads it).
  app.decorate('routeCatalog', []);
  app.decorate(
    'home',
    createHomeRegistry({ onError: (err, id) => app.log.error({ err, card: id }, 'home card failed') }),
  );
  app.decorate(
    'observations',
    createObservationRegistry({ onError: (err, id) => app.log.error({ err, rule: id }, 'observation rule failed') }),
  );
  registerObservationRules(app.observations, handle.db, handle.dialect === 'sqlite');
  app.decorate(
    'todo',
    createTodoRegistry({ onError: (err, id) => app.log.error({ err, todo: id }, 'todo provider failed') }),
  );
  registerErrorHandling(app);
  registerNulGuard(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerStopping(app);
  await registerMetrics(app, config.metricsToken);
  await registerSecurityHeaders(app, { tls: config.publicUrl?.startsWith('https://') ?? false });
  await app.register(cookie);
  // The broad limit counts in each instance's memory; the sensitive routes' limits (`shared`) in
  // the database, so that they hold across every instance sharing it (src/server/rate-limit-store.ts).
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute ?? 600,
    timeWindow: '1 minute',
    store: sharedRateLimitStore(handle.db),
  });
  await registerOpenApi(app);
  await healthRoutes(app, handle);
  await app.register(featureRoutes, { prefix: '/api/v1' });
  if (options.webDist !== false) await registerWeb(app, options.webDist ?? defaultWebDist);
  return app;
}
