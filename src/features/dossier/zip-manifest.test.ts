import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../test/support/zip.ts';
import { MANIFEST_NAME, type ZipEntry, zipWithManifest } from './zip-manifest.ts';

const MTIME = new Date('2026-11-16T09:00:00Z');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Entries of 1 MiB each, as a buffer, a string or a stream, recording when each is opened. */
function entries(opened: string[]) {
  const files = new Map<string, Buffer>([
    ['pieces/001-contrat.pdf', randomBytes(1024 * 1024)],
    ['pieces/002-certificat.pdf', randomBytes(1024 * 1024)],
    ['donnees/texte.txt', Buffer.from('é'.repeat(512 * 1024))],
    ['parties/document.pdf', randomBytes(1024 * 1024)],
  ]);
  const list: ZipEntry[] = [...files].map(([name, bytes], index) => ({
    name,
    compress: index === 2,
    open: async () => {
      opened.push(name);
      if (index === 2) return bytes.toString('utf8');
      if (index === 3) return Readable.from([bytes.subarray(0, 300_000), bytes.subarray(300_000)]);
      return bytes;
    },
  }));
  return { files, list };
}

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('zipWithManifest', () => {
  it('holds every file, stored or deflated, and a manifest whose sums match them, in the sha256sum format', async () => {
    const opened: string[] = [];
    const { files, list } = entries(opened);
    const archive = await readZip(await bytesOf(zipWithManifest(list, MTIME)));
    expect([...archive.keys()]).toEqual([...files.keys(), MANIFEST_NAME]);
    for (const [name, bytes] of files) expect(archive.get(name)?.equals(bytes), name).toBe(true);
    expect(archive.get(MANIFEST_NAME)?.toString('utf8')).toBe(
      `${[...files].map(([name, bytes]) => `${sha256(bytes)}  ${name}`).join('\n')}\n`,
    );
  });

  it('opens no second entry while the reader has not read the first one, even when it came whole as a buffer', async () => {
    const opened: string[] = [];
    const { files, list } = entries(opened);
    const stream = zipWithManifest(list, MTIME);
    // Nobody reads yet: the archive may take the first megabyte's first slices, not the next file.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toEqual(['pieces/001-contrat.pdf']);
    const archive = await readZip(await bytesOf(stream));
    expect(opened).toEqual([...files.keys()]);
    expect(archive.size).toBe(files.size + 1);
  });

  it('ends the stream with the error of an entry that fails', async () => {
    const failing: ZipEntry = {
      name: 'pieces/illisible.pdf',
      open: async () => {
        throw new Error('pièce illisible');
      },
    };
    await expect(bytesOf(zipWithManifest([failing], MTIME))).rejects.toThrow('pièce illisible');
  });
});
