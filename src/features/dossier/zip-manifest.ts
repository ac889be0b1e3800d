import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';

/** One file of an archive: its path inside the ZIP and how to produce its bytes when its turn comes. */
export interface ZipEntry {
  name: string;
  open(): Promise<Readable | Buffer | string>;
}

/** Name of the manifest, last file of the archive, in the `sha256sum` format (`sha256sum -c MANIFEST.sha256`). */
export const MANIFEST_NAME = 'MANIFEST.sha256';

/**
 * A ZIP archive streamed as it is written: each entry is produced only when the previous one has
 * been written, its SHA-256 computed on the way, and a manifest of every sum is added last. Only
 * one entry is open at a time, so memory does not grow with the archive. An entry that fails
 * destroys the returned stream with its error.
 */
export function zipWithManifest(entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>, mtime: Date): Readable {
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const lines: string[] = [];
  const write = async () => {
    for await (const entry of entries) {
      const body = await entry.open();
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        const bytes = Buffer.from(body);
        lines.push(`${createHash('sha256').update(bytes).digest('hex')}  ${entry.name}`);
        zip.addBuffer(bytes, entry.name, { mtime });
        continue;
      }
      const hash = createHash('sha256');
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      body.on('error', (error) => hashing.destroy(error));
      zip.addReadStream(body.pipe(hashing), entry.name, { mtime });
      await finished(hashing);
      lines.push(`${hash.digest('hex')}  ${entry.name}`);
    }
    zip.addBuffer(Buffer.from(`${lines.join('\n')}\n`), MANIFEST_NAME, { mtime });
    zip.end();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}
