import { describe, expect, it } from 'vitest';
import type { TodoItem } from '../../lib/todo/registry.ts';
import { alertTrigger, DEFAULT_PREFS, digestPeriod, planSends, type Recipient, retryDelayMs } from './reminders.ts';

const item = (
  kind: TodoItem['kind'],
  state: TodoItem['state'],
  roles: TodoItem['audience']['roles'] = ['owner'],
): TodoItem => ({
  id: `${kind}:x`,
  kind,
  title: 't',
  detail: null,
  due: null,
  dueDay: null,
  state,
  severity: 'info',
  audience: { roles, assigneeId: null },
  href: '/',
});

describe('when a digest is due (Paris time, from 07:00)', () => {
  it.each([
    ['weekly, Monday 06:59 Paris (winter)', 'weekly', '2026-12-07T05:59:00Z', null],
    ['weekly, Monday 07:00 Paris', 'weekly', '2026-12-07T06:00:00Z', '2026-12-07'],
    ['weekly, Wednesday (a late instance still sends it)', 'weekly', '2026-12-09T03:00:00Z', '2026-12-07'],
    ['weekly, Sunday 23:30 Paris is still that week', 'weekly', '2026-12-13T22:30:00Z', '2026-12-07'],
    ['daily, 06:30 Paris in summer (04:30 UTC)', 'daily', '2026-07-01T04:30:00Z', null],
    ['daily, 07:00 Paris in summer (05:00 UTC)', 'daily', '2026-07-01T05:00:00Z', '2026-07-01'],
    ['none', 'none', '2026-12-07T12:00:00Z', null],
  ] as const)('%s', (_label, frequency, now, expected) => {
    expect(digestPeriod(frequency, new Date(now))).toBe(expected);
  });
});

describe('which items alert', () => {
  it.each([
    ['breach-notification', 'open', 'breach-aware'],
    ['breach-notification', 'due_soon', 'breach-24h'],
    ['breach-notification', 'overdue', 'breach-overdue'],
    ['patient-request', 'open', null],
    ['patient-request', 'due_soon', 'request-soon'],
    ['patient-request', 'overdue', 'request-overdue'],
    ['recurring-measure', 'overdue', null],
    ['processor', 'due_soon', null],
  ] as const)('%s %s → %s', (kind, state, expected) => {
    expect(alertTrigger(item(kind, state))).toBe(expected);
  });
});

describe('planning the sends', () => {
  const now = new Date('2026-12-07T08:00:00Z');
  const owner: Recipient = { id: 'o', role: 'owner', prefs: DEFAULT_PREFS };
  const secretary: Recipient = { id: 's', role: 'secretary', prefs: DEFAULT_PREFS };

  it('keys each send so that planning twice gives the same sends', () => {
    const items = [item('breach-notification', 'open', ['owner', 'practitioner'])];
    const plans = planSends(items, [owner, secretary], now);
    expect(plans.map((p) => p.key)).toEqual([
      'digest:o:weekly:2026-12-07',
      'alert:o:breach-notification:x:breach-aware',
      'digest:s:weekly:2026-12-07',
    ]);
    expect(planSends(items, [owner, secretary], now)).toEqual(plans);
  });

  it('gives the owner without digest her monthly anchor unless she turned it off; no alert when alerts are off', () => {
    const items = [item('breach-notification', 'due_soon')];
    const quiet = { ...owner, prefs: { digest: 'none', alerts: false, anchor: true } } as Recipient;
    expect(planSends(items, [quiet], now).map((p) => p.key)).toEqual(['anchor:o:2026-12']);
    const silent = { ...owner, prefs: { digest: 'none', alerts: false, anchor: false } } as Recipient;
    expect(planSends(items, [silent], now)).toEqual([]);
    const member = { ...secretary, prefs: { digest: 'none', alerts: true, anchor: true } } as Recipient;
    expect(planSends([], [member], now)).toEqual([]);
  });

  it('waits longer after each failure', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n) / 60_000)).toEqual([5, 15, 45, 135]);
  });
});
