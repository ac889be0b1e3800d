import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parisDay } from '../../lib/dates/index.ts';
import { actorOf } from '../accounts/actor.ts';
import { type AuthContext, requireAuth } from '../accounts/auth.plugin.ts';
import { listActivities } from '../register/register.repository.ts';
import { processorsHomeCard } from './processors.home.ts';
import { listProcessors } from './processors.repository.ts';
import { processorBody, processorListResponse, processorParams, processorResponse } from './processors.schema.ts';
import { type Caller, createProcessor, getProcessor, removeProcessor, replaceProcessor } from './processors.service.ts';
import { processorsTodo } from './processors.todo.ts';
import { processorView } from './processors-view.ts';

const TAGS = ['sous-traitants'];
const callerOf = (auth: AuthContext): Caller => ({ practiceId: auth.practiceId, actor: actorOf(auth) });

/**
 * The practice's processors (sous-traitants): HDS certificate, hosting place, data-processing
 * agreement and its art. 28 clauses, with the warnings a practitioner understands. Everyone reads;
 * the owner and practitioners change them.
 */
export async function processorsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  app.todo.register(processorsTodo(db));
  app.home.register(processorsHomeCard(app.todo));
  const api = app.withTypeProvider<ZodTypeProvider>();
  const activitiesOf = (practiceId: string) => listActivities(db, practiceId, { includeArchived: true });

  api.get(
    '/processors',
    { config: { permission: 'register.read' }, schema: { tags: TAGS, response: { 200: processorListResponse } } },
    async (request) => {
      const { practiceId } = requireAuth(request);
      const today = parisDay(clock.now());
      const [processors, activities] = await Promise.all([listProcessors(db, practiceId), activitiesOf(practiceId)]);
      return { today, processors: processors.map((p) => processorView(p, activities, today)) };
    },
  );

  api.post(
    '/processors',
    {
      config: { permission: 'register.manage' },
      schema: { tags: TAGS, body: processorBody, response: { 201: processorResponse } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const created = await createProcessor(db, callerOf(auth), request.body, now);
      return reply.status(201).send(processorView(created, await activitiesOf(auth.practiceId), parisDay(now)));
    },
  );

  api.get(
    '/processors/:id',
    {
      config: { permission: 'register.read' },
      schema: { tags: TAGS, params: processorParams, response: { 200: processorResponse } },
    },
    async (request) => {
      const { practiceId } = requireAuth(request);
      const processor = await getProcessor(db, practiceId, request.params.id);
      return processorView(processor, await activitiesOf(practiceId), parisDay(clock.now()));
    },
  );

  api.put(
    '/processors/:id',
    {
      config: { permission: 'register.manage' },
      schema: { tags: TAGS, params: processorParams, body: processorBody, response: { 200: processorResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const now = clock.now();
      const saved = await replaceProcessor(db, callerOf(auth), request.params.id, request.body, now);
      return processorView(saved, await activitiesOf(auth.practiceId), parisDay(now));
    },
  );

  api.delete(
    '/processors/:id',
    { config: { permission: 'register.manage' }, schema: { tags: TAGS, params: processorParams } },
    async (request, reply) => {
      await removeProcessor(db, callerOf(requireAuth(request)), request.params.id, clock.now());
      return reply.status(204).send();
    },
  );
}
