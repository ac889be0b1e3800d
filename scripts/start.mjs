// `npm start`: builds the web application and the server's JavaScript if needed, then serves Hygie
// in this same process from the built JavaScript (no TypeScript transform at start).
import module from 'node:module';
import { buildServer } from './build-server.mjs';

// Node 22.1 and later keep the compiled code of every module on disk: later starts skip compiling it.
module.enableCompileCache?.();

import { buildWeb } from './build-web.mjs';

await buildWeb();
await buildServer();
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(['serve', ...process.argv.slice(2)]);
