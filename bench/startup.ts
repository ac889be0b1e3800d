import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const STAMP = path.join(root, 'dist', '.built');

/** CPU time (user + system) a process has used so far, in ms, read from /proc (Linux); undefined elsewhere. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in ticks of 10 ms (USER_HZ 100)
  } catch {
    return undefined;
  }
}

export interface StartTime {
  /** Wall-clock milliseconds to healthy: what a person waits, inflated by any other load on the machine. */
  wallMs: number;
  /** CPU milliseconds the process used until then: the work the start does, little affected by other load. */
  cpuMs: number | undefined;
}

/**
 * Milliseconds from launching `npm start`'s script (`node scripts/start.mjs`) in a new process to
 * the first `200` of `GET /api/health`; the process is then stopped.
 */
async function timeToHealthy(dataDir: string): Promise<StartTime> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    env: {
      ...process.env,
      HYGIE_DATA_DIR: dataDir,
      DATABASE_URL: '',
      HOST: '127.0.0.1',
      PORT: '0',
      HYGIE_LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const read = (chunk: Buffer) => {
        output += String(chunk);
        const found = /prêt sur (http:\/\/[^\s"]+)/.exec(output)?.[1];
        if (found) resolve(found);
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => reject(new Error(`npm start stopped (${code}): ${output}`)));
    });
    for (;;) {
      const res = await fetch(`${url}/api/health`).catch(() => undefined);
      if (res?.status === 200) return { wallMs: Math.round(performance.now() - startedAt), cpuMs: cpuMs(child.pid) };
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export interface StartupBench {
  /** First start after `npm install`: the server's JavaScript built (web bundle already built), a new database created. */
  cold: StartTime;
  /** Later starts: everything built, the database there (each run; the median is the figure). */
  warm: StartTime[];
}

/**
 * Cold and warm starts of `npm start` to healthy. Cold: dist/ marked stale (so the start rebuilds
 * it) and an empty data folder. Warm: the same folder again, nothing to build.
 */
export async function benchStartup(warmRuns = 3): Promise<StartupBench> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-bench-start-'));
  try {
    if (fs.existsSync(STAMP)) fs.utimesSync(STAMP, new Date(0), new Date(0));
    const cold = await timeToHealthy(dataDir);
    const warm: StartTime[] = [];
    for (let i = 0; i < warmRuns; i++) warm.push(await timeToHealthy(dataDir));
    return { cold, warm };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** One line for the report: wall and CPU time of the cold start and of the median warm start, and the machine's load. */
export function startupLine({ cold, warm }: StartupBench): string {
  const cpu = (t: number | undefined) => (t === undefined ? '' : `, CPU ${t} ms`);
  const warmWall = median(warm.map((t) => t.wallMs));
  const warmCpu = warm.every((t) => t.cpuMs !== undefined) ? median(warm.map((t) => t.cpuMs ?? 0)) : undefined;
  return (
    `Start to healthy (\`npm start\`, web bundle already built): cold ${cold.wallMs} ms${cpu(cold.cpuMs)}; ` +
    `warm ${warmWall} ms${cpu(warmCpu)} (median of ${warm.length}; load average ${os.loadavg()[0]?.toFixed(1)})`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(startupLine(await benchStartup()));
}
