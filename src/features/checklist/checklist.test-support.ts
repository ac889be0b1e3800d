import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { type ChecklistAnswersView, type ChecklistReferentialView, joinChecklist } from './checklist-split.ts';
import type { ChecklistView } from './checklist-view.ts';

/**
 * `GET /api/v1/checklist` joined with the referential texts it names, as the web application does
 * (`checklist-api.ts`): the whole diagnostic, for the tests that read it.
 */
export async function fetchChecklist(app: FastifyInstance, headers: Record<string, string>): Promise<ChecklistView> {
  const answers = await app.inject({ url: '/api/v1/checklist', headers });
  expect(answers.statusCode, answers.body).toBe(200);
  const sent = answers.json<ChecklistAnswersView>();
  const texts = await app.inject({ url: `/api/v1/checklist/referential/${sent.referentialKey}`, headers });
  expect(texts.statusCode, texts.body).toBe(200);
  return joinChecklist(texts.json<ChecklistReferentialView>(), sent);
}
