// `npm start`: builds the web application and the server's JavaScript if needed, then serves Hygie
// in this same process from the built JavaScript (no TypeScript transform at start).
import { buildServer } from './build-server.mjs';
import { buildWeb } from './build-web.mjs';

await buildWeb();
await buildServer();
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(['serve', ...process.argv.slice(2)]);
