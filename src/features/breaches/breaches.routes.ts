import type { FastifyInstance, FastifyReply } from 'fastify';
import { parisDay } from '../../lib/dates/index.ts';
import { callerOf, journalAbout } from '../../lib/lifecycle/caller.ts';
import { withdrawBody } from '../../lib/lifecycle/lifecycle.ts';
import type { z } from '../../lib/zod.ts';
import { badRequest } from '../../server/errors.ts';
import { type AuthContext, requireAuth } from '../accounts/auth.plugin.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { arsReportExpected } from '../incidents/ars-report.ts';
import { loadIncidentReferential } from '../incidents/incidents.referential.ts';
import { breachDocument, documentContext } from './breach-documents.ts';
import { BREACH_DOCUMENTS, type BreachDocument, DOCUMENT_LABELS } from './breach-labels.ts';
import { breachSubject, getBreach } from './breaches.access.ts';
import { breachesHomeCard } from './breaches.home.ts';
import { qualifyIncident, recordBreach } from './breaches.record.ts';
import { listBreaches } from './breaches.repository.ts';
import {
  breachListResponse,
  breachParams,
  breachResponse,
  createBreachBody,
  documentParams,
  qualifyIncidentBody,
  severityBody,
  severityResponse,
  updateBreachBody,
} from './breaches.schema.ts';
import { breachesTodo } from './breaches.todo.ts';
import { updateBreach } from './breaches.update.ts';
import { withdrawBreach } from './breaches.withdraw.ts';
import { type BreachViewContext, breachView } from './breaches-view.ts';
import { documentPdf, documentText } from './document-model.ts';
import { assessSeverity } from './severity.ts';

const TAGS = ['violations de données'];
const FORMATS = {
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
} as const;

/**
 * The breach register (GDPR art. 33(5)): recording (a draft holding only the awareness starts the
 * 72-hour clock), completion, ENISA severity, the decision, notifications, documents, and the
 * qualification of an incident as a breach. The secretary reaches none of it (403).
 */
export async function breachesRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  const referential = loadIncidentReferential();
  app.todo.register(breachesTodo(db));
  app.home.register(breachesHomeCard(app.todo));
  const contextOf = async (practiceId: string): Promise<BreachViewContext> => {
    const practice = await findPractice(db, practiceId);
    return { arsReportExpected: practice !== null && arsReportExpected(practice.structureType), practice };
  };

  app.get(
    '/breaches',
    { config: { permission: 'breaches.read' }, schema: { tags: TAGS, response: { 200: breachListResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const context = await contextOf(auth.practiceId);
      return { breaches: (await listBreaches(db, auth.practiceId)).map((b) => breachView(b, now, context)) };
    },
  );

  app.post(
    '/breaches',
    {
      config: { permission: 'breaches.manage' },
      schema: { tags: TAGS, body: createBreachBody, response: { 201: breachResponse } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const body = request.body as z.output<typeof createBreachBody>;
      const breach = await recordBreach(db, callerOf(auth), body, now);
      return reply.status(201).send(breachView(breach, now, await contextOf(auth.practiceId)));
    },
  );

  app.post(
    '/breaches/severity',
    {
      config: { permission: 'breaches.read' },
      schema: { tags: TAGS, body: severityBody, response: { 200: severityResponse } },
    },
    async (request) => assessSeverity(request.body as z.output<typeof severityBody>),
  );

  app.get(
    '/breaches/:id',
    {
      config: { permission: 'breaches.read' },
      schema: { tags: TAGS, params: breachParams, response: { 200: breachResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { id } = request.params as z.infer<typeof breachParams>;
      return breachView(await getBreach(db, auth.practiceId, id), clock.now(), await contextOf(auth.practiceId));
    },
  );

  app.put(
    '/breaches/:id',
    {
      config: { permission: 'breaches.manage' },
      schema: { tags: TAGS, params: breachParams, body: updateBreachBody, response: { 200: breachResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const { id } = request.params as z.infer<typeof breachParams>;
      const body = request.body as z.output<typeof updateBreachBody>;
      const context = await contextOf(auth.practiceId);
      return breachView(await updateBreach(db, callerOf(auth), id, body, now, context.practice), now, context);
    },
  );

  app.post(
    '/breaches/:id/withdraw',
    {
      config: { permission: 'breaches.manage' },
      schema: { tags: TAGS, params: breachParams, body: withdrawBody, response: { 200: breachResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const { id } = request.params as z.infer<typeof breachParams>;
      const body = request.body as z.output<typeof withdrawBody>;
      const breach = await withdrawBreach(db, callerOf(auth), id, body, now);
      return breachView(breach, now, await contextOf(auth.practiceId));
    },
  );

  app.post(
    '/incidents/:id/breach',
    {
      config: { permission: 'breaches.manage' },
      schema: {
        tags: TAGS,
        params: breachParams,
        body: qualifyIncidentBody.nullish(),
        response: { 201: breachResponse },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const { id } = request.params as z.infer<typeof breachParams>;
      const body = (request.body ?? {}) as z.output<typeof qualifyIncidentBody>;
      const breach = await qualifyIncident(db, callerOf(auth), id, body, now);
      return reply.status(201).send(breachView(breach, now, await contextOf(auth.practiceId)));
    },
  );

  async function sendDocument(
    reply: FastifyReply,
    auth: AuthContext,
    params: z.infer<typeof documentParams>,
    format: keyof typeof FORMATS,
  ) {
    const now = clock.now();
    const breach = await getBreach(db, auth.practiceId, params.id);
    const doc = params.doc as BreachDocument;
    if (!BREACH_DOCUMENTS.includes(doc)) {
      throw badRequest(
        `Document inconnu « ${params.doc} » : ${BREACH_DOCUMENTS.map((d) => `${d} (${DOCUMENT_LABELS[d].toLocaleLowerCase('fr-FR')})`).join(', ')}.`,
        'doc',
      );
    }
    const context = await documentContext(db, breach, referential, now);
    const model = breachDocument(doc, context);
    const body = format === 'pdf' ? await documentPdf(model, context.practice.name, now) : documentText(model);
    const journal = journalAbout(db, callerOf(auth), breachSubject(breach.id), now);
    await journal({
      action: 'breach.document_generated',
      summary: `Document généré : ${DOCUMENT_LABELS[doc].toLocaleLowerCase('fr-FR')} (${format.toUpperCase()}).`,
      data: { document: doc, format },
    });
    return reply
      .header('content-type', FORMATS[format])
      .header('content-disposition', `attachment; filename="hygie-violation-${doc}-${parisDay(now)}.${format}"`)
      .header('cache-control', 'no-store')
      .send(body);
  }

  app.get(
    '/breaches/:id/documents/:doc.pdf',
    { config: { permission: 'breaches.read' }, schema: { tags: TAGS, params: documentParams } },
    async (request, reply) =>
      sendDocument(reply, requireAuth(request), request.params as z.infer<typeof documentParams>, 'pdf'),
  );

  app.get(
    '/breaches/:id/documents/:doc.txt',
    { config: { permission: 'breaches.read' }, schema: { tags: TAGS, params: documentParams } },
    async (request, reply) =>
      sendDocument(reply, requireAuth(request), request.params as z.infer<typeof documentParams>, 'txt'),
  );
}
