import { describe, expect, it } from 'vitest';
import { type Breach, emptyContent, NO_NOTIFICATIONS } from './breach.ts';
import { breachesCard } from './breaches.home.ts';
import { breachTodos } from './breaches.todo.ts';
import { notificationDeadline } from './deadline.ts';

const breach = (id: string, awareAt: string, changes: Partial<Breach> = {}): Breach => ({
  id,
  practiceId: 'p1',
  incidentId: null,
  ...emptyContent(awareAt),
  ...NO_NOTIFICATIONS,
  notificationDeadline: notificationDeadline(new Date(awareAt)).toISOString(),
  severityAnswers: null,
  severityExpert: null,
  withdrawal: null,
  decision: null,
  createdAt: awareAt,
  updatedAt: awareAt,
  ...changes,
});

describe('the home card of open breaches', () => {
  it('shows nothing when no clock runs', () => {
    const now = new Date('2026-03-28T09:00:00Z');
    expect(breachesCard(breachTodos([], now))).toBeNull();
    expect(
      breachesCard(breachTodos([breach('n', '2026-03-27T09:00:00Z', { cnilNotifiedAt: '2026-03-28T08:00:00Z' })], now)),
    ).toBeNull();
  });

  it.each([
    ['more than 24 hours left', '2026-03-28T09:00:00Z', 'warning', 'il reste 2 j 0 h 00 min'],
    ['exactly 24 hours left', '2026-03-29T09:00:00Z', 'warning', 'il reste 1 j 0 h 00 min'],
    ['less than 24 hours left', '2026-03-29T09:00:01Z', 'danger', 'il reste 23 h 59 min'],
    ['the deadline passed', '2026-03-30T12:30:00Z', 'danger', 'délai dépassé depuis 3 h 30 min'],
  ])('%s → %s', (_label, now, tone, left) => {
    const at = new Date(now);
    const card = breachesCard(breachTodos([breach('a', '2026-03-27T09:00:00Z', { origin: 'phishing' })], at));
    expect(card).toMatchObject({
      tone,
      items: [
        {
          label: `Notification CNIL avant le 30/03/2026 à 11:00 — Hameçonnage — connue le 27/03/2026 à 10:00 (${left})`,
          href: '/violations/a',
        },
      ],
      action: { label: 'Ouvrir le registre des violations', href: '/violations' },
    });
  });

  it('lists the nearest deadline first and says when one has passed', () => {
    const now = new Date('2026-03-28T09:00:00Z');
    const card = breachesCard(
      breachTodos(
        [
          breach('late', '2026-03-20T09:00:00Z'),
          breach('soon', '2026-03-27T09:00:00Z'),
          breach('first', '2026-03-10T09:00:00Z', { cnilNotifiedAt: '2026-03-11T09:00:00Z' }),
        ],
        now,
      ),
    );
    expect(card?.items?.map((i) => i.href)).toEqual(['/violations/late', '/violations/soon']);
    expect(card?.title).toBe('Violations de données : notifications à la CNIL');
    expect(card?.summary).toBe(
      '2 violations de données en cours : évaluez la gravité, décidez, puis notifiez la CNIL avant l’échéance. Le délai de 72 heures est dépassé pour l’une d’elles : notifiez sans attendre, en donnant les raisons du retard.',
    );
  });
});
