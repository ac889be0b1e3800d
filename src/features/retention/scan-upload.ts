import { HttpError } from '../../server/errors.ts';

/** The largest patient index the web API accepts (the CLI has no limit). */
export const SCAN_MAX_BYTES = 200 * 1024 * 1024;

/** What the server reads before answering with a result file; the web page sends parts of half this. */
export const READ_AHEAD_BYTES = 8 * 1024 * 1024;

/** The 413 of an index over the limit, announced by its Content-Length or found while reading. */
export function indexTooLarge(): HttpError {
  return new HttpError(
    413,
    'too_large',
    `Fichier trop volumineux : ${SCAN_MAX_BYTES / 1024 / 1024} Mo au plus. Exportez l’index en plusieurs fichiers, ou analysez-le sur le serveur avec la commande « hygie retention scan ».`,
    'file',
  );
}

/**
 * The bytes of an upload, refused with a 413 as soon as they pass `max` (an upload without
 * Content-Length, or one that lies about it).
 */
export async function* limitBytes(
  body: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  max: number,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of body) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > max) throw indexTooLarge();
    yield bytes;
  }
}

/**
 * Before a result file is streamed back, the first `max` bytes of the upload are read: a browser
 * sends the whole request before it reads the answer, so an answer started earlier would fill the
 * connection and stall both. The web page sends the file in parts smaller than this, each read
 * whole; a larger upload (from a client that reads while it sends) streams on past the limit.
 * Memory stays bounded by `max`, whatever the size of the file.
 */
export async function readAhead(body: AsyncIterable<Uint8Array>, max: number): Promise<AsyncIterable<Uint8Array>> {
  const iterator = body[Symbol.asyncIterator]();
  const held: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < max) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    held.push(next.value);
    size += next.value.length;
  }
  return (async function* () {
    yield* held.splice(0);
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
}
