// Hygie's server for `npm run bench`, in its own process: the built JavaScript (dist/, as `hygie
// serve` runs it), a fresh data folder (or DATABASE_URL), the rate limits lifted. Prints its address
// as one JSON line, then serves until SIGTERM.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../dist/config.js';
import { newMasterKey, writeMasterKeyFile } from '../dist/lib/crypto/master-key.js';
import { startServer } from '../dist/server/start.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-bench-'));
// On PostgreSQL, practice content is encrypted with keys wrapped by a master key: a fresh one.
const masterKeyFile = path.join(dataDir, 'master.key');
if (process.env.DATABASE_URL && !process.env.HYGIE_MASTER_KEY_FILE) writeMasterKeyFile(masterKeyFile, [newMasterKey()]);
const config = loadConfig({
  HYGIE_MASTER_KEY_FILE: process.env.DATABASE_URL ? masterKeyFile : undefined,
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
