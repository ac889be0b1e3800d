import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const bin = path.resolve(import.meta.dirname, '../../bin/hygie');

export interface Served {
  child: ChildProcess;
  /** The exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** Resolves with the URL once the server says it is ready; rejects if the process exits first. */
  listening(): Promise<string>;
  output(): string;
}

/**
 * `hygie serve` as a real child process (port chosen by the system), with its output kept.
 * The caller ends it (`child.kill`); `track` collects the children for an afterEach.
 */
export function serve(env: NodeJS.ProcessEnv, track?: ChildProcess[]): Served {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, PORT: '0', HYGIE_LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
  });
  track?.push(child);
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = () =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const url = /prêt sur (http:\/\/[^\s"]+)/.exec(output)?.[1];
        if (url) resolve(url);
      };
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      child.on('exit', () => reject(new Error(`server did not start: ${output}`)));
      check();
    });
  return { child, exited, listening, output: () => output };
}
