import type { FastifyInstance, FastifyReply } from 'fastify';
import { addDays, parisDay } from '../../lib/dates/index.ts';
import type { z } from '../../lib/zod.ts';
import { badRequest, notFound } from '../../server/errors.ts';
import { contentHash, etagOnSend } from '../../server/etag.ts';
import { actorOf } from '../accounts/actor.ts';
import { type AuthContext, requireAuth } from '../accounts/auth.plugin.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { listUsers } from '../accounts/users.repository.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { buildActionPlan, type PlanFilters } from './action-plan.ts';
import { actionPlanPdf } from './action-plan-pdf.ts';
import { checklistHomeCards } from './checklist.home.ts';
import { loadMeasures } from './checklist.referential.ts';
import { listChanges, listSnapshots } from './checklist.repository.ts';
import {
  actionPlanQuery,
  actionPlanResponse,
  batchResponse,
  checklistAnswersResponse,
  checklistReferentialResponse,
  familyParams,
  firstPassBody,
  firstPassResponse,
  historyResponse,
  measureParams,
  measureUpdateBody,
  measureUpdateResponse,
  progressResponse,
  referentialParams,
} from './checklist.schema.ts';
import {
  type BatchChange,
  type Caller,
  type ChecklistSources,
  loadChecklist,
  observe,
  updateMeasure,
  updateMeasures,
} from './checklist.service.ts';
import { checklistTodo } from './checklist.todo.ts';
import { checklistPdf } from './checklist-pdf.ts';
import { checklistAnswers, checklistReferentialView } from './checklist-split.ts';
import type { ChecklistView } from './checklist-view.ts';
import { checklistXlsx } from './checklist-xlsx.ts';
import { familyDoneTargets } from './family-done.ts';
import { type FirstPass, loadFirstPass } from './first-pass.referential.ts';
import { asksAlone, firstPassChanges, firstPassQuestions, questionTexts, unknownQuestions } from './first-pass.ts';
import { historyEntry } from './history-view.ts';
import { SCORE_EXPLANATION } from './scoring.ts';

const callerOf = (auth: AuthContext): Caller => ({
  practiceId: auth.practiceId,
  userId: auth.userId,
  role: auth.role,
  actor: actorOf(auth),
});

const DOCUMENTS = {
  checklist_pdf: { type: 'application/pdf', name: 'diagnostic', ext: 'pdf', label: 'le diagnostic en PDF' },
  checklist_xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    name: 'diagnostic',
    ext: 'xlsx',
    label: 'le diagnostic en tableur',
  },
  action_plan_pdf: { type: 'application/pdf', name: 'plan-d-action', ext: 'pdf', label: 'le plan d’action en PDF' },
} as const;

