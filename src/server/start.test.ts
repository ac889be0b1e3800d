import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serve as serveProcess } from '../../test/support/serve.ts';
import { sqlitePaths } from '../db/sqlite.ts';

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const serve = (dataDir: string, env: NodeJS.ProcessEnv = {}) =>
  serveProcess({ HYGIE_DATA_DIR: dataDir, ...env }, children);

// A real process (built into dist/ first when the sources are newer): slow on a loaded 2-core machine, hence the time allowed.
describe('hygie serve (a real process)', { timeout: 120_000 }, () => {
  it('serves /api/ready, then stops cleanly on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-serve-'));
    dirs.push(dir);
    const server = serve(dir);
    const url = await server.listening();
    const res = await fetch(`${url}/api/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', database: 'sqlite' });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('with a wrong HYGIE_DB_KEY exits non-zero in French and leaves the file unchanged', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-serve-'));
    dirs.push(dir);
    const first = serve(dir);
    await first.listening();
    first.child.kill('SIGTERM');
    await first.exited;
    const before = fs.readFileSync(sqlitePaths(dir).file);
    const second = serve(dir, { HYGIE_DB_KEY: 'une autre clé' });
    expect(await second.exited).toBe(2);
    expect(second.output()).toMatch(/Impossible d’ouvrir la base .* la clé est incorrecte/);
    expect(fs.readFileSync(sqlitePaths(dir).file).equals(before)).toBe(true);
    expect(fs.existsSync(`${sqlitePaths(dir).file}-wal`)).toBe(false);
  });
});

describe('startServer', () => {
  it('says in French when the port is already taken, and leaves nothing open', async () => {
    const { loadConfig } = await import('../config.ts');
    const { startServer } = await import('./start.ts');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-port-'));
    dirs.push(dir);
    const first = await startServer(loadConfig({ HYGIE_DATA_DIR: dir, PORT: '0', HYGIE_LOG_LEVEL: 'silent' }));
    const port = String(new URL(first.url).port);
    await expect(
      startServer(loadConfig({ HYGIE_DATA_DIR: path.join(dir, 'autre'), PORT: port, HYGIE_LOG_LEVEL: 'silent' })),
    ).rejects.toThrow(`Le port ${port} est déjà utilisé`);
    await first.stop();
  });

  it('refuses to start on a broken reference file, naming the file and the field', async () => {
    const { loadConfig } = await import('../config.ts');
    const { startServer } = await import('./start.ts');
    const { resetReferentialCache } = await import('../lib/referential/index.ts');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-ref-'));
    dirs.push(dir);
    const source = path.resolve(import.meta.dirname, '../../referential');
    for (const file of fs.readdirSync(source)) fs.copyFileSync(path.join(source, file), path.join(dir, file));
    const broken = fs.readFileSync(path.join(dir, 'professions.yaml'), 'utf8').replace('label: Médecin', 'label: 42');
    fs.writeFileSync(path.join(dir, 'professions.yaml'), broken);
    resetReferentialCache();
    const config = loadConfig({ HYGIE_DATA_DIR: path.join(dir, 'data'), PORT: '0' });
    await expect(startServer(config, { referentialDir: dir })).rejects.toThrow(
      /professions\.yaml, entrées\[0\]\.label/,
    );
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(false);
    resetReferentialCache();
  });
});
