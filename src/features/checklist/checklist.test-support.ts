import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { AnswerRecord } from './checklist-build.ts';
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

/** A stored answer for `buildChecklist`: done on 20 November, changed an hour later, by Dr Claire Dupré. */
export const answerRecord = (measureId: string, over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  measureId,
  status: 'done',
  comment: null,
  assigneeId: null,
  dueDate: null,
  priority: null,
  evidence: null,
  lastDoneDay: null,
  measureTitle: measureId,
  answeredAt: '2026-11-20T09:00:00.000Z',
  firstPassQuestion: null,
  overridesObservation: false,
  archivedAt: null,
  updatedAt: '2026-11-20T10:00:00.000Z',
  updatedBy: 'Dr Claire Dupré',
  ...over,
});