/** The diagnostic: the checklist with its scores and history, the action plan, and their documents. */
export async function checklistRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  const measures = loadMeasures();
  // Read and cross-checked at start-up, like every referential file.
  const referential: ChecklistSources = {
    ...measures,
    observations: app.observations,
    firstPass: loadFirstPass(measures),
  };
  const firstPass = referential.firstPass as FirstPass;
  app.todo.register(checklistTodo(db, referential));
  for (const provider of checklistHomeCards(db, referential, app.todo)) app.home.register(provider);

  /** Saves a batch built from the diagnostic as it is now; returns what changed, the scores and the progress. */
  async function saveBatch(auth: AuthContext, build: (view: ChecklistView) => BatchChange[]) {
    const caller = callerOf(auth);
    const now = clock.now();
    const observed = await observe(referential, caller.practiceId, now);
    const before = await loadChecklist(db, referential, caller, now, observed);
    const changed = await updateMeasures(db, referential, caller, build(before), now, observed);
    const after = await loadChecklist(db, referential, caller, now, observed);
    return { changed, scores: after.scores, progress: after.progress };
  }

  async function sendDocument(
    reply: FastifyReply,
    auth: AuthContext,
    document: keyof typeof DOCUMENTS,
    body: Buffer,
    now: Date,
  ) {
    const spec = DOCUMENTS[document];
    await appendJournal(
      db,
      auth.practiceId,
      { actor: actorOf(auth), action: 'checklist.exported', summary: `Export : ${spec.label}`, data: { document } },
      now,
    );
    return reply
      .header('content-type', spec.type)
      .header('content-disposition', `attachment; filename="hygie-${spec.name}-${parisDay(now)}.${spec.ext}"`)
      .header('cache-control', 'no-store')
      .send(body);
  }

  function planFilters(auth: AuthContext, query: z.infer<typeof actionPlanQuery>): PlanFilters {
    const { assignee, ...rest } = query;
    return { ...rest, ...(assignee ? { assignee: assignee === 'me' ? auth.userId : assignee } : {}) };
  }

  const texts = checklistReferentialView(measures, {
    questions: questionTexts(firstPass),
    questionsAlone: questionTexts(firstPass, { alone: true }),
    explanation: SCORE_EXPLANATION,
    hash: contentHash,
  });

  app.get(
    '/checklist',
    {
      config: { permission: 'checklist.read' },
      schema: { tags: ['diagnostic'], response: { 200: checklistAnswersResponse } },
      onSend: etagOnSend,
    },
    async (request) =>
      checklistAnswers(await loadChecklist(db, referential, callerOf(requireAuth(request)), clock.now()), texts.key),
  );

  app.get(
    '/checklist/referential/:key',
    {
      config: { permission: 'checklist.read' },
      schema: {
        tags: ['diagnostic'],
        params: referentialParams,
        response: { 200: checklistReferentialResponse },
      },
      onSend: etagOnSend,
    },
    async (request, reply) => {
      const { key } = request.params as z.infer<typeof referentialParams>;
      if (key !== texts.key) {
        throw notFound('Cette version du référentiel des mesures n’est plus en service : rechargez la page.');
      }
      // Its address changes with its content: the browser keeps it for good.
      reply.header('cache-control', 'private, max-age=31536000, immutable');
      return texts;
    },
  );

  app.put(
    '/checklist/measures/:id',
    {
      config: { permission: 'checklist.answer' },
      schema: {
        tags: ['diagnostic'],
        params: measureParams,
        body: measureUpdateBody,
        response: { 200: measureUpdateResponse },
      },
    },
    async (request) => {
      const { id } = request.params as z.infer<typeof measureParams>;
      const { overridesObservation, ...body } = request.body as z.infer<typeof measureUpdateBody>;
      return updateMeasure(db, referential, callerOf(requireAuth(request)), id, body, clock.now(), {
        ...(overridesObservation === undefined ? {} : { overridesObservation }),
      });
    },
  );

  app.get(
    '/checklist/first-pass',
    {
      config: { permission: 'checklist.read' },
      schema: { tags: ['diagnostic'], response: { 200: firstPassResponse } },
    },
    async (request) => {
      const caller = callerOf(requireAuth(request));
      const view = await loadChecklist(db, referential, caller, clock.now());
      const practice = await findPractice(db, caller.practiceId);
      // A practitioner working alone, without staff, is not asked about « vous et votre équipe ».
      const alone = !!practice && asksAlone(practice);
      return {
        questions: firstPassQuestions(firstPass, view.measures, { alone }),
        observed: view.measures.filter((m) => m.applies && m.origin === 'observed').length,
        progress: view.progress,
      };
    },
  );

  app.post(
    '/checklist/first-pass',
    {
      config: { permission: 'checklist.answer_all' },
      schema: { tags: ['diagnostic'], body: firstPassBody, response: { 200: batchResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { answers } = request.body as z.infer<typeof firstPassBody>;
      const [unknown] = unknownQuestions(firstPass, answers);
      if (unknown !== undefined)
        throw badRequest(`Question inconnue : « ${unknown} ». Rechargez la page.`, `answers.${unknown}`);
      return saveBatch(auth, (view) => firstPassChanges(firstPass, view.measures, answers));
    },
  );

  app.post(
    '/checklist/families/:family/done',
    {
      config: { permission: 'checklist.answer_all' },
      schema: { tags: ['diagnostic'], params: familyParams, response: { 200: batchResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { family } = request.params as z.infer<typeof familyParams>;
      return saveBatch(auth, (view) =>
        familyDoneTargets(view.measures, family).map((m) => ({ measureId: m.id, input: { status: 'done' } })),
      );
    },
  );

  app.get(
    '/checklist/measures/:id/history',
    {
      config: { permission: 'checklist.read' },
      schema: { tags: ['diagnostic'], params: measureParams, response: { 200: historyResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { id } = request.params as z.infer<typeof measureParams>;
      if (!referential.measures.some((m) => m.id === id)) {
        throw badRequest(`Mesure inconnue : « ${id} ».`, 'id');
      }
      const [changes, users] = await Promise.all([
        listChanges(db, auth.practiceId, id),
        listUsers(db, auth.practiceId),
      ]);
      const names = new Map(users.map((u) => [u.id, u.name]));
      return { changes: changes.map((c) => historyEntry(c, names)) };
    },
  );

  app.get(
    '/checklist/progress',
    {
      config: { permission: 'checklist.read' },
      schema: { tags: ['diagnostic'], response: { 200: progressResponse } },
      onSend: etagOnSend,
    },
    async (request) => {
      const auth = requireAuth(request);
      return { snapshots: await listSnapshots(db, auth.practiceId, addDays(parisDay(clock.now()), -366)) };
    },
  );

  app.get(
    '/action-plan',
    {
      config: { permission: 'checklist.read' },
      schema: { tags: ['diagnostic'], querystring: actionPlanQuery, response: { 200: actionPlanResponse } },
      onSend: etagOnSend,
    },
    async (request) => {
      const auth = requireAuth(request);
      const checklist = await loadChecklist(db, referential, callerOf(auth), clock.now());
      return buildActionPlan(checklist, planFilters(auth, request.query as z.infer<typeof actionPlanQuery>));
    },
  );

  app.get(
    '/checklist/export.pdf',
    { config: { permission: 'checklist.read' }, schema: { tags: ['diagnostic'] } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const view = await loadChecklist(db, referential, callerOf(auth), now);
      return sendDocument(reply, auth, 'checklist_pdf', await checklistPdf(view, now), now);
    },
  );

  app.get(
    '/checklist/export.xlsx',
    { config: { permission: 'checklist.read' }, schema: { tags: ['diagnostic'] } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const view = await loadChecklist(db, referential, callerOf(auth), now);
      return sendDocument(reply, auth, 'checklist_xlsx', await checklistXlsx(view, now), now);
    },
  );

  app.get(
    '/action-plan/export.pdf',
    { config: { permission: 'checklist.read' }, schema: { tags: ['diagnostic'], querystring: actionPlanQuery } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const checklist = await loadChecklist(db, referential, callerOf(auth), now);
      const plan = buildActionPlan(checklist, planFilters(auth, request.query as z.infer<typeof actionPlanQuery>));
      return sendDocument(reply, auth, 'action_plan_pdf', await actionPlanPdf(plan, now), now);
    },
  );
}
