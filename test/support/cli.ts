import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';

/** Runs `hygie …` in-process with the given environment and standard input; returns its output. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv, stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  const code = await main(argv, { env, stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
