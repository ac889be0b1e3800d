import { answerEveryMeasure } from './checklist.ts';
import { loadAverage, type Measure, measure, seedThroughApi, startBare, startHygieProcess } from './harness.ts';

export interface RoutesBench {
  database: string;
  results: Measure[];
  /** Bytes of `GET /api/v1/checklist` with every measure answered (uncompressed JSON). */
  checklistBytes: number;
  load: { before: string; after: string };
}

/**
 * Each route loaded by autocannon from this process at 20 connections, the server in its own
 * process (the built JavaScript), beside a bare Fastify route in a process of its own, measured
 * the same way in the same run: the ratio is the figure to follow.
 */
export async function benchRoutes(): Promise<RoutesBench> {
  const before = loadAverage();
  const bare = await startBare();
  const hygie = await startHygieProcess();
  const results: Measure[] = [];
  let checklistBytes = 0;
  try {
    results.push(await measure('bare Fastify route (own process)', bare.url));
    results.push(await measure('GET /api/health (Hygie plugins, no database)', `${hygie.url}/api/health`));
    results.push(await measure('GET /api/ready (reads the database)', `${hygie.url}/api/ready`));
    results.push(await measure('GET /api/v1/instance (reads the database)', `${hygie.url}/api/v1/instance`));
    const { token } = await seedThroughApi(hygie.url);
    const headers = { authorization: `Bearer ${token}` };
    results.push(await measure('GET /api/v1/me (bearer token: auth + 2 reads)', `${hygie.url}/api/v1/me`, { headers }));
    const answered = await answerEveryMeasure(hygie.url, token);
    checklistBytes = (await (await fetch(`${hygie.url}/api/v1/checklist`, { headers })).arrayBuffer()).byteLength;
    results.push(
      await measure(
        `GET /api/v1/checklist (${answered} measures answered: answers, states, scores)`,
        `${hygie.url}/api/v1/checklist`,
        { headers },
      ),
    );
  } finally {
    await hygie.close();
    await bare.close();
  }
  return { database: hygie.database, results, checklistBytes, load: { before, after: loadAverage() } };
}

/** The route table of docs/performance.md. */
export function routesTable(bench: RoutesBench): string {
  const baseline = bench.results[0]?.requestsPerSecond || 1;
  const lines = ['| route | requests/s | p99 (ms) | errors | vs bare |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const r of bench.results) {
    const ratio = (r.requestsPerSecond / baseline).toFixed(2);
    lines.push(`| ${r.name} | ${r.requestsPerSecond} | ${r.p99Ms} | ${r.errors} | ${ratio} |`);
  }
  return lines.join('\n');
}
