import type { FastifyInstance } from 'fastify';
import { parisDay } from '../../lib/dates/index.ts';
import type { z } from '../../lib/zod.ts';
import { actorOf } from '../accounts/actor.ts';
import { type AuthContext, requireAuth } from '../accounts/auth.plugin.ts';
import { isOverdue } from './request-state.ts';
import { requestsHomeCard } from './requests.home.ts';
import { listRequests } from './requests.repository.ts';
import {
  answerRequestBody,
  createRequestBody,
  extendRequestBody,
  letterParams,
  listRequestsQuery,
  requestListResponse,
  requestParams,
  requestResponse,
  updateRequestBody,
} from './requests.schema.ts';
import {
  answerRequest,
  type Caller,
  extendRequest,
  getRequest,
  journalLetter,
  letterContext,
  registerRequest,
  updateRequest,
} from './requests.service.ts';
import { requestsTodo } from './requests.todo.ts';
import { requestLetterPdf } from './requests-letters.ts';
import { requestView } from './requests-view.ts';

const callerOf = (auth: AuthContext): Caller => ({
  practiceId: auth.practiceId,
  role: auth.role,
  actor: actorOf(auth),
});
const TAGS = ['demandes des patients'];
const FILE_NAMES = {
  acknowledgement: 'accuse-de-reception',
  extension: 'prolongation',
  answer: 'reponse',
  refusal: 'refus',
} as const;

/**
 * The patient requests register: access to the medical file and GDPR rights, their computed due
 * dates, administrative steps, extension, answer and letters. Everyone reads; the secretary records
 * requests and steps; only the owner and practitioners answer and read an answer's content.
 */
export async function requestsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  app.todo.register(requestsTodo(db));
  app.home.register(requestsHomeCard(app.todo));

  app.get(
    '/requests',
    {
      config: { permission: 'requests.read' },
      schema: { tags: TAGS, querystring: listRequestsQuery, response: { 200: requestListResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const query = request.query as z.output<typeof listRequestsQuery>;
      const today = parisDay(clock.now());
      const all = await listRequests(db, auth.practiceId, query.status ? { status: query.status } : {});
      const chosen = query.overdue === undefined ? all : all.filter((r) => isOverdue(r, today) === query.overdue);
      return { today, requests: chosen.map((r) => requestView(r, auth.role, today)) };
    },
  );

  app.post(
    '/requests',
    {
      config: { permission: 'requests.manage' },
      schema: { tags: TAGS, body: createRequestBody, response: { 201: requestResponse } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const body = request.body as z.output<typeof createRequestBody>;
      const created = await registerRequest(db, callerOf(auth), body, now);
      return reply.status(201).send(requestView(created, auth.role, parisDay(now)));
    },
  );

  app.get(
    '/requests/:id',
    {
      config: { permission: 'requests.read' },
      schema: { tags: TAGS, params: requestParams, response: { 200: requestResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { id } = request.params as z.infer<typeof requestParams>;
      return requestView(await getRequest(db, auth, id), auth.role, parisDay(clock.now()));
    },
  );

  app.patch(
    '/requests/:id',
    {
      config: { permission: 'requests.manage' },
      schema: { tags: TAGS, params: requestParams, body: updateRequestBody, response: { 200: requestResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const { id } = request.params as z.infer<typeof requestParams>;
      const body = request.body as z.output<typeof updateRequestBody>;
      return requestView(await updateRequest(db, callerOf(auth), id, body, now), auth.role, parisDay(now));
    },
  );

  app.post(
    '/requests/:id/extend',
    {
      config: { permission: 'requests.manage' },
      schema: { tags: TAGS, params: requestParams, body: extendRequestBody, response: { 200: requestResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const { id } = request.params as z.infer<typeof requestParams>;
      const { reason } = request.body as z.output<typeof extendRequestBody>;
      return requestView(await extendRequest(db, callerOf(auth), id, reason, now), auth.role, parisDay(now));
    },
  );

  app.post(
    '/requests/:id/answer',
    {
      config: { permission: 'requests.answer' },
      schema: { tags: TAGS, params: requestParams, body: answerRequestBody, response: { 200: requestResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const { id } = request.params as z.infer<typeof requestParams>;
      const body = request.body as z.output<typeof answerRequestBody>;
      return requestView(await answerRequest(db, callerOf(auth), id, body, now), auth.role, parisDay(now));
    },
  );

  app.get(
    '/requests/:id/letters/:template.pdf',
    { config: { permission: 'requests.read' }, schema: { tags: TAGS, params: letterParams } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const { id, template } = request.params as z.infer<typeof letterParams>;
      const caller = callerOf(auth);
      const context = await letterContext(db, caller, id, template);
      const pdf = await requestLetterPdf(context.template, context.request, context.practice, now);
      await journalLetter(db, caller, context.request, context.template, now);
      return reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="hygie-${FILE_NAMES[context.template]}-${context.request.receivedAt}.pdf"`,
        )
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
