import type { FastifyInstance } from 'fastify';
import { badRequest } from './errors.ts';

const NUL = '\u0000';

/** Parsed JSON, query and address objects (Fastify gives the latter a bare prototype), not bytes or streams. */
const isPlain = (value: object) =>
  !ArrayBuffer.isView(value) && typeof (value as { pipe?: unknown }).pipe !== 'function';

/**
 * The path of the first text holding the NUL character (U+0000) in a parsed body, query or set of
 * address parameters (`description`, `evidence.2`, the key itself when a key holds it), or null.
 * PostgreSQL cannot store that character in text; no one types it, so it is refused everywhere.
 * Iterative: a body of thousands of nested arrays must not exhaust the stack.
 */
export function findNul(root: unknown): string | null {
  const pending: [unknown, string][] = [[root, '']];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return path;
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1)
        pending.push([value[index], join(path, String(index))]);
    } else if (typeof value === 'object' && value !== null && isPlain(value)) {
      const entries = Object.entries(value);
      for (const [key] of entries) if (key.includes(NUL)) return join(path, key).replaceAll(NUL, '');
      for (const [key, item] of entries.reverse()) pending.push([item, join(path, key)]);
    }
  }
  return null;
}

const where = { body: '', query: ' dans les paramètres de l’adresse', params: ' dans l’adresse' } as const;

/**
 * Refuses (French 400 naming the field) a request whose body, query or address holds U+0000,
 * before validation: on PostgreSQL it would otherwise fail inside the database as a 500.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const part of ['params', 'query', 'body'] as const) {
      const found = findNul(request[part]);
      if (found === null) continue;
      const field = found || undefined;
      throw badRequest(
        field
          ? `Champ « ${field} »${where[part]} : le caractère nul (U+0000) n’est pas accepté.`
          : `Requête invalide${where[part]} : le caractère nul (U+0000) n’est pas accepté.`,
        field,
      );
    }
  });
}
