import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream';

/**
 * An upload read whole before its answer starts, so that a client which sends its whole request
 * before reading the answer (every browser, most HTTP libraries) never waits on a server which waits
 * on it. Up to `memoryBytes` it stays in memory; past that, everything goes to a temporary file
 * encrypted with AES-256-GCM under a random key that only this object holds: the rows never reach
 * the disk in clear, and the file is unreadable once the process forgets the key (even after a crash).
 */
export interface Spool {
  /** Whether the upload passed the memory bound and went to the encrypted file. */
  readonly spilled: boolean;
  /** The upload's bytes in order, read once; the file is removed when they are exhausted or abandoned. */
  chunks(): AsyncGenerator<Uint8Array>;
  /** Removes the temporary file (idempotent): call it when `chunks()` will not be read to its end. */
  discard(): Promise<void>;
}

export interface SpoolOptions {
  memoryBytes: number;
  /** Where the temporary folder is created (mode 700, file mode 600); the system's by default. */
  dir?: string;
}

const ALGORITHM = 'aes-256-gcm';

export async function spoolUpload(body: AsyncIterable<Uint8Array>, options: SpoolOptions): Promise<Spool> {
  const held: Uint8Array[] = [];
  let size = 0;
  let file: { folder: string; path: string; handle: fs.promises.FileHandle } | undefined;
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  let removed = false;
  const discard = async () => {
    if (removed || !file) return;
    removed = true;
    await file.handle.close().catch(() => undefined);
    await fs.promises.rm(file.folder, { recursive: true, force: true });
  };
  try {
    for await (const chunk of body) {
      if (!file) {
        held.push(chunk);
        size += chunk.length;
        if (size <= options.memoryBytes) continue;
        const folder = await fs.promises.mkdtemp(path.join(options.dir ?? os.tmpdir(), 'hygie-scan-'));
        const filePath = path.join(folder, 'upload.bin');
        file = { folder, path: filePath, handle: await fs.promises.open(filePath, 'wx', 0o600) };
        for (const earlier of held.splice(0)) await file.handle.write(cipher.update(earlier));
      } else {
        await file.handle.write(cipher.update(chunk));
      }
    }
    if (file) {
      await file.handle.write(cipher.final());
      await file.handle.close();
    }
  } catch (error) {
    await discard();
    throw error;
  }
  const tag = file ? cipher.getAuthTag() : undefined;
  const spilled = file !== undefined;

  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      if (!file || !tag) {
        while (held.length > 0) yield held.shift() as Uint8Array;
        return;
      }
      const decipher = createDecipheriv(ALGORITHM, key, iv);
      decipher.setAuthTag(tag);
      // A file altered on disk fails the tag check at its end: the reading stops with an error.
      yield* pipeline(fs.createReadStream(file.path), decipher, () => undefined);
    } finally {
      await discard();
    }
  }
  return { spilled, chunks, discard };
}
