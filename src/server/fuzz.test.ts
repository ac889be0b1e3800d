import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../test/support/app.ts';
import { describeEachDialect } from '../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../test/support/factories.ts';
import {
  encodeSegment,
  type JsonSchema,
  jsonBody,
  looksFrench,
  parameter,
  queryString,
  rawBody,
  routeSeed,
} from '../../test/support/fuzz.ts';
import { type RouteObjects, routeObjectsOf } from './route-objects.test-support.ts';

/**
 * Every route of the API, read from the app itself (its route catalog and the OpenAPI document it
 * generates from the Zod schemas), receives generated requests: inputs of the schema's shape with
 * hostile text inside, and malformed ones, as each role and as another practice. None may answer
 * 5xx; every refusal is the app's JSON error with a French message. See docs/security.md « Fuzz ».
 *
 * Reproduce a failure: the same seed gives the same inputs (HYGIE_FUZZ_SEED, default below);
 * HYGIE_FUZZ_ROUTE="POST /api/v1/breaches" runs one route only (its inputs do not depend on the
 * others); HYGIE_FUZZ_REPORT=1 prints the statuses each route answered.
 */
const SEED = Number(process.env.HYGIE_FUZZ_SEED ?? 20_261_207);
const ONLY = process.env.HYGIE_FUZZ_ROUTE;
/** The suite's floor per dialect: with both databases, over 10 000 requests in all. */
const MIN_REQUESTS_PER_DIALECT = 5_000;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
interface Target {
  key: string;
  method: Method;
  url: string;
  path: { name: string; schema: JsonSchema }[];
  query: { name: string; required: boolean; schema: JsonSchema }[];
  body: JsonSchema | undefined;
}

/** Documents and archives are built whole on each call: fewer runs keep the suite quick. */
const HEAVY = /\.(pdf|zip|xlsx|ics)$|\/export\.|\/backup$|\/retention\/scan$|\/mail-analysis$/;

/** Runs per route: many where there is input to vary, a few (the callers) where there is none. */
function runsFor(target: Target): number {
  const inputs = target.body ? 90 : target.query.length ? 40 : target.path.length ? 30 : 4;
  if (!HEAVY.test(target.url)) return inputs;
  return target.path.length || target.query.length ? 10 : 2;
}

