// Hygie's server for `npm run bench`, in its own process: the built JavaScript (dist/, as `hygie
// serve` runs it), the rate limits lifted. Its data folder (and, on PostgreSQL, its master key) come
// from the harness (freshDataDir in harness.ts), which removes them once this process has stopped.
// Prints its address as one JSON line, then serves until SIGTERM.
import { loadConfig } from '../dist/config.js';
import { startServer } from '../dist/server/start.js';

if (!process.env.HYGIE_DATA_DIR) throw new Error('serve-built.mjs is started by bench/harness.ts (HYGIE_DATA_DIR)');
const config = loadConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0', HYGIE_LOG_LEVEL: 'warn' });
const running = await startServer(config, {
  limits: { rateLimitPerMinute: 10_000_000, loginRateLimitPerMinute: 10_000_000 },
});
process.stdout.write(`${JSON.stringify({ url: running.url, database: running.handle.describe })}\n`);
const stop = () => running.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
