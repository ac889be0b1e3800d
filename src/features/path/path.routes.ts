import type { FastifyInstance } from 'fastify';
import { withTransaction } from '../../db/transaction.ts';
import { actorOf } from '../accounts/actor.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { loadMeasures } from '../checklist/checklist.referential.ts';
import { appendJournal, listJournal } from '../journal/journal.repository.ts';
import { gatherPathFacts } from './path.facts.ts';
import { pathResponse, planOpenedResponse } from './path.schema.ts';
import { nextStep, pathSteps } from './path.ts';

const TAGS = ['accueil'];

/**
 * « Ma mise en conformité »: the steps and their state (GET), and the record that the action plan
 * was opened (POST, called by the plan's page), which is what makes the plan's step done.
 */
export async function pathRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const deps = {
    sources: { ...loadMeasures(), observations: app.observations },
    todo: app.todo,
    local: app.deps.handle.dialect === 'sqlite',
  };

  app.get(
    '/compliance-path',
    { config: { permission: 'path.read' }, schema: { tags: TAGS, response: { 200: pathResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const steps = pathSteps(await gatherPathFacts(db, deps, auth.practiceId, app.deps.clock.now()));
      return {
        steps,
        next: nextStep(steps)?.id ?? null,
        done: steps.filter((step) => step.state === 'done').length,
        total: steps.length,
      };
    },
  );

  app.post(
    '/action-plan/opened',
    { config: { permission: 'checklist.answer' }, schema: { tags: TAGS, response: { 200: planOpenedResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now();
      // Once per change of the diagnostic: a visit after the last recorded one changes nothing.
      const recorded = await withTransaction(db, async (trx) => {
        const [[opened], [changed]] = await Promise.all([
          listJournal(trx, auth.practiceId, { action: 'action_plan.opened', limit: 1 }),
          listJournal(trx, auth.practiceId, { action: 'checklist.measure_updated', limit: 1 }),
        ]);
        if (opened && (!changed || changed.seq < opened.seq)) return false;
        await appendJournal(
          trx,
          auth.practiceId,
          { actor: actorOf(auth), action: 'action_plan.opened', summary: 'Plan d’action consulté', data: {} },
          now,
        );
        return true;
      });
      return { recorded };
    },
  );
}
