import type { FastifyInstance, FastifyReply } from 'fastify';
import { parisDay } from '../../lib/dates/index.ts';
import type { z } from '../../lib/zod.ts';
import { actorOf } from '../accounts/actor.ts';
import { type AuthContext, requireAuth } from '../accounts/auth.plugin.ts';
import { loadMeasures } from '../checklist/checklist.referential.ts';
import { loadRetentionRules } from '../retention/retention.referential.ts';
import { registerHomeCard } from './register.home.ts';
import { loadRegisterTemplates } from './register.referential.ts';
import {
  acceptProposalsBody,
  acceptProposalsResponse,
  activityBody,
  activityListResponse,
  activityParams,
  activityResponse,
  importQuery,
  importResponse,
  proposalsResponse,
} from './register.schema.ts';
import {
  acceptProposals,
  createActivity,
  duplicateActivity,
  getActivity,
  keepProposal,
  listProposals,
  loadRegister,
  setActivityStatus,
  updateActivity,
} from './register.service.ts';
import { registerTodo } from './register.todo.ts';
import type { Caller, RegisterReferentials } from './register-context.ts';
import { registerDocument } from './register-document.ts';
import { registerJsonSchema } from './register-json.ts';
import { registerPdf } from './register-pdf.ts';
import { documentData, exportRegisterJson, importRegister } from './register-transfer.ts';
import { registerXlsx } from './register-xlsx.ts';

const callerOf = (auth: AuthContext): Caller => ({
  practiceId: auth.practiceId,
  role: auth.role,
  actor: actorOf(auth),
});
const TAGS = ['registre des traitements'];
const READ = { permission: 'register.read' } as const;
const MANAGE = { permission: 'register.manage' } as const;

const TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
} as const;

function download(reply: FastifyReply, format: keyof typeof TYPES, now: Date, body: Buffer | string) {
  return reply
    .header('content-type', TYPES[format])
    .header('content-disposition', `attachment; filename="hygie-registre-${parisDay(now)}.${format}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/**
 * The register of processing activities (GDPR art. 30): activities with what is still missing and
 * the live status of their security measures, proposals from the practice profile, archive (the
 * `DELETE` route archives, it never deletes), duplicate, PDF/XLSX/JSON exports and JSON import.
 * Everyone reads; the owner and practitioners change it.
 */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  const refs: RegisterReferentials = {
    templates: loadRegisterTemplates(),
    measures: loadMeasures(),
    retention: loadRetentionRules(),
  };
  app.todo.register(registerTodo(db));
  app.home.register(registerHomeCard(db, app.todo));

  app.get(
    '/register/activities',
    { config: READ, schema: { tags: TAGS, response: { 200: activityListResponse } } },
    async (request) => loadRegister(db, refs, callerOf(requireAuth(request))),
  );

  app.post(
    '/register/activities',
    { config: MANAGE, schema: { tags: TAGS, body: activityBody, response: { 201: activityResponse } } },
    async (request, reply) => {
      const body = request.body as z.output<typeof activityBody>;
      const created = await createActivity(db, refs, callerOf(requireAuth(request)), body, clock.now());
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/register/activities/:id',
    { config: READ, schema: { tags: TAGS, params: activityParams, response: { 200: activityResponse } } },
    async (request) => {
      const { id } = request.params as z.infer<typeof activityParams>;
      return getActivity(db, refs, callerOf(requireAuth(request)), id);
    },
  );

  app.put(
    '/register/activities/:id',
    {
      config: MANAGE,
      schema: { tags: TAGS, params: activityParams, body: activityBody, response: { 200: activityResponse } },
    },
    async (request) => {
      const { id } = request.params as z.infer<typeof activityParams>;
      const body = request.body as z.output<typeof activityBody>;
      return updateActivity(db, refs, callerOf(requireAuth(request)), id, body, clock.now());
    },
  );

  app.delete(
    '/register/activities/:id',
    {
      config: MANAGE,
      schema: {
        tags: TAGS,
        description: 'Archive l’activité (elle reste dans le registre, marquée « archivée ») : rien n’est supprimé.',
        params: activityParams,
        response: { 200: activityResponse },
      },
    },
    async (request) => {
      const { id } = request.params as z.infer<typeof activityParams>;
      return setActivityStatus(db, refs, callerOf(requireAuth(request)), id, 'archived', clock.now());
    },
  );

  app.post(
    '/register/activities/:id/restore',
    { config: MANAGE, schema: { tags: TAGS, params: activityParams, response: { 200: activityResponse } } },
    async (request) => {
      const { id } = request.params as z.infer<typeof activityParams>;
      return setActivityStatus(db, refs, callerOf(requireAuth(request)), id, 'active', clock.now());
    },
  );

  app.post(
    '/register/activities/:id/duplicate',
    { config: MANAGE, schema: { tags: TAGS, params: activityParams, response: { 201: activityResponse } } },
    async (request, reply) => {
      const { id } = request.params as z.infer<typeof activityParams>;
      const copy = await duplicateActivity(db, refs, callerOf(requireAuth(request)), id, clock.now());
      return reply.status(201).send(copy);
    },
  );

  app.post(
    '/register/activities/:id/keep-proposal',
    { config: MANAGE, schema: { tags: TAGS, params: activityParams, response: { 200: activityResponse } } },
    async (request) => {
      const { id } = request.params as z.infer<typeof activityParams>;
      return keepProposal(db, refs, callerOf(requireAuth(request)), id, clock.now());
    },
  );

  app.get(
    '/register/proposals',
    { config: READ, schema: { tags: TAGS, response: { 200: proposalsResponse } } },
    async (request) => listProposals(db, refs, callerOf(requireAuth(request))),
  );

  app.post(
    '/register/proposals',
    {
      config: MANAGE,
      schema: { tags: TAGS, body: acceptProposalsBody, response: { 201: acceptProposalsResponse } },
    },
    async (request, reply) => {
      const body = request.body as z.output<typeof acceptProposalsBody>;
      const created = await acceptProposals(db, refs, callerOf(requireAuth(request)), body, clock.now());
      return reply.status(201).send({ created });
    },
  );

  app.get('/register/export.pdf', { config: READ, schema: { tags: TAGS } }, async (request, reply) => {
    const now = clock.now();
    const { practice, activities } = await documentData(db, refs, callerOf(requireAuth(request)), 'pdf', now);
    return download(reply, 'pdf', now, await registerPdf(registerDocument(practice, activities, now), now));
  });

  app.get('/register/export.xlsx', { config: READ, schema: { tags: TAGS } }, async (request, reply) => {
    const now = clock.now();
    const { practice, activities } = await documentData(db, refs, callerOf(requireAuth(request)), 'xlsx', now);
    return download(reply, 'xlsx', now, await registerXlsx(registerDocument(practice, activities, now), now));
  });

  app.get('/register/export.json', { config: READ, schema: { tags: TAGS } }, async (request, reply) => {
    const now = clock.now();
    const file = await exportRegisterJson(db, callerOf(requireAuth(request)), now);
    return download(reply, 'json', now, `${JSON.stringify(file, null, 2)}\n`);
  });

  app.post(
    '/register/import',
    {
      config: MANAGE,
      schema: { tags: TAGS, querystring: importQuery, body: registerJsonSchema, response: { 200: importResponse } },
    },
    async (request) => {
      const { mode } = request.query as z.output<typeof importQuery>;
      const file = request.body as z.output<typeof registerJsonSchema>;
      return importRegister(db, refs, callerOf(requireAuth(request)), file, mode, clock.now());
    },
  );
}
