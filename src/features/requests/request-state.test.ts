import { describe, expect, it } from 'vitest';
import type { RequestStatus } from './request-labels.ts';
import {
  answeredLate,
  currentDueDate,
  daysLeft,
  isDueSoon,
  isOpen,
  isOverdue,
  type RequestClock,
} from './request-state.ts';

const clock = (status: RequestStatus, extendedDueDate: string | null = null): RequestClock => ({
  status,
  dueDate: '2026-12-10',
  extendedDueDate,
});

describe('the clock of a request', () => {
  it.each([
    ['received', true],
    ['identity_check', true],
    ['in_progress', true],
    ['extended', true],
    ['answered', false],
    ['refused', false],
  ] as const)('a request %s is open: %s', (status, open) => {
    expect(isOpen(status)).toBe(open);
  });

  // today, overdue, due soon (≤ 3 days), days left — for an open request due on 10 December.
  it.each([
    ['2026-12-01', false, false, 9],
    ['2026-12-06', false, false, 4],
    ['2026-12-07', false, true, 3],
    ['2026-12-10', false, true, 0], // the due day itself is still on time
    ['2026-12-11', true, false, -1],
    ['2027-01-10', true, false, -31],
  ])('on %s: overdue %s, due soon %s, %i days left', (today, overdue, soon, left) => {
    expect(isOverdue(clock('in_progress'), today)).toBe(overdue);
    expect(isDueSoon(clock('in_progress'), today)).toBe(soon);
    expect(daysLeft(clock('in_progress'), today)).toBe(left);
  });

  it.each(['answered', 'refused'] as const)('a request %s is never overdue nor due soon', (status) => {
    expect(isOverdue(clock(status), '2027-01-10')).toBe(false);
    expect(isDueSoon(clock(status), '2026-12-09')).toBe(false);
    expect(daysLeft(clock(status), '2026-12-09')).toBeNull();
  });

  it('follows the extended due date once extended', () => {
    const extended = clock('extended', '2027-02-10');
    expect(currentDueDate(extended)).toBe('2027-02-10');
    expect(isOverdue(extended, '2026-12-20')).toBe(false);
    expect(isOverdue(extended, '2027-02-11')).toBe(true);
    expect(daysLeft(extended, '2027-02-08')).toBe(2);
  });

  it.each([
    ['2026-12-09', null, false],
    ['2026-12-10', null, false],
    ['2026-12-11', null, true],
    ['2026-12-11', '2027-02-10', false],
    ['2027-02-11', '2027-02-10', true],
  ])('an answer sent on %s (extended to %s) is late: %s', (answeredAt, extendedTo, late) => {
    expect(answeredLate(clock('answered', extendedTo), answeredAt)).toBe(late);
  });
});
