// A worker for mail-pool tests: each analysis first waits, blocking its thread as a long analysis
// would, until the test opens the gate (workerData.gate: a SharedArrayBuffer of one Int32 set to 1),
// then runs the real analyser. Never used outside tests.
import { workerData } from 'piscina';
import analyseInWorker from './mail-worker.mjs';

const gate = new Int32Array(workerData.gate);

export default function blockedUntilReleased(task) {
  Atomics.wait(gate, 0, 0);
  return analyseInWorker(task);
}
