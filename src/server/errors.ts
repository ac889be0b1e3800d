import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** An error a route throws on purpose: its status, stable code and French message reach the client. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) => new HttpError(400, 'invalid_input', message, field);
export const unauthorized = (message = 'Vous devez vous connecter pour continuer.') =>
  new HttpError(401, 'unauthenticated', message);
export const forbidden = (message = 'Votre rôle ne permet pas cette action.') =>
  new HttpError(403, 'forbidden', message);
/** Also the answer for another practice's objects: their existence is not disclosed. */
export const notFound = (message = 'Élément introuvable.') => new HttpError(404, 'not_found', message);
export const conflict = (message: string, field?: string) => new HttpError(409, 'conflict', message, field);

export interface ErrorBody {
  code: string;
  /** French, naming the field at fault for API and CLI users. */
  message: string;
  field?: string;
  /** The same problem as a plain sentence without the field's technical name, for forms. */
  detail?: string;
  /** The request's id (also in the x-request-id header and the logs), on unexpected errors. */
  requestId?: string;
}

const where: Record<string, string> = {
  body: '',
  querystring: ' dans les paramètres de l’adresse',
  params: ' dans l’adresse',
  headers: ' dans les en-têtes',
};

const sentence = (text: string) => {
  const trimmed = text.trim().replace(/\.$/, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
};

function validationBody(
  error: FastifyError & {
    validation: { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }[];
  },
): ErrorBody {
  const first = error.validation[0];
  const context = where[(error as { validationContext?: string }).validationContext ?? 'body'] ?? '';
  if (!first) return { code: 'invalid_input', message: 'Requête invalide.' };
  const keys = first.keyword === 'unrecognized_keys' ? (first.params.keys as string[] | undefined) : undefined;
  const path = first.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const field = keys?.[0] ? (path ? `${path}.${keys[0]}` : keys[0]) : path || undefined;
  const problem = first.message ?? 'valeur invalide';
  const message = keys?.length
    ? `Champ non autorisé « ${keys.join(' », « ')} »${context}.`
    : field
      ? `Champ « ${field} »${context} : ${problem.trim().replace(/\.?$/, '.')}`
      : `${context ? `Requête invalide${context}` : 'Le corps de la requête est invalide'} : ${problem.trim().replace(/\.?$/, '.')}`;
  const detail = keys?.length ? 'Ce champ n’est pas attendu ici.' : sentence(problem);
  return { code: 'invalid_input', message, ...(field ? { field } : {}), detail };
}

const frameworkErrors: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json', 'Le corps de la requête n’est pas un JSON valide.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', 'Le corps de la requête est vide alors qu’un JSON est attendu.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too_large', 'La requête est trop volumineuse.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'Ce type de contenu n’est pas accepté ici.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_input', 'La longueur annoncée de la requête est incorrecte.'],
  FST_ERR_CTP_INVALID_TYPE: [400, 'invalid_input', 'Le type de contenu de la requête est incorrect.'],
  FST_ERR_BAD_URL: [400, 'invalid_input', 'L’adresse demandée est incorrecte.'],
};

/**
 * Errors Fastify's router answers before any route or error handler runs (an address with a broken
 * percent-encoding such as `/users/%ZZ`): the same French JSON as every other error.
 */
export function frameworkErrorReply(error: FastifyError, _request: unknown, reply: FastifyReply): void {
  const [status, code, message] = (error.code ? frameworkErrors[error.code] : undefined) ?? [
    400,
    'invalid_request',
    'Requête incorrecte.',
  ];
  void reply.status(status).send({ code, message } satisfies ErrorBody);
}

// Connection lost or refused, server shutting down or starting (SQLSTATE classes 08 and 57P).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

// Disk full: SQLite's SQLITE_FULL, the system's ENOSPC / EDQUOT (quota), PostgreSQL's disk_full (53100).
const STORAGE_FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', '53100']);

/** Whether the error says the disk (or the quota) is full: nothing was written, earlier data is intact. */
export function isStorageFull(error: { code?: unknown }): boolean {
  return typeof error.code === 'string' && STORAGE_FULL_CODES.has(error.code);
}

/** Whether the error says the database cannot be reached (not that a query was wrong). */
export function isDatabaseUnavailable(error: { code?: unknown; message?: unknown }): boolean {
  return (
    (typeof error.code === 'string' && UNAVAILABLE_CODES.has(error.code)) ||
    (typeof error.message === 'string' && /^Connection terminated/.test(error.message))
  );
}

const STOPPING_BODY = {
  code: 'stopping',
  message: 'Hygie redémarre : réessayez dans quelques secondes.',
} as const;

/** Kysely's error for a query sent after the database was closed (only past the bounded drain of a stop). */
const isClosedDatabase = (error: { message?: unknown }) =>
  typeof error.message === 'string' && error.message === 'driver has already been destroyed';

/**
 * While the server stops (`app.close()`, see start.ts): the requests still arriving on open
 * connections get a French 503 at once (and the connection closes), before any database work;
 * those already under way finish normally.
 */
export function registerStopping(app: FastifyInstance): void {
  let stopping = false;
  app.addHook('preClose', async () => {
    stopping = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!stopping) return;
    return reply
      .status(503)
      .header('connection', 'close')
      .header('retry-after', '5')
      .send({ ...STOPPING_BODY, requestId: request.id } satisfies ErrorBody);
  });
}

/** Maps every error to a JSON body with a French message; unexpected errors are logged, never shown. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply: FastifyReply) => {
    if (error instanceof HttpError) {
      return reply.status(error.statusCode).send({
        code: error.code,
        message: error.message,
        ...(error.field ? { field: error.field } : {}),
      } satisfies ErrorBody);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.status(400).send(validationBody(error as never));
    }
    const known = error.code ? frameworkErrors[error.code] : undefined;
    if (known) return reply.status(known[0]).send({ code: known[1], message: known[2] } satisfies ErrorBody);
    if (error.statusCode === 429) {
      return reply.status(429).send({
        code: 'too_many_requests',
        message: 'Trop de tentatives : patientez un peu avant de réessayer.',
      } satisfies ErrorBody);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .status(error.statusCode)
        .send({ code: 'invalid_request', message: 'Requête incorrecte.' } satisfies ErrorBody);
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', '5')
        .send({
          code: 'database_unavailable',
          message: 'La base de données ne répond pas pour le moment : réessayez dans quelques secondes.',
          requestId: request.id,
        } satisfies ErrorBody);
    }
    if (isClosedDatabase(error)) {
      request.log.warn('request reached the database after the server stopped');
      return reply
        .status(503)
        .header('retry-after', '5')
        .send({ ...STOPPING_BODY, requestId: request.id } satisfies ErrorBody);
    }
    if (isStorageFull(error)) {
      request.log.error({ err: error }, 'storage full');
      return reply.status(507).send({
        code: 'storage_full',
        message:
          'Le disque du serveur est plein : cet enregistrement n’a pas été fait, les données déjà enregistrées sont intactes. ' +
          'Libérez de la place sur le disque (ou prévenez la personne qui s’occupe du serveur), puis réessayez.',
        requestId: request.id,
      } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({
      code: 'internal_error',
      message: `Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez votre support en donnant ce numéro : ${request.id}.`,
      requestId: request.id,
    } satisfies ErrorBody);
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ code: 'not_found', message: `Adresse inconnue : ${request.method} ${request.url.split('?')[0]}` }),
  );
}