/** fc.assert, with the report cut short: a counterexample may hold a string of 300 000 characters. */
async function assertShort<T>(property: fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<void> {
  const details = await fc.check(property, params);
  if (!details.failed) return;
  const report = fc.defaultReportMessage(details) ?? 'échec';
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const cut = (text: string, max: number) =>
    text.length > max ? `${text.slice(0, max)}… (${text.length} caractères)` : text;
  throw new Error(`${cut(report, 3000)}\n${cut(cause, 3000)}`);
}

describeEachDialect('fuzz: every route from its own schema', (db, dialect) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let objectsOfA: RouteObjects;
  let objectsOfB: RouteObjects;
  let targets: Target[];
  /** Error lines the app logged (an unexpected error's stack), shown with a failing request. */
  const logged: string[] = [];
  const statuses = new Map<string, Map<number, number>>();
  let requests = 0;
  const elapsed = new Map<string, number>();

  beforeAll(async () => {
    const logger = { level: 'error', stream: { write: (line: string) => void logged.push(line) } };
    app = await createTestApp(db(), { rateLimitPerMinute: 1_000_000, logger });
    await app.ready();
    [a, b] = await Promise.all([createPractice(db()), createPractice(db())]);
    [objectsOfA, objectsOfB] = await Promise.all([routeObjectsOf(db(), a), routeObjectsOf(db(), b)]);
    const doc = (await app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, Operation>> };
    targets = app.routeCatalog.map((route) => {
      const key = `${route.method} ${route.url}`;
      const operation = doc.paths[route.url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[route.method.toLowerCase()];
      if (!operation) throw new Error(`${key} n’est pas dans /api/openapi.json`);
      const parameters = operation.parameters ?? [];
      return {
        key,
        method: route.method as Method,
        url: route.url,
        path: parameters.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema })),
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: p.required === true, schema: p.schema })),
        body: operation.requestBody?.content['application/json']?.schema,
      };
    });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    if (process.env.HYGIE_FUZZ_REPORT) {
      for (const [key, counts] of statuses) {
        const time = `${elapsed.get(key) ?? 0} ms`;
        console.log(`${dialect} ${key} (${time}): ${[...counts].map(([s, n]) => `${s}×${n}`).join(' ')}`);
      }
    }
  });

  it('reads every route of the catalog from the OpenAPI document, with its inputs', () => {
    expect(targets.length).toBeGreaterThan(100);
    const withBody = targets.filter((t) => t.body).map((t) => t.key);
    expect(withBody).toContain('POST /api/v1/breaches');
    expect(withBody).toContain('PUT /api/v1/practice');
    expect(targets.find((t) => t.key === 'GET /api/v1/journal')?.query.length).toBeGreaterThan(3);
  });

  it('answers every generated request below 500, refusals in French', async () => {
    const idsOfA = [a.owner.id, a.secretary.id, a.practitioner.id, ...Object.values(objectsOfA).map((o) => o.id)];
    const idsOfB = [b.owner.id, b.secretary.id, ...Object.values(objectsOfB).map((o) => o.id)];
    const ids = [...new Set([...idsOfA, ...idsOfB])];
    // Mostly practice A's owner (whom no permission stops), the other roles, B's owner, nobody.
    const members = { owner: a.owner, practitioner: a.practitioner, secretary: a.secretary, auditor: a.auditor };
    const callers = fc.oneof(
      { weight: 5, arbitrary: fc.constant('owner' as const) },
      fc.constantFrom('practitioner' as const, 'secretary' as const, 'auditor' as const, 'other practice' as const),
      fc.constant('nobody' as const),
    );
    for (const target of targets.filter((t) => !ONLY || t.key === ONLY)) {
      const own = objectsOfA[target.key];
      const other = objectsOfB[target.key];
      // Percent-encoded values, and a few raw ones (broken or hostile encodings) as they are.
      const pathValue = (schema: JsonSchema) =>
        fc.oneof(
          ...(own ? [{ weight: 4, arbitrary: fc.constant(encodeSegment(own.id)) }] : []),
          ...(other ? [{ weight: 1, arbitrary: fc.constant(encodeSegment(other.id)) }] : []),
          { weight: 3, arbitrary: parameter(schema, ids).map(encodeSegment) },
          fc.constantFrom('%ZZ', '%00', '%', '..', '%2F', '%C0%AF', '%E2%80%AE', '%F0%9F'),
        );
      const path = fc.tuple(...target.path.map((p) => pathValue(p.schema))).map((values) => {
        let i = 0;
        return target.url.replace(/:[A-Za-z]+/g, () => values[i++] ?? '');
      });
      const bodyOf = target.body;
      const body = bodyOf
        ? fc.oneof(
            {
              weight: 6,
              arbitrary: jsonBody(bodyOf, ids).map((b) => ({ text: b.text, contentType: 'application/json' })),
            },
            { weight: 1, arbitrary: rawBody },
          )
        : fc.option(rawBody, { freq: 4, nil: undefined });
      const request = fc.record({
        caller: callers,
        path,
        query: queryString(target.query, ids),
        body: target.method === 'GET' ? fc.constant(undefined) : body,
      });
      const counts = statuses.get(target.key) ?? new Map<number, number>();
      statuses.set(target.key, counts);
      const started = Date.now();
      await assertShort(
        fc.asyncProperty(request, async ({ caller, path, query, body }) => {
          logged.length = 0;
          requests += 1;
          const user = caller === 'nobody' ? null : caller === 'other practice' ? b.owner : members[caller];
          const res = await app.inject({
            method: target.method,
            url: `${path}${query}`,
            headers: {
              ...(user ? bearer(user) : {}),
              ...(body?.contentType ? { 'content-type': body.contentType } : {}),
            },
            ...(body ? { payload: body.text } : {}),
          });
          counts.set(res.statusCode, (counts.get(res.statusCode) ?? 0) + 1);
          const label = `${target.key} → ${res.statusCode} ${res.body.slice(0, 300)} ${logged.join('').slice(0, 1500)}`;
          expect(res.statusCode, label).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(res.headers['content-type'], label).toMatch(/^application\/json/);
            const error = res.json() as { code?: unknown; message?: unknown };
            expect(typeof error.code, label).toBe('string');
            expect(typeof error.message === 'string' && looksFrench(error.message), label).toBe(true);
          }
        }),
        { seed: routeSeed(SEED, target.key), numRuns: runsFor(target) },
      );
      elapsed.set(target.key, Date.now() - started);
    }
    console.log(`fuzz [${dialect}] : ${requests} requêtes, graine ${SEED}`);
    if (!ONLY) expect(requests).toBeGreaterThanOrEqual(MIN_REQUESTS_PER_DIALECT);
  }, 600_000);
});
