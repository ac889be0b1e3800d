// Hygie's server for `npm run bench`, in its own process: the built JavaScript (dist/, as `hygie
// serve` runs it), a fresh data folder (or DATABASE_URL), the rate limits lifted. Prints its address
// as one JSON line, then serves until SIGTERM.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../dist/config.js';
import { startServer } from '../dist/server/start.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-bench-'));
const config = loadConfig({
  ...process.env,
  HYGIE_DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  PORT: '0',
  HYGIE_LOG_LEVEL: 'warn',
});
const running = await startServer(config, {
  limits: { rateLimitPerMinute: 10_000_000, loginRateLimitPerMinute: 10_000_000 },
});
process.stdout.write(`${JSON.stringify({ url: running.url, database: running.handle.describe })}\n`);
const stop = () =>
  running.stop().finally(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
