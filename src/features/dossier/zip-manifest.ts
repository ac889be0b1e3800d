import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';

/** One file of an archive: its path inside the ZIP and how to produce its bytes when its turn comes. */
export interface ZipEntry {
  name: string;
  open(): Promise<Readable | Buffer | string>;
  /**
   * False for a file already compressed (PDF, image, office document): stored as it is, since
   * deflating it again costs time and saves nothing. Deflated by default.
   */
  compress?: boolean;
}

/** Name of the manifest, last file of the archive, in the `sha256sum` format (`sha256sum -c MANIFEST.sha256`). */
export const MANIFEST_NAME = 'MANIFEST.sha256';

/** Slices handed to the archive: small enough for its back-pressure to hold a large file back. */
const SLICE_BYTES = 64 * 1024;

/**
 * Bytes already in memory (an evidence file, a workbook) as a stream of slices of the same
 * memory: one big chunk would be accepted whole by the archive however slowly it is read, and
 * the next entry opened at once; slices let a slow reader hold the writer back.
 */
function sliced(bytes: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += SLICE_BYTES) yield bytes.subarray(at, at + SLICE_BYTES);
    })(),
    { objectMode: false },
  );
}

/**
 * A ZIP archive streamed as it is written: each entry is produced only when the previous one has
 * been read into the archive (a reader that does not read holds the next entry back), its SHA-256
 * computed on the way, and a manifest of every sum is added last. Only one entry is open at a
 * time, so memory does not grow with the archive: at most one entry's bytes when it comes as a
 * buffer. An entry that fails destroys the returned stream with its error.
 */
export function zipWithManifest(entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>, mtime: Date): Readable {
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const lines: string[] = [];
  const write = async () => {
    for await (const entry of entries) {
      const opened = await entry.open();
      const body =
        typeof opened === 'string' || Buffer.isBuffer(opened)
          ? sliced(Buffer.isBuffer(opened) ? opened : Buffer.from(opened))
          : opened;
      const hash = createHash('sha256');
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      body.on('error', (error) => hashing.destroy(error));
      zip.addReadStream(body.pipe(hashing), entry.name, { mtime, compress: entry.compress ?? true });
      await finished(hashing);
      lines.push(`${hash.digest('hex')}  ${entry.name}`);
    }
    zip.addBuffer(Buffer.from(`${lines.join('\n')}\n`), MANIFEST_NAME, { mtime });
    zip.end();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}
