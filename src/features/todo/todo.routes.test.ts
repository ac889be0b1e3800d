import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { addDays, endOfParisDay, parisDay } from '../../lib/dates/index.ts';
import { breachObjectsOf } from '../breaches/breaches.test-support.ts';
import { processorObjectsOf } from '../processors/processors.test-support.ts';
import { requestObjectsOf } from '../requests/requests.test-support.ts';

interface Item {
  id: string;
  kind: string;
  state: string;
  title: string;
  due: string | null;
  dueDay: string | null;
}

describeEachDialect('the « à faire » list', (db, dialect) => {
  const t = routeFixture(db, {}, { name: 'Cabinet A' });
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let measureId: string;

  const todo = async (user: { token: string }): Promise<Item[]> => {
    const res = await app.inject({ url: '/api/v1/todo', headers: bearer(user) });
    expect(res.statusCode).toBe(200);
    expect(res.json().unavailable).toEqual([]);
    return res.json().items;
  };
  const kinds = (items: Item[]) => [...new Set(items.map((i) => i.kind))].sort();

  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db(), { name: 'B' });
    await requestObjectsOf(db(), a.practice);
    await breachObjectsOf(db(), a.practice);
    await processorObjectsOf(db(), a.practice);
    const checklist = (await app.inject({ url: '/api/v1/checklist', headers: bearer(a.owner) })).json();
    measureId = checklist.measures.find(
      (m: { applies: boolean; recurrence: unknown }) => m.applies && !m.recurrence,
    ).id;
    const put = await app.inject({
      method: 'PUT',
      url: `/api/v1/checklist/measures/${measureId}`,
      headers: bearer(a.owner),
      payload: { status: 'todo', assigneeId: a.secretary.id, dueDate: addDays(parisDay(new Date()), -1) },
    });
    expect(put.statusCode).toBe(200);
  });

  it('gives the owner every feature’s items, overdue first, with stable ids', async () => {
    const items = await todo(a.owner);
    expect(kinds(items)).toEqual(
      [
        'breach-notification',
        'diagnostic-unanswered',
        'insurer-complaint',
        'patient-request',
        'plan-measure',
        'processor',
        'recovery-kit',
        ...(dialect === 'sqlite' ? ['backup'] : []),
      ].sort(),
    );
    expect(items[0]).toMatchObject({ id: `plan-measure:${measureId}`, state: 'overdue' });
    expect(items[0]?.due).toBe(endOfParisDay(items[0]?.dueDay ?? '').toISOString());
    expect((await todo(a.owner)).map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  it('shows each role what it may see: the secretary her assigned measure and no breach', async () => {
    expect(kinds(await todo(a.secretary))).toEqual(['patient-request', 'plan-measure', 'processor']);
    expect(kinds(await todo(a.auditor))).toEqual([
      'breach-notification',
      'patient-request',
      'plan-measure',
      'processor',
    ]);
    expect(kinds(await todo(a.practitioner))).toEqual([
      'breach-notification',
      'diagnostic-unanswered',
      'insurer-complaint',
      'patient-request',
      'plan-measure',
      'processor',
    ]);
  });

  it('never shows another practice’s items', async () => {
    const theirs = await todo(b.owner);
    expect(kinds(theirs)).toEqual(
      ['diagnostic-unanswered', 'recovery-kit', ...(dialect === 'sqlite' ? ['backup'] : [])].sort(),
    );
  });

  it('is what the home cards show', async () => {
    const items = await todo(a.owner);
    const home = (await app.inject({ url: '/api/v1/home', headers: bearer(a.owner) })).json();
    const card = (id: string) => home.cards.find((c: { id: string }) => c.id === id);
    expect(card('processors').items.map((i: { label: string }) => i.label)).toEqual(
      items.filter((i) => i.kind === 'processor').map((i) => i.title),
    );
    expect(card('action-plan-due').items).toEqual([
      { label: items[0]?.title, due: items[0]?.dueDay, href: `/diagnostic#mesure-${measureId}` },
    ]);
    expect(card('breaches').items.map((i: { href: string }) => i.href)).toEqual(
      items.filter((i) => i.kind === 'breach-notification').map((i) => `/violations/${i.id.split(':')[1]}`),
    );
    expect(card('recovery-kit')).toBeDefined();
  });

  it('asks to sign in first', async () => {
    expect((await app.inject({ url: '/api/v1/todo' })).statusCode).toBe(401);
  });
});
