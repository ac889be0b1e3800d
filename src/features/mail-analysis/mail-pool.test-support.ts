import { fileURLToPath } from 'node:url';
import type { MailPoolOptions } from './mail-pool.ts';

/**
 * Pool options whose analyses each block their worker thread, as a long analysis would, until
 * `open()` (then run the real analyser): a test sees what happens while analyses are under way
 * without timing anything.
 */
export function gatedWorker(): { options: Pick<MailPoolOptions, 'workerFile' | 'workerData'>; open(): void } {
  const buffer = new SharedArrayBuffer(4);
  const cell = new Int32Array(buffer);
  return {
    options: {
      workerFile: fileURLToPath(new URL('./mail-worker.test-support.mjs', import.meta.url)),
      workerData: { gate: buffer },
    },
    open() {
      Atomics.store(cell, 0, 1);
      Atomics.notify(cell, 0);
    },
  };
}
