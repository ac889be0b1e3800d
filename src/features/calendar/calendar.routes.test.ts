import type { FastifyInstance } from 'fastify';
import ical from 'node-ical';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { recordBreach } from '../breaches/breaches.record.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { requestObjectsOf } from '../requests/requests.test-support.ts';

const NOW = '2026-10-24T12:00:00.000Z';

describeEachDialect('the personal calendar', (db) => {
  const t = routeFixture(db, { clock: fixedClock(NOW) }, { name: 'Cabinet A' });
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let breachId: string;

  const feedUrl = async (user: { token: string }) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/me/calendar-feed', headers: bearer(user) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().url as string;
  };
  const fetchFeed = (url: string) => app.inject({ url: new URL(url).pathname });
  const uids = (text: string) =>
    Object.values(ical.sync.parseICS(text))
      .filter((c) => c?.type === 'VEVENT')
      .map((c) => (c as ical.VEvent).uid)
      .sort();

  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db(), { name: 'B' });
    await requestObjectsOf(db(), a.practice);
    const breach = await recordBreach(
      db().db,
      {
        practiceId: a.practice.id,
        userId: a.owner.id,
        name: a.owner.name,
        role: 'owner',
        actor: { type: 'system', id: null, label: 'Tests' },
      },
      { awareAt: '2026-10-24T08:00:00.000Z' },
      new Date(NOW),
    );
    breachId = breach.id;
  });

  it('answers text/calendar at a secret address, with the breach’s deadline in Paris time across the DST change', async () => {
    const url = await feedUrl(a.owner);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/api\/v1\/calendar\/cal_[A-Za-z0-9_-]{43}$/);
    const res = await fetchFeed(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = Object.values(ical.sync.parseICS(res.body)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    const breach = events.find((e) => e.uid === `${a.practice.id}.breach-notification.${breachId}@hygie`);
    expect(breach?.start.toISOString()).toBe('2026-10-27T08:00:00.000Z');
    expect(res.body).toContain('DTSTART;TZID=Europe/Paris:20261027T090000');
    expect(events.some((e) => e.uid.startsWith(`${a.practice.id}.patient-request.`) && e.datetype === 'date')).toBe(
      true,
    );
    expect(res.body).not.toContain('1042 A. B.');
  });

  it('never shows another member’s or another practice’s items', async () => {
    const secretary = uids((await fetchFeed(await feedUrl(a.secretary))).body);
    expect(secretary.some((uid) => uid.includes('breach-notification'))).toBe(false);
    expect(secretary.some((uid) => uid.includes('patient-request'))).toBe(true);
    const theirs = uids((await fetchFeed(await feedUrl(b.owner))).body);
    expect(theirs.every((uid) => uid.startsWith(`${b.practice.id}.`))).toBe(true);
    expect(theirs.some((uid) => uid.includes(breachId))).toBe(false);
  });

  it('replaces the address on demand, revokes it, and journals both: a revoked address gives 404', async () => {
    const first = await feedUrl(a.practitioner);
    const second = await feedUrl(a.practitioner);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
    const status = await app.inject({ url: '/api/v1/me/calendar-feed', headers: bearer(a.practitioner) });
    expect(status.json()).toEqual({ active: true, createdAt: NOW });

    const revoked = await app.inject({
      method: 'DELETE',
      url: '/api/v1/me/calendar-feed',
      headers: bearer(a.practitioner),
    });
    expect(revoked.statusCode).toBe(204);
    const gone = await fetchFeed(second);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().message).toContain('révoqué');
    const again = await app.inject({
      method: 'DELETE',
      url: '/api/v1/me/calendar-feed',
      headers: bearer(a.practitioner),
    });
    expect(again.statusCode).toBe(404);

    const entries = await listJournal(db().db, a.practice.id, {});
    const mine = entries.filter((e) => e.action.startsWith('calendar_feed.') && e.actorId === a.practitioner.id);
    expect(mine.map((e) => [e.action, e.data])).toEqual([
      ['calendar_feed.revoked', {}],
      ['calendar_feed.created', { replaced: true }],
      ['calendar_feed.created', { replaced: false }],
    ]);
  });

  it('gives 404 for an address never made, of any form', async () => {
    for (const token of ['cal_inconnu', 'nimporte', `cal_${'x'.repeat(90)}`]) {
      expect((await app.inject({ url: `/api/v1/calendar/${token}` })).statusCode).toBe(404);
    }
  });

  it('downloads the same events as a .ics file, or one item’s', async () => {
    const all = await app.inject({ url: '/api/v1/me/calendar.ics', headers: bearer(a.owner) });
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-disposition']).toBe('attachment; filename="hygie-agenda-2026-10-24.ics"');
    const feed = uids((await fetchFeed(await feedUrl(a.owner))).body);
    expect(uids(all.body)).toEqual(feed);
    const itemId = `breach-notification:${breachId}`;
    const one = await app.inject({
      url: `/api/v1/me/calendar.ics?item=${encodeURIComponent(itemId)}`,
      headers: bearer(a.owner),
    });
    expect(uids(one.body)).toEqual([`${a.practice.id}.breach-notification.${breachId}@hygie`]);
    const hidden = await app.inject({
      url: `/api/v1/me/calendar.ics?item=${encodeURIComponent(itemId)}`,
      headers: bearer(a.secretary),
    });
    expect(hidden.statusCode).toBe(404);
    const bad = await app.inject({ url: '/api/v1/me/calendar.ics?format=pdf', headers: bearer(a.owner) });
    expect(bad.statusCode).toBe(400);
  });

  it('asks to sign in for the address and the download', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/v1/me/calendar-feed' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/me/calendar.ics' })).statusCode).toBe(401);
  });
});
