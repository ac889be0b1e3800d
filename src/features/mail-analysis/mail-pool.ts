import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { type Admission, admit, afterStart, type FairQueueLimits, nextToStart } from './fair-queue.ts';
import type { MailAnalysis, PracticeContext } from './mail-analysis.types.ts';
import { mailError } from './mail-error.ts';
import type { MailTask, MailTaskResult } from './mail-worker-task.ts';

/** The limits of the analysers (HYGIE_MAIL_* variables, see README.md and docs/mail-analysis.md). */
export interface MailPoolOptions {
  /** Analyses running at once, each on its own worker thread. */
  workers: number;
  /** Analyses waiting, all practices together; past it a new message is refused (503). */
  queue: number;
  /** An analysis running longer is stopped (its thread ended) with a French error. */
  timeoutMs: number;
  /** The heap of one worker thread; an analysis needing more is stopped with a French error. */
  workerMemoryMb: number;
  /** The worker module (tests give one that waits to be released); mail-worker.mjs by default. */
  workerFile?: string;
  /** Handed to every worker thread (tests: a shared gate). */
  workerData?: unknown;
}

/** Analyses of one practice that may wait while its own runs (a third one is refused with a 429). */
export const MAX_WAITING_PER_PRACTICE = 2;

/** A message refused because the analysers are busy: the caller may try again shortly. */
export class MailPoolBusy extends Error {
  override readonly name = 'MailPoolBusy';
  constructor(readonly reason: Exclude<Admission, 'queued'>) {
    super(
      reason === 'practice_full'
        ? 'Votre cabinet a déjà des messages en cours d’analyse : attendez leur résultat, puis réessayez.'
        : 'Hygie analyse déjà beaucoup de messages : réessayez dans une minute.',
    );
  }
}

export interface MailPool {
  /**
   * Analyses a message on a worker thread, after the waiting line of the fair queue (fair-queue.ts).
   * @throws {MailPoolBusy} when the line is full; {MailAnalysisError} when the message is refused,
   * takes too long (`too_slow`) or needs too much memory (`too_heavy`).
   */
  analyse(practiceId: string, raw: Uint8Array, practice: PracticeContext): Promise<MailAnalysis>;
  /** Stops the worker threads; analyses still waiting or running are rejected. */
  close(): Promise<void>;
}

interface Waiting {
  practiceId: string;
  start(): void;
  cancel(error: Error): void;
}

export function createMailPool(options: MailPoolOptions): MailPool {
  const limits: FairQueueLimits = {
    concurrency: options.workers,
    maxWaiting: options.queue,
    maxWaitingPerPractice: Math.min(MAX_WAITING_PER_PRACTICE, options.queue),
  };
  const piscina = new Piscina<MailTask, MailTaskResult>({
    filename: options.workerFile ?? fileURLToPath(new URL('./mail-worker.mjs', import.meta.url)),
    minThreads: 0,
    maxThreads: options.workers,
    // Threads stay five minutes after their last analysis: the next one skips loading the analyser.
    idleTimeout: 5 * 60_000,
    resourceLimits: { maxOldGenerationSizeMb: options.workerMemoryMb },
    // A clean thread: the worker module registers the TypeScript loader itself.
    execArgv: [],
    workerData: options.workerData,
  });
  const running: string[] = [];
  const waiting: Waiting[] = [];
  let recent: string[] = [];

  const state = () => ({ running, waiting: waiting.map((w) => w.practiceId), recent });
  function drain(): void {
    for (let next = nextToStart(state(), limits); next !== undefined; next = nextToStart(state(), limits)) {
      const [entry] = waiting.splice(next, 1) as [Waiting];
      running.push(entry.practiceId);
      recent = afterStart(recent, entry.practiceId, [...running, ...waiting.map((w) => w.practiceId)]);
      entry.start();
    }
  }

  async function run(raw: Uint8Array, practice: PracticeContext): Promise<MailAnalysis> {
    const signal = AbortSignal.timeout(options.timeoutMs);
    let result: MailTaskResult;
    try {
      result = await piscina.run({ raw, practice }, { signal });
    } catch (error) {
      if (signal.aborted) throw mailError('too_slow');
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw mailError('too_heavy');
      throw error;
    }
    if (!result.ok) throw mailError(result.code);
    return result.analysis;
  }

  return {
    analyse(practiceId, raw, practice) {
      const admission = admit(state(), practiceId, limits);
      if (admission !== 'queued') return Promise.reject(new MailPoolBusy(admission));
      return new Promise<MailAnalysis>((resolve, reject) => {
        waiting.push({
          practiceId,
          cancel: reject,
          start: () => {
            run(raw, practice)
              .then(resolve, reject)
              .finally(() => {
                running.splice(running.indexOf(practiceId), 1);
                drain();
              });
          },
        });
        drain();
      });
    },
    async close() {
      for (const entry of waiting.splice(0)) entry.cancel(new Error('Hygie s’arrête : analyse annulée.'));
      await piscina.destroy();
    },
  };
}
