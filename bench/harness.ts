import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
// @ts-expect-error: plain JavaScript build script, shared with `npm start`.
import { buildServer } from '../scripts/build-server.mjs';
import { loadConfig } from '../src/config.ts';
import { connect, type DbHandle } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { practiceProfileSchema } from '../src/features/accounts/accounts.schema.ts';
import { createPracticeWithOwner } from '../src/features/accounts/create-practice.ts';
import { createToken } from '../src/features/accounts/tokens.repository.ts';
import { newMasterKey, writeMasterKeyFile } from '../src/lib/crypto/master-key.ts';
import { buildApp } from '../src/server/app.ts';
import { ensureInstanceInfo } from '../src/server/instance.repository.ts';

export interface Measure {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

/** Seconds each route is loaded (`BENCH_SECONDS`, 5 by default). */
export const ROUTE_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

/**
 * Loads one URL for a bounded time from this process (autocannon, 20 connections by default), the
 * server being in another process (`startHygieProcess`, `startBare`), on loopback only.
 */
export async function measure(
  name: string,
  url: string,
  options: { seconds?: number; headers?: Record<string, string>; connections?: number } = {},
): Promise<Measure> {
  const result = await autocannon({
    url,
    connections: options.connections ?? 20,
    duration: options.seconds ?? ROUTE_SECONDS,
    headers: options.headers,
  });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** A server in its own process: its address, what it runs on, and how to stop it. */
export interface ServerProcess {
  url: string;
  database: string;
  close(): Promise<void>;
}

/** Starts `script` (a plain JavaScript file of bench/) in a child process and waits for the JSON line with its address. */
async function startProcess(script: string, env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<{ url: string; database: string }>((resolve, reject) => {
    let output = '';
    let started = false;
    child.stdout.on('data', (chunk) => {
      // After its address, whatever the server says (warnings, errors) goes to this process's error output.
      if (started) return void process.stderr.write(chunk);
      output += String(chunk);
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        started = true;
        resolve(JSON.parse(line));
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} stopped (${code}) before serving: ${output}`)));
  });
  return {
    ...ready,
    async close() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * A fresh data folder for a benchmark's server and, on PostgreSQL (`databaseUrl`), a fresh master key
 * in it (practice content is encrypted there, src/lib/crypto/practice-vault.ts) unless
 * HYGIE_MASTER_KEY_FILE already names one: the variables to give the server, and how to remove it.
 */
export function freshDataDir(databaseUrl: string): { env: Record<string, string>; remove(): void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-bench-'));
  const env: Record<string, string> = { HYGIE_DATA_DIR: dataDir };
  if (databaseUrl && !process.env.HYGIE_MASTER_KEY_FILE) {
    env.HYGIE_MASTER_KEY_FILE = path.join(dataDir, 'master.key');
    writeMasterKeyFile(env.HYGIE_MASTER_KEY_FILE, [newMasterKey()]);
  }
  return { env, remove: () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

/** A bare Fastify route in its own process: the ceiling every Hygie route is compared with. */
export async function startBare(): Promise<{ url: string; close(): Promise<void> }> {
  const bare = await startProcess('bare-server.mjs');
  return { url: `${bare.url}/bare`, close: bare.close };
}

/**
 * Hygie in its own process as `hygie serve` runs it (the built JavaScript, dist/ rebuilt when stale),
 * on a fresh encrypted SQLite, or on `databaseUrl` (PostgreSQL), with the rate limits lifted.
 */
export async function startHygieProcess(databaseUrl = ''): Promise<ServerProcess> {
  await buildServer();
  const data = freshDataDir(databaseUrl);
  const server = await startProcess('serve-built.mjs', { ...data.env, DATABASE_URL: databaseUrl }).catch((error) => {
    data.remove();
    throw error;
  });
  return {
    ...server,
    async close() {
      await server.close();
      data.remove();
    },
  };
}

/** Who the first-run wizard created, and an API token with her rights. */
export interface SeededOwner {
  email: string;
  password: string;
  token: string;
}

const OWNER = { email: 'mesure@exemple.fr', name: 'Camille Mesure', password: 'girafe-lumière-tambour-pivoine-7' };
const PROFILE = {
  name: 'Cabinet de mesure',
  structureType: 'solo',
  professions: ['infirmier'],
  dataLocations: ['cloud'],
};

/** Creates the practice through the first-run wizard's API, then an API token for its owner, as a person would. */
export async function seedThroughApi(base: string): Promise<SeededOwner> {
  const post = async (route: string, body: object, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/api/v1${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST ${route}: ${res.status} ${await res.text()}`);
    return res;
  };
  const setup = await post('/setup', { practice: PROFILE, owner: OWNER });
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { me } = (await setup.json()) as { me: { csrfToken: string } };
  const created = await post(
    '/me/tokens',
    { name: 'mesure', expiresInDays: 1 },
    { cookie, 'x-csrf-token': me.csrfToken },
  );
  const { token } = (await created.json()) as { token: string };
  return { email: OWNER.email, password: OWNER.password, token };
}

/**
 * `count` practitioners of the seeded practice, invited by the owner (API token) and each
 * accepting the invitation with a password, as people do: each can sign in on its own.
 */
export async function seedTeam(
  base: string,
  token: string,
  count: number,
): Promise<{ email: string; password: string }[]> {
  const team: { email: string; password: string }[] = [];
  for (let i = 1; i <= count; i++) {
    const email = `soignant${i}@exemple.fr`;
    const invited = await fetch(`${base}/api/v1/users/invitations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email, role: 'practitioner' }),
    });
    if (!invited.ok) throw new Error(`POST /users/invitations: ${invited.status} ${await invited.text()}`);
    const { url } = (await invited.json()) as { url: string };
    const accepted = await fetch(`${base}/api/v1/invitations/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: url.split('#')[1], name: `Soignant ${i}`, password: OWNER.password }),
    });
    if (!accepted.ok) throw new Error(`POST /invitations/accept: ${accepted.status} ${await accepted.text()}`);
    team.push({ email, password: OWNER.password });
  }
  return team;
}

/** The machine's load average over one minute, to print beside the figures (other work shares the cores). */
export const loadAverage = () => os.loadavg()[0]?.toFixed(1) ?? '?';

/**
 * The real application (API and web pages) in this process, on loopback, with a fresh encrypted
 * SQLite (or DATABASE_URL when set): for benchmarks that seed through the services.
 */
export async function startHygie() {
  const data = freshDataDir(process.env.DATABASE_URL ?? '');
  const config = loadConfig({ ...process.env, ...data.env, HOST: '127.0.0.1', PORT: '0' });
  const handle = connect(config);
  await migrateToLatest(handle.db);
  await ensureInstanceInfo(handle.db, new Date());
  const app = await buildApp({ config, handle, logger: false, rateLimitPerMinute: 10_000_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    handle,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await handle.close();
      data.remove();
    },
  };
}

/** A practice, its owner and an API token with the owner's rights, for the authenticated routes. */
export async function seedPracticeWithToken(handle: DbHandle): Promise<string> {
  const now = new Date();
  const { owner } = await createPracticeWithOwner(
    handle.db,
    {
      profile: practiceProfileSchema.parse({
        ...PROFILE,
      }),
      owner: OWNER,
    },
    now,
  );
  const { token } = await createToken(
    handle.db,
    { userId: owner.id, practiceId: owner.practiceId, name: 'bench', expiresAt: new Date(now.getTime() + 86_400_000) },
    now,
  );
  return token;
}
