import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.ts';
import { sqlitePaths } from '../db/sqlite.ts';
import { CLOSED_PIPE_EXIT_CODE } from './io.ts';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/hygie');
const dirs: string[] = [];
function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('hygie CLI', () => {
  it('migrate creates the encrypted database, then says it is up to date', async () => {
    const env = { HYGIE_DATA_DIR: dataDir() };
    const first = await runCli(['migrate'], env);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/Migration appliquée : 2026_11_29_0001_instance_meta/);
    expect((await runCli(['migrate'], env)).stdout).toBe('Le schéma est déjà à jour.\n');
    const status = await runCli(['migrate', '--status'], env);
    expect(status.stdout).toMatch(/^\d{4}-\d{2}-\d{2}T\S+Z {2}2026_11_29_0001_instance_meta$/m);
  });

  it('doctor reports every check and exits 0 when all is well', async () => {
    const env = { HYGIE_DATA_DIR: dataDir() };
    await runCli(['migrate'], env);
    const result = await runCli(['doctor'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ Clé de la base : .*droits 600/);
    expect(result.stdout).toMatch(/✓ Intégrité de la base : ok \(SQLite [\d.]+, chiffrée\)/);
    expect(result.stdout).toMatch(/✓ Schéma : à jour/);
    expect(result.stdout).toMatch(/Tout est en ordre\./);
  });

  it.each([
    ['no database yet', (_dir: string) => {}, /✗ Base : aucune base/],
    [
      'a key file readable by others',
      (dir: string) => fs.chmodSync(sqlitePaths(dir).keyFile, 0o644),
      /✗ Clé .*chmod 600/,
    ],
  ])('doctor exits 1 and explains: %s', async (label, damage, message) => {
    const dir = dataDir();
    if (label !== 'no database yet') await runCli(['migrate'], { HYGIE_DATA_DIR: dir });
    damage(dir);
    const result = await runCli(['doctor'], { HYGIE_DATA_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
    expect(result.stderr).toMatch(/point\(s\) à corriger/);
  });

  it('a wrong key is a French message, exit code 2, and an untouched file', async () => {
    const dir = dataDir();
    await runCli(['migrate'], { HYGIE_DATA_DIR: dir });
    const before = fs.readFileSync(sqlitePaths(dir).file);
    const result = await runCli(['migrate'], { HYGIE_DATA_DIR: dir, HYGIE_DB_KEY: 'pas la bonne' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/la clé est incorrecte/);
    expect(fs.readFileSync(sqlitePaths(dir).file).equals(before)).toBe(true);
  });

  it('an invalid configuration names the variable', async () => {
    const result = await runCli(['doctor'], { HYGIE_DATA_DIR: dataDir(), PORT: 'quatre' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/la variable PORT est incorrecte/);
  });

  it('an unknown command is refused with the help hint', async () => {
    const result = await runCli(['frobnicate'], {});
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/frobnicate/);
  });

  it('bin/hygie is an executable Node script', async () => {
    expect(fs.statSync(bin).mode & 0o100).toBeTruthy();
    const { stdout } = await run(process.execPath, [bin, '--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 120_000);

  it('a closed output pipe (`hygie journal verify | head -0`) stops quietly with its own exit code', async () => {
    const env = { ...process.env, HYGIE_DATA_DIR: dataDir() };
    await runCli(['migrate'], env);
    const child = spawn(process.execPath, [bin, 'journal', 'verify'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before the command writes its first line
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(CLOSED_PIPE_EXIT_CODE);
    expect(code).not.toBe(1); // 1 means « journal altéré »
  }, 120_000); // a new process loading the CLI: slow on a busy machine
});
