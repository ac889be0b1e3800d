import autocannon from 'autocannon';

/** Connections of the mixed scenario (`BENCH_LOAD_CONNECTIONS`, 50 by default). */
export const LOAD_CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
/** Seconds of the mixed scenario on each database (`BENCH_LOAD_SECONDS`, 60 by default; shorter for a quick run). */
export const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);

export interface MixedLoad {
  database: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and answers outside 2xx. */
  errors: number;
  /** How many answers of each status, to tell what failed when errors is not 0. */
  statuses: Record<string, number>;
}

interface Session {
  account?: string;
  cookie?: string;
  csrf?: string;
}

/** The session cookie (`name=value`) of a `set-cookie` header, as autocannon hands it over (one string or several). */
function sessionCookie(header: unknown): string | undefined {
  const first = Array.isArray(header) ? header[0] : header;
  return typeof first === 'string' ? first.split(';')[0] : undefined;
}

/**
 * What a practice's people do, over and over on each connection, each connection one person of
 * `team` (the sign-in throttle rightly slows many simultaneous sign-ins to one account): sign in
 * with a password (a new session, argon2id), open the home page, the diagnostic, the register,
 * and record a breach (a write, journaled, with the session's CSRF token). autocannon drives it
 * from this process against the server in its own process.
 */
export async function benchMixedLoad(
  base: string,
  database: string,
  team: readonly { email: string; password: string }[],
): Promise<MixedLoad> {
  let next = 0;
  const withSession = (request: autocannon.Request, context: object) => {
    const session = context as Session;
    return { ...request, headers: { ...request.headers, cookie: session.cookie ?? '' } };
  };
  const result = await autocannon({
    url: base,
    connections: LOAD_CONNECTIONS,
    duration: LOAD_SECONDS,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request, context) => {
          const session = context as Session;
          const person = team[next++ % team.length];
          session.account ??= JSON.stringify({ email: person?.email, password: person?.password });
          return { ...request, body: session.account };
        },
        onResponse: (status, body, context, headers) => {
          if (status !== 200) return;
          const session = context as Session;
          session.cookie = sessionCookie(headers?.['set-cookie']);
          session.csrf = (JSON.parse(body) as { me: { csrfToken?: string } }).me.csrfToken;
        },
      },
      { method: 'GET', path: '/api/v1/home', setupRequest: withSession },
      { method: 'GET', path: '/api/v1/checklist', setupRequest: withSession },
      { method: 'GET', path: '/api/v1/register/activities', setupRequest: withSession },
      {
        method: 'POST',
        path: '/api/v1/breaches',
        setupRequest: (request, context) => ({
          ...withSession(request, context),
          headers: {
            ...withSession(request, context).headers,
            'content-type': 'application/json',
            'x-csrf-token': (context as Session).csrf ?? '',
          },
          body: JSON.stringify({ awareAt: new Date().toISOString() }),
        }),
      },
    ],
  });
  return {
    database,
    connections: LOAD_CONNECTIONS,
    seconds: LOAD_SECONDS,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count ?? 0]),
    ),
  };
}

/** The table of docs/performance.md § Load. */
export function mixedLoadTable(runs: readonly MixedLoad[]): string {
  const lines = [
    '| database | connections | seconds | requests | requests/s | p50 (ms) | p99 (ms) | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of runs) {
    lines.push(
      `| ${r.database} | ${r.connections} | ${r.seconds} | ${r.requests} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} |`,
    );
  }
  for (const r of runs.filter((run) => run.errors > 0)) {
    lines.push('', `${r.database}: answers by status ${JSON.stringify(r.statuses)}`);
  }
  return lines.join('\n');
}
