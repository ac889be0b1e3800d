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
  /** First starts after `npm install`: the server's JavaScript built (web bundle already built), a new database created (each run; the median is the figure). */
  cold: StartTime[];
  /** Later starts: everything built, the database there (each run; the median is the figure). */
  warm: StartTime[];
  /** The machine's load average (1 min) before and after the runs. */
  load: [number, number];
}

/**
 * Cold and warm starts of `npm start` to healthy. Cold: dist/ marked stale (so the start rebuilds
 * it, and with it the referential cache) and an empty data folder. Warm: the last folder again,
 * nothing to build.
 */
export async function benchStartup(coldRuns = 3, warmRuns = 5): Promise<StartupBench> {
  const loadBefore = os.loadavg()[0] ?? 0;
  const dirs: string[] = [];
  const newDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-bench-start-'));
    dirs.push(dir);
    return dir;
  };
  try {
    const cold: StartTime[] = [];
    let dataDir = '';
    for (let i = 0; i < coldRuns; i++) {
      if (fs.existsSync(STAMP)) fs.utimesSync(STAMP, new Date(0), new Date(0));
      dataDir = newDir();
      cold.push(await timeToHealthy(dataDir));
    }
    const warm: StartTime[] = [];
    for (let i = 0; i < warmRuns; i++) warm.push(await timeToHealthy(dataDir));
    return { cold, warm, load: [loadBefore, os.loadavg()[0] ?? 0] };
  } finally {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** The median wall time and, when every run has it, the median CPU time. */
function medianOf(runs: readonly StartTime[]): StartTime {
  const cpu = runs.every((t) => t.cpuMs !== undefined) ? median(runs.map((t) => t.cpuMs ?? 0)) : undefined;
  return { wallMs: median(runs.map((t) => t.wallMs)), cpuMs: cpu };
}

/** One line for the report: wall and CPU time of the median cold and warm starts, and the machine's load. */
export function startupLine({ cold, warm, load }: StartupBench): string {
  const show = (runs: readonly StartTime[]) => {
    const { wallMs, cpuMs } = medianOf(runs);
    return `${wallMs} ms${cpuMs === undefined ? '' : `, CPU ${cpuMs} ms`} (median of ${runs.length})`;
  };
  return (
    `Start to healthy (\`npm start\`, web bundle already built): cold ${show(cold)}; warm ${show(warm)}; ` +
    `load average ${load[0].toFixed(1)} before, ${load[1].toFixed(1)} after`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(startupLine(await benchStartup()));
}
