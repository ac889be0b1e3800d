import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import type { PracticeProfileInput } from '../accounts/accounts.schema.ts';
import type { FirstPassAnswer } from './first-pass.ts';

const clock = fixedClock('2026-12-07T09:00:00Z');

/** The practices of issue 14's journeys, as their wizard describes them. */
const PROFILES: [string, Partial<PracticeProfileInput>][] = [
  [
    'a nurse alone, cloud software, home care',
    { structureType: 'solo', professions: ['infirmier'], staffCount: 0, dataLocations: ['cloud'], careSetting: 'home' },
  ],
  [
    'a physiotherapist with a secretary',
    {
      structureType: 'solo',
      professions: ['masseur_kinesitherapeute'],
      staffCount: 1,
      dataLocations: ['cloud', 'paper'],
      careSetting: 'both',
    },
  ],
  [
    'a dentist with a local server',
    {
      structureType: 'solo',
      professions: ['chirurgien_dentiste'],
      staffCount: 2,
      dataLocations: ['local', 'paper'],
      careSetting: 'practice',
    },
  ],
];

type FirstPassView = {
  questions: { id: string; measures: { id: string }[] }[];
  progress: { applicable: number; unanswered: number; completedAt: string | null };
};

describeEachDialect('first pass for the journeys’ practices', (db) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp(db(), { clock });
    await app.ready();
  });
  afterAll(() => app.close());

  it.each(
    PROFILES.flatMap(([label, profile]) =>
      (['yes', 'dont_know'] as FirstPassAnswer[]).map((answer) => ({ label, profile, answer })),
    ),
  )(
    '$label: every question answered « $answer » leaves no applicable measure without an answer',
    async ({ profile, answer }) => {
      const { owner } = await createPractice(db(), profile);
      const get = async (url: string) => (await app.inject({ method: 'GET', url, headers: bearer(owner) })).json();
      const before: FirstPassView = await get('/api/v1/checklist/first-pass');
      expect(before.progress.unanswered).toBeGreaterThan(0);
      // Every unanswered applicable measure is set by one of the questions asked.
      const asked = new Set(before.questions.flatMap((q) => q.measures.map((m) => m.id)));
      expect(asked.size).toBe(before.progress.unanswered);
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/checklist/first-pass',
        headers: bearer(owner),
        payload: { answers: Object.fromEntries(before.questions.map((q) => [q.id, answer])) },
      });
      expect(res.statusCode, res.body).toBe(200);
      const checklist = await get('/api/v1/checklist');
      expect(checklist.scores.unansweredCount).toBe(0);
      expect(checklist.progress).toMatchObject({ unanswered: 0, completedAt: clock.now().toISOString() });
      // « Je ne sais pas » is an answer that the plan keeps as to do.
      const plan = await get('/api/v1/action-plan');
      expect(plan.total).toBe(answer === 'yes' ? 0 : checklist.progress.applicable - countObservedDone(checklist));
      const after: FirstPassView = await get('/api/v1/checklist/first-pass');
      expect(after.questions.map((q) => q.id)).toEqual(before.questions.map((q) => q.id));
    },
  );
});

/** Applicable measures Hygie observes as done (they stay off the plan whatever the first pass says). */
function countObservedDone(checklist: {
  measures: { applies: boolean; origin: string | null; status: string | null }[];
}) {
  return checklist.measures.filter((m) => m.applies && m.origin === 'observed' && m.status === 'done').length;
}
