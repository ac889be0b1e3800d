import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { badRequest, HttpError } from '../../server/errors.ts';
import { actorOf } from '../accounts/actor.ts';
import { type AuthContext, requireAuth } from '../accounts/auth.plugin.ts';
import { loadMeasures } from '../checklist/checklist.referential.ts';
import { evidenceBytes, listEvidence } from './evidence.repository.ts';
import {
  evidenceListQuery,
  evidenceListResponse,
  evidenceParams,
  evidenceResponse,
  evidenceUploadQuery,
} from './evidence.schema.ts';
import {
  addEvidence,
  describeEvidence,
  type EvidenceCaller,
  type EvidenceStore,
  evidenceBytesOf,
  readableEvidence,
  removeEvidence,
  tooLarge,
} from './evidence.service.ts';
import { mayManageTarget, readableTargets } from './evidence-targets.ts';

const TAGS = ['pièces justificatives'];
const MISSING_FILE = 'Joignez le fichier dans le champ « file » du formulaire.';
const BAD_FORM = 'Le formulaire envoyé est incomplet ou mal formé : envoyez un seul fichier dans le champ « file ».';
const FORM_ERRORS = new Set(['FST_FILES_LIMIT', 'FST_FIELDS_LIMIT', 'FST_PARTS_LIMIT', 'FST_PROTO_VIOLATION']);

const callerOf = (auth: AuthContext): EvidenceCaller => ({
  practiceId: auth.practiceId,
  userId: auth.userId,
  role: auth.role,
  actor: actorOf(auth),
});

/** The store of the running instance: its secret box (`app.deps.secrets`) and the configured limits. */
export function evidenceStoreOf(app: FastifyInstance): EvidenceStore {
  const { config, secrets } = app.deps;
  return {
    box: secrets.box,
    maxFileBytes: config.evidence.maxFileBytes,
    quotaBytes: config.evidence.quotaBytes,
    measures: loadMeasures(),
  };
}

/** The one file of the form and its name; a second file, or none, is a 400; a too large file a 413. */
async function readUpload(request: FastifyRequest, maxFileBytes: number): Promise<{ fileName: string; bytes: Buffer }> {
  try {
    let upload: { fileName: string; bytes: Buffer } | undefined;
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file' || upload) {
        part.file.resume();
        throw badRequest(upload ? BAD_FORM : MISSING_FILE, 'file');
      }
      upload = { fileName: part.filename, bytes: await part.toBuffer() };
    }
    if (!upload) throw badRequest(MISSING_FILE, 'file');
    return upload;
  } catch (error) {
    if (error instanceof HttpError) throw error;
    if ((error as FastifyError).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxFileBytes);
    throw badRequest(BAD_FORM, 'file');
  }
}

/**
 * Evidence documents (« pièces justificatives »): `POST /evidence?target=…&targetId=…` (multipart
 * field `file`), `GET /evidence` (the files the caller may read), `GET /evidence/:id/file` (always
 * an attachment), `DELETE /evidence/:id`. Who reads and who attaches follows the target (see
 * evidence-targets.ts); another practice's file is a 404. Multipart exists inside this plugin only.
 */
export async function evidenceRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  const store = evidenceStoreOf(app);
  const uploadLimit = store.maxFileBytes + 64 * 1024;
  await app.register(multipart, {
    limits: { fileSize: store.maxFileBytes, files: 1, fields: 4, parts: 5, fieldSize: 1024, headerPairs: 100 },
  });
  app.setErrorHandler((error: FastifyError) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.code === 'FST_REQ_FILE_TOO_LARGE') {
      throw tooLarge(store.maxFileBytes);
    }
    if (FORM_ERRORS.has(error.code)) throw badRequest(BAD_FORM, 'file');
    throw error;
  });
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/evidence',
    {
      config: { permission: 'evidence.read' },
      schema: { tags: TAGS, querystring: evidenceListQuery, response: { 200: evidenceListResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { target, targetId } = request.query;
      const files = await listEvidence(db, auth.practiceId, {
        types: readableTargets(auth.role),
        ...(target ? { target: { type: target, id: target === 'practice' ? null : (targetId ?? '') } } : {}),
      });
      return {
        files: await describeEvidence(db, store.measures, auth.practiceId, files),
        usedBytes: await evidenceBytes(db, auth.practiceId),
        quotaBytes: store.quotaBytes,
        maxFileBytes: store.maxFileBytes,
        canAddToPractice: mayManageTarget(auth.role, 'practice'),
      };
    },
  );

  api.post(
    '/evidence',
    {
      config: { permission: 'evidence.manage' },
      bodyLimit: uploadLimit,
      onRequest: async (request) => {
        if (Number(request.headers['content-length'] ?? 0) > uploadLimit) throw tooLarge(store.maxFileBytes);
      },
      schema: {
        tags: TAGS,
        consumes: ['multipart/form-data'],
        querystring: evidenceUploadQuery,
        response: { 201: evidenceResponse },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (!request.isMultipart()) throw badRequest(MISSING_FILE, 'file');
      const upload = await readUpload(request, store.maxFileBytes);
      const { target, targetId } = request.query;
      const created = await addEvidence(
        db,
        store,
        callerOf(auth),
        { target: { type: target, id: targetId ?? null }, ...upload },
        clock.now(),
      );
      const [view = { ...created, attachedTo: '' }] = await describeEvidence(db, store.measures, auth.practiceId, [
        created,
      ]);
      return reply.status(201).send(view);
    },
  );

  api.get(
    '/evidence/:id/file',
    { config: { permission: 'evidence.read' }, schema: { tags: TAGS, params: evidenceParams } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const file = await readableEvidence(db, auth, request.params.id);
      const bytes = await evidenceBytesOf(db, store, file);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(bytes);
    },
  );

  api.delete(
    '/evidence/:id',
    { config: { permission: 'evidence.manage' }, schema: { tags: TAGS, params: evidenceParams } },
    async (request, reply) => {
      await removeEvidence(db, store, callerOf(requireAuth(request)), request.params.id, clock.now());
      return reply.status(204).send();
    },
  );
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'piece';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
