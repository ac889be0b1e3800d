// `npm start`: builds the web application if needed, then serves Hygie in this same process.
import { register } from 'tsx/esm/api';
import { buildWeb } from './build-web.mjs';

await buildWeb();
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(['serve', ...process.argv.slice(2)]);
