// The entry of a mail-analysis worker thread (mail-pool.ts). Built into dist/ (how Hygie runs), the
// analyser beside this file is JavaScript. From the sources (the tests), a worker thread does not
// inherit the TypeScript loader of the thread that starts it: it registers tsx, then loads the
// analyser's TypeScript.
import fs from 'node:fs';

const built = new URL('./mail-worker-task.js', import.meta.url);
let task = built.href;
if (!fs.existsSync(built)) {
  const { register } = await import('tsx/esm/api');
  register();
  task = './mail-worker-task.ts';
}
const { analyseInWorker } = await import(task);

export default analyseInWorker;
