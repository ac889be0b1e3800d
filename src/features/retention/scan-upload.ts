import { HttpError } from '../../server/errors.ts';

/** The largest patient index the web API accepts (the CLI has no limit). */
export const SCAN_MAX_BYTES = 200 * 1024 * 1024;

/**
 * How much of an upload asking for a result file is held in memory while it is read whole; past
 * this it goes to an encrypted temporary file (scan-spool.ts). The web page sends parts of half this.
 */
export const SCAN_MEMORY_BYTES = 8 * 1024 * 1024;

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
