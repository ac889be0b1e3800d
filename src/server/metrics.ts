import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.ts';

/** The label of a request: its route's pattern (`/api/v1/breaches/:id`), never the ids it carries. */
const routeOf = (request: { routeOptions: { url?: string } }) => request.routeOptions.url ?? 'inconnue';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `GET /api/metrics` in the Prometheus text format, for the host's monitoring, only when
 * `HYGIE_METRICS_TOKEN` is set (otherwise the route does not exist) and only with that token as a
 * bearer. Counts requests by method, route pattern and status, their durations, and the process's
 * own figures; no label ever holds an id, an address or anything a person typed.
 */
export async function registerMetrics(app: FastifyInstance, token: string | undefined): Promise<void> {
  if (!token) return;
  // Loaded only when the route exists: an instance without monitoring starts without it.
  const { Counter, collectDefaultMetrics, Histogram, Registry } = await import('prom-client');
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'hygie_' });
  const requests = new Counter({
    name: 'hygie_http_requests_total',
    help: 'Requêtes HTTP traitées, par méthode, route et statut',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'hygie_http_request_duration_seconds',
    help: 'Durée des requêtes HTTP, par méthode et route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = routeOf(request);
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    durations.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.get('/api/metrics', { schema: { hide: true } }, async (request, reply) => {
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('Bearer ') || !sameToken(header.slice('Bearer '.length), token)) {
      throw new HttpError(401, 'unauthenticated', 'Jeton de supervision absent ou incorrect (HYGIE_METRICS_TOKEN).');
    }
    reply.header('content-type', registry.contentType);
    reply.header('cache-control', 'no-store');
    return registry.metrics();
  });
}
