// The entry of a mail-analysis worker thread (mail-pool.ts). A worker thread does not inherit the
// TypeScript loader of the thread that starts it: it registers the same one the server runs with
// (tsx, as bin/hygie and scripts/start.mjs do), then loads the analyser's TypeScript.
import { register } from 'tsx/esm/api';

register();
const { analyseInWorker } = await import('./mail-worker-task.ts');

export default analyseInWorker;
