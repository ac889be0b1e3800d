import { describe, expect, it } from 'vitest';
import { type Breach, breachStatus, clockRuns, emptyContent, NO_NOTIFICATIONS } from './breach.ts';
import { checkDates, checkNotifications } from './breach-rules.ts';

const NOW = new Date('2026-03-27T12:00:00.000Z');
const AWARE = '2026-03-27T09:00:00.000Z';

describe('the dates of a breach: start ≤ discovery ≤ awareness, none in the future', () => {
  it.each<[string, string | null, string | null, string, string | null]>([
    ['only the awareness', null, null, AWARE, null],
    ['all three in order', '2026-03-26T22:00:00.000Z', '2026-03-27T08:00:00.000Z', AWARE, null],
    ['all three at the same instant', AWARE, AWARE, AWARE, null],
    ['awareness now', null, null, NOW.toISOString(), null],
    ['awareness one second ahead', null, null, '2026-03-27T12:00:01.000Z', 'awareAt'],
    ['discovery in the future', null, '2026-03-28T00:00:00.000Z', AWARE, 'discoveredAt'],
    ['a start in the future', '2026-04-01T00:00:00.000Z', null, AWARE, 'startedAt'],
    ['awareness before discovery', null, '2026-03-27T10:00:00.000Z', AWARE, 'awareAt'],
    ['discovery before the start', '2026-03-27T08:00:00.000Z', '2026-03-27T07:00:00.000Z', AWARE, 'discoveredAt'],
    ['awareness before the start, no discovery', '2026-03-27T10:00:00.000Z', null, AWARE, 'awareAt'],
    ['a date before 2000', null, null, '1999-12-31T23:59:59.000Z', 'awareAt'],
  ])('%s → %s', (_label, startedAt, discoveredAt, awareAt, field) => {
    expect(checkDates({ startedAt, discoveredAt, awareAt }, NOW)?.field ?? null).toBe(field);
  });

  it('names the field and shows both dates on the Paris clock', () => {
    expect(checkDates({ startedAt: null, discoveredAt: '2026-03-27T10:00:00.000Z', awareAt: AWARE }, NOW)).toEqual({
      field: 'awareAt',
      message:
        'Champ « awareAt » : la prise de connaissance (27/03/2026 à 10:00) ne peut pas précéder la découverte (27/03/2026 à 11:00).',
    });
  });
});

describe('notifications', () => {
  const at = (notifications: Partial<typeof NO_NOTIFICATIONS>, now = new Date('2026-04-02T12:00:00Z')) =>
    checkNotifications({ awareAt: AWARE, ...NO_NOTIFICATIONS, ...notifications }, now)?.field ?? null;

  it.each<[string, Partial<typeof NO_NOTIFICATIONS>, string | null]>([
    ['none yet', {}, null],
    ['in time', { cnilNotifiedAt: '2026-03-30T09:00:00.000Z' }, null],
    ['late without reasons', { cnilNotifiedAt: '2026-03-30T09:00:01.000Z' }, 'delayReasons'],
    ['late with reasons', { cnilNotifiedAt: '2026-03-31T09:00:00.000Z', delayReasons: 'Analyse longue.' }, null],
    ['before awareness', { cnilNotifiedAt: '2026-03-27T08:59:00.000Z' }, 'cnilNotifiedAt'],
    ['in the future', { cnilNotifiedAt: '2026-04-03T00:00:00.000Z' }, 'cnilNotifiedAt'],
    [
      'complementary without initial',
      { complementaryNotifiedAt: '2026-03-29T00:00:00.000Z' },
      'complementaryNotifiedAt',
    ],
    [
      'complementary before initial',
      { cnilNotifiedAt: '2026-03-29T00:00:00.000Z', complementaryNotifiedAt: '2026-03-28T00:00:00.000Z' },
      'complementaryNotifiedAt',
    ],
    ['people informed in the future', { subjectsInformedAt: '2026-05-01T00:00:00.000Z' }, 'subjectsInformedAt'],
    ['complaint before awareness (allowed)', { complaintFiledAt: '2026-03-27T08:00:00.000Z' }, null],
  ])('%s → %s', (_label, notifications, field) => {
    expect(at(notifications)).toBe(field);
  });
});

describe('where a breach stands', () => {
  const decision = (notifyAuthority: boolean) => ({
    notifyAuthority,
    informSubjects: false,
    reasons: null,
    score: 2,
    level: 'medium' as const,
    recommended: { notifyAuthority: true, informSubjects: false },
    decidedAt: AWARE,
    decidedBy: 'Tests',
  });
  const base = { ...emptyContent(AWARE), ...NO_NOTIFICATIONS, withdrawal: null } as unknown as Breach;

  it.each<[string, Pick<Breach, 'cnilNotifiedAt' | 'decision'>, string, boolean]>([
    ['no decision', { cnilNotifiedAt: null, decision: null }, 'to_assess', true],
    ['decided to notify', { cnilNotifiedAt: null, decision: decision(true) }, 'to_notify', true],
    ['decided not to notify', { cnilNotifiedAt: null, decision: decision(false) }, 'recorded', false],
    ['notified', { cnilNotifiedAt: AWARE, decision: decision(true) }, 'notified', false],
    ['notified without a decision', { cnilNotifiedAt: AWARE, decision: null }, 'notified', false],
  ])('%s → %s (clock runs: %s)', (_label, state, status, runs) => {
    expect(breachStatus({ ...base, ...state })).toBe(status);
    expect(clockRuns({ ...base, ...state })).toBe(runs);
  });
});
