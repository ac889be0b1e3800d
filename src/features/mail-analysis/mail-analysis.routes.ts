import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest, HttpError } from '../../server/errors.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { loadKnownDomains } from './known-domains.referential.ts';
import { practiceContextOf } from './mail-analysis.repository.ts';
import { mailAnalysisResponse } from './mail-analysis.schema.ts';
import { MailAnalysisError, mailError } from './mail-error.ts';
import { MAIL_MAX_BYTES } from './mail-limits.ts';
import { createMailPool, MailPoolBusy } from './mail-pool.ts';
import { mailVerdictsRoutes } from './mail-verdicts.routes.ts';

/** Room for the multipart framing around a message of `MAIL_MAX_BYTES`. */
const UPLOAD_LIMIT = MAIL_MAX_BYTES + 64 * 1024;

const tooLarge = () => new HttpError(413, 'too_large', mailError('too_large').message);

/** Busy analysers: 429 when the practice's own messages fill its share, 503 when the server is full. */
function busyError(error: MailPoolBusy): HttpError {
  return error.reason === 'practice_full'
    ? new HttpError(429, 'too_many_requests', error.message)
    : new HttpError(503, 'busy', error.message);
}

/** A MailAnalysisError becomes a 413 (too large) or a 400 naming what is wrong, in French. */
function httpError(error: MailAnalysisError): HttpError {
  return error.code === 'too_large' ? tooLarge() : badRequest(error.message, 'file');
}

/** Refuses an announced body over the limit before reading it. */
async function refuseOversize(request: FastifyRequest): Promise<void> {
  const announced = Number(request.headers['content-length'] ?? 0);
  if (announced > UPLOAD_LIMIT) throw tooLarge();
}

const BAD_FORM =
  'Le formulaire envoyé est incomplet ou mal formé : envoyez un seul fichier .eml dans le champ « file ».';

/** Multipart errors of a form that is not the one expected (too many parts, cut, malformed). */
const FORM_ERRORS = new Set(['FST_FILES_LIMIT', 'FST_FIELDS_LIMIT', 'FST_PARTS_LIMIT', 'FST_PROTO_VIOLATION']);

const MISSING_FILE = 'Joignez le fichier .eml du message dans le champ « file ».';

/**
 * The `file` field of a form, read to the end so that a second file is refused (400: which of the
 * two would be analysed?); any malformed form is a 400 in French, a too large file a 413.
 */
async function readForm(request: FastifyRequest): Promise<Buffer> {
  try {
    let content: Buffer | undefined;
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file' || content) {
        part.file.resume();
        throw badRequest(content ? BAD_FORM : MISSING_FILE, 'file');
      }
      content = await part.toBuffer();
    }
    if (!content) throw badRequest(MISSING_FILE, 'file');
    return content;
  } catch (error) {
    if (error instanceof HttpError) throw error;
    if ((error as FastifyError).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw badRequest(BAD_FORM, 'file');
  }
}

/** The message's bytes: the `file` field of a form, or the raw `message/rfc822` body. */
async function readMessage(request: FastifyRequest): Promise<Buffer> {
  if (request.isMultipart()) return readForm(request);
  const body = request.body;
  if (Buffer.isBuffer(body)) return body;
  if (body === undefined || body === null) throw httpError(mailError('empty'));
  throw badRequest(
    'Envoyez le message tel quel (type message/rfc822) ou comme fichier .eml d’un formulaire (champ « file »).',
  );
}

/**
 * The suspicious e-mail analyser: `POST /tools/mail-analysis` takes a message (multipart field
 * `file`, or a raw `message/rfc822` body, up to 25 MB) and answers the verdict, the advice and the
 * findings. The message is analysed in memory and forgotten: never stored, never logged.
 * The analysis runs on a worker thread of the pool (mail-pool.ts), so a heavy message never holds
 * up the server; the fair queue shares the threads between practices.
 * Multipart and the message/rfc822 parser exist inside this plugin only.
 */
export async function mailAnalysisRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const limits = app.deps.config.mailAnalysis;
  const pool = createMailPool({
    workers: limits.workers,
    queue: limits.queue,
    timeoutMs: limits.timeoutSeconds * 1000,
    workerMemoryMb: limits.workerMemoryMb,
    ...app.deps.mailPool,
  });
  app.addHook('onClose', () => pool.close());
  await app.register(multipart, {
    limits: { fileSize: MAIL_MAX_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 1024, headerPairs: 100 },
  });
  app.addContentTypeParser('message/rfc822', { parseAs: 'buffer', bodyLimit: MAIL_MAX_BYTES }, (_request, body, done) =>
    done(null, body),
  );
  // Too-large bodies and malformed forms get French messages; other errors go to the app's handler.
  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (FORM_ERRORS.has(error.code)) throw badRequest(BAD_FORM, 'file');
    throw error;
  });

  app.post(
    '/tools/mail-analysis',
    {
      config: { permission: 'tools.use' },
      bodyLimit: UPLOAD_LIMIT,
      onRequest: refuseOversize,
      schema: {
        tags: ['outils'],
        consumes: ['multipart/form-data', 'message/rfc822'],
        response: { 200: mailAnalysisResponse },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const raw = await readMessage(request);
      const knownDomains = loadKnownDomains();
      const practice = await practiceContextOf(db, auth.practiceId, knownDomains);
      try {
        return await pool.analyse(auth.practiceId, raw, practice);
      } catch (error) {
        if (error instanceof MailPoolBusy) {
          reply.header('retry-after', '60');
          throw busyError(error);
        }
        throw error instanceof MailAnalysisError ? httpError(error) : error;
      }
    },
  );

  await app.register(mailVerdictsRoutes);
}
