import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../accounts/actor.ts';
import { type AuthContext, requireAuth } from '../accounts/auth.plugin.ts';
import { screeningHomeCard } from './screening.home.ts';
import { decisionResponse, screeningBody, screeningResponse } from './screening.schema.ts';
import { type Caller, decisionView, recordScreening, screeningOverview } from './screening.service.ts';
import type { ScreeningKind } from './screening.ts';

const TAGS = ['DPO et analyse d’impact'];
const callerOf = (auth: AuthContext): Caller => ({
  practiceId: auth.practiceId,
  userId: auth.userId,
  actor: actorOf(auth),
});

/**
 * DPO and DPIA screening: two short questionnaires whose answers give « obligatoire »,
 * « recommandé » or « non obligatoire » with reasons and sources; each answer is recorded with who
 * and when, the previous ones kept. Everyone reads; the owner and practitioners answer.
 */
export async function screeningRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  app.home.register(screeningHomeCard(db));
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/screening',
    { config: { permission: 'register.read' }, schema: { tags: TAGS, response: { 200: screeningResponse } } },
    async (request) => screeningOverview(db, requireAuth(request).practiceId),
  );

  for (const kind of ['dpo', 'dpia'] as const satisfies readonly ScreeningKind[]) {
    api.post(
      `/screening/${kind}`,
      {
        config: { permission: 'register.manage' },
        schema: { tags: TAGS, body: screeningBody, response: { 201: decisionResponse } },
      },
      async (request, reply) => {
        const decision = await recordScreening(db, callerOf(requireAuth(request)), kind, request.body, clock.now());
        return reply.status(201).send(decisionView(decision));
      },
    );
  }
}
