import type { Readable, Writable } from 'node:stream';

/** What a CLI command may touch, injectable so that tests run commands in-process. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

/**
 * Exit code when the reader of our output went away (`hygie journal verify | head -1`): 128 + SIGPIPE,
 * what shells report for any program stopped by a closed pipe, distinct from 1 (« journal altéré »)
 * and 2 (configuration).
 */
export const CLOSED_PIPE_EXIT_CODE = 141;

let pipesGuarded = false;

/**
 * A closed pipe on standard output or error is not an error of the command: stop at once, quietly,
 * with CLOSED_PIPE_EXIT_CODE (Node ignores SIGPIPE, so without this the write fails with EPIPE and
 * prints a stack trace).
 */
export function exitQuietlyOnClosedPipe(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  if (pipesGuarded) return;
  pipesGuarded = true;
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(CLOSED_PIPE_EXIT_CODE);
      throw error;
    });
  }
}

export const processIo = (): CliIo => {
  exitQuietlyOnClosedPipe();
  return { env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
};

/** An error whose French message is shown as is, and whose exit code is returned. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function println(stream: Writable, text = ''): void {
  stream.write(`${text}\n`);
}

/** Reads all of standard input as text (for --password-stdin and --passphrase-stdin). */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
