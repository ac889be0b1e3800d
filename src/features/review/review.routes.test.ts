import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice, type TestUser } from '../../../test/support/factories.ts';
import { itPoppler, pdfText } from '../../../test/support/pdf.ts';
import { fixedClock } from '../../lib/clock.ts';
import { formatDateLong } from '../../lib/dates/index.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { addActivity } from '../notice/register-fixture.test-support.ts';
import { registerObservationRule } from '../register/register.observation.ts';

const ANSWERS = {
  register: 'confirmed',
  software: 'changed',
  staff: 'confirmed',
  processors: 'confirmed',
  notice: 'confirmed',
  diagnostic: 'changed',
};
const LATER = new Date();
/** The practices below were created, and the register written, two years before « now »: the review is due. */
const EARLIER = new Date(LATER.getTime() - 2 * 366 * 86_400_000);

describeEachDialect('the yearly review', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  const clock = fixedClock(LATER);
  const call = (user: TestUser, method: 'GET' | 'POST', payload?: unknown) =>
    app.inject({
      method,
      url: '/api/v1/yearly-review',
      headers: bearer(user),
      ...(payload ? { payload: payload as object } : {}),
    });
  const todoIds = async (user: TestUser) => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/todo', headers: bearer(user) });
    return res.json().items.map((item: { id: string }) => item.id);
  };
  const registerObservation = async (practiceId: string) => {
    const rule = registerObservationRule(db().db);
    return rule.observe(await rule.gather({ practiceId, now: clock.now() }), clock.now());
  };

  const t = routeFixture(db, { clock });
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
    await db()
      .db.updateTable('practices')
      .set({ created_at: EARLIER.toISOString() })
      .where('id', 'in', [a.practice.id, b.practice.id])
      .execute();
    await addActivity(db().db, a.practice.id, {}, EARLIER);
  });

  it('is due: an « à faire » item for the owner, and the register rule asks to read the register again', async () => {
    const res = await call(a.auditor, 'GET');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ last: null, due: true, canComplete: false });
    expect(res.json().points).toHaveLength(6);
    expect(await todoIds(a.owner)).toContain('yearly-review:practice');
    expect(await todoIds(a.secretary)).not.toContain('yearly-review:practice');
    expect((await registerObservation(a.practice.id))?.status).toBe('todo');
  });

  it('is recorded by the owner: journaled, no longer due, and the register counts as confirmed', async () => {
    const res = await call(a.owner, 'POST', { answers: ANSWERS });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      due: false,
      canComplete: true,
      last: {
        at: LATER.toISOString(),
        by: 'Éloïse Martin (Titulaire)',
        confirmed: ['register', 'staff', 'processors', 'notice'],
        changed: ['software', 'diagnostic'],
      },
    });
    const [entry] = await listJournal(db().db, a.practice.id, { action: 'yearly_review.completed' });
    expect([entry?.actorId, entry?.data]).toEqual([
      a.owner.id,
      { confirmed: ['register', 'staff', 'processors', 'notice'], changed: ['software', 'diagnostic'] },
    ]);
    expect(await todoIds(a.owner)).not.toContain('yearly-review:practice');
    const observation = await registerObservation(a.practice.id);
    expect(observation?.status).toBe('done');
    expect(observation?.fact).toContain('confirmé le');
  });

  itPoppler('is shown with its date in the compliance file’s summary', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/dossier.pdf', headers: bearer(a.owner) });
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload, { collapseSpaces: true });
    expect(text).toContain(`Dernière revue annuelle ${formatDateLong(LATER)}`);
  });

  describe('refusals', () => {
    it.each([
      ['a practitioner', (p: TestPractice) => p.practitioner],
      ['the auditor', (p: TestPractice) => p.auditor],
      ['the secretary', (p: TestPractice) => p.secretary],
    ])('refuses %s (403)', async (_label, who) => {
      expect((await call(who(a), 'POST', { answers: ANSWERS })).statusCode).toBe(403);
    });

    it('refuses a missing point, naming it in French (400)', async () => {
      const { staff: _staff, ...rest } = ANSWERS;
      const res = await call(a.owner, 'POST', { answers: rest });
      expect(res.statusCode).toBe(400);
      expect(res.json().field).toBe('answers.staff');
      expect(res.json().message).toMatch(/^Champ « answers\.staff » : /);
    });

    it('refuses an unknown answer (400)', async () => {
      const res = await call(a.owner, 'POST', { answers: { ...ANSWERS, notice: 'peut-être' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().field).toBe('answers.notice');
    });

    it('keeps each practice’s review its own', async () => {
      expect((await call(b.owner, 'GET')).json().last).toBeNull();
      expect(await todoIds(b.owner)).toContain('yearly-review:practice');
    });
  });
});
