import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { spoolUpload } from './scan-spool.ts';
import { limitBytes } from './scan-upload.ts';

const MARKER = 'Dossier de « Mme Élise Témoin »';
const line = `P-1;${MARKER};1970-01-01\n`;
const lineBytes = Buffer.byteLength(line);
const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-spool-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function* upload(count: number) {
  for (let i = 0; i < count; i++) yield Buffer.from(line);
}
async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString('utf8');
}
/** The files the spool left in `dir` (its own folder holds one). */
const filesIn = (dir: string) =>
  fs.readdirSync(dir).flatMap((folder) => fs.readdirSync(path.join(dir, folder)).map((f) => path.join(dir, folder, f)));

describe('spoolUpload', () => {
  it('keeps an upload within the bound in memory, nothing on disk', async () => {
    const dir = tempDir();
    const spool = await spoolUpload(upload(10), { memoryBytes: lineBytes * 10, dir });
    expect(spool.spilled).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(await readAll(spool.chunks())).toBe(line.repeat(10));
  });

  it('past the bound, reads the whole upload into a file where no row is readable, then gives it back in order', async () => {
    const dir = tempDir();
    const spool = await spoolUpload(upload(1000), { memoryBytes: lineBytes * 10, dir });
    expect(spool.spilled).toBe(true);
    const [file] = filesIn(dir);
    if (!file) throw new Error('no spool file');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    const stored = fs.readFileSync(file);
    expect(stored.length).toBe(lineBytes * 1000);
    expectNoMarker(stored.toString('utf8'), [MARKER]);
    expect(await readAll(spool.chunks())).toBe(line.repeat(1000));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('removes the file when the upload is abandoned without being read', async () => {
    const dir = tempDir();
    const spool = await spoolUpload(upload(100), { memoryBytes: 10, dir });
    expect(filesIn(dir)).toHaveLength(1);
    await spool.discard();
    await spool.discard();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('leaves nothing behind when the upload fails (too large, cut)', async () => {
    const dir = tempDir();
    const tooLarge = spoolUpload(limitBytes(upload(100), lineBytes * 50), { memoryBytes: lineBytes * 10, dir });
    await expect(tooLarge).rejects.toMatchObject({ statusCode: 413 });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses to give back a file altered on disk', async () => {
    const dir = tempDir();
    const spool = await spoolUpload(upload(1000), { memoryBytes: 10, dir });
    const [file] = filesIn(dir);
    if (!file) throw new Error('no spool file');
    const stored = fs.readFileSync(file);
    stored[100] = (stored[100] ?? 0) ^ 1;
    fs.writeFileSync(file, stored);
    await expect(readAll(spool.chunks())).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
