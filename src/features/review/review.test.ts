import { describe, expect, it } from 'vitest';
import { reviewDueDay, reviewTodos, splitAnswers } from './review.ts';

const CREATED = '2025-03-10T09:00:00.000Z';

describe('the yearly review', () => {
  it.each([
    ['never reviewed: 12 months after the practice was created', null, '2026-03-10'],
    ['12 months after the last review', '2026-02-01T10:00:00.000Z', '2027-02-01'],
    ['late at night in Paris counts as the Paris day', '2026-01-31T23:30:00.000Z', '2027-02-01'],
  ])('is due %s', (_label, last, expected) => {
    expect(reviewDueDay(last, CREATED)).toBe(expected);
  });

  it.each([
    ['two months before the due day: nothing', null, '2026-01-09T10:00:00Z', null],
    ['30 days before: due soon', null, '2026-02-08T10:00:00Z', 'due_soon'],
    ['on the due day: due soon', null, '2026-03-10T10:00:00Z', 'due_soon'],
    ['the day after: overdue', null, '2026-03-11T10:00:00Z', 'overdue'],
    ['reviewed a month ago: nothing', '2026-02-10T10:00:00Z', '2026-03-11T10:00:00Z', null],
  ])('%s', (_label, last, now, state) => {
    const items = reviewTodos(last, CREATED, new Date(now));
    expect(items[0]?.state ?? null).toBe(state);
    if (items[0]) {
      expect(items[0]).toMatchObject({
        id: 'yearly-review:practice',
        kind: 'yearly-review',
        dueDay: '2026-03-10',
        audience: { roles: ['owner'], assigneeId: null },
        href: '/revue-annuelle',
      });
    }
  });

  it('splits the answers into confirmed and changed points, in the review’s order', () => {
    expect(
      splitAnswers({
        register: 'confirmed',
        software: 'changed',
        staff: 'confirmed',
        processors: 'changed',
        notice: 'confirmed',
        diagnostic: 'confirmed',
      }),
    ).toEqual({ confirmed: ['register', 'staff', 'notice', 'diagnostic'], changed: ['software', 'processors'] });
  });
});
