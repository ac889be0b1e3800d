import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/dates/index.ts';
import { deadlineText, durationText, isLate, notificationDeadline, remainingTime } from './deadline.ts';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('the CNIL deadline: awareness + 72 elapsed hours', () => {
  it.each([
    // [awareness (UTC), Paris clock at awareness, deadline (UTC), Paris clock at the deadline]
    ['2026-01-12T09:00:00Z', '12/01/2026 à 10:00', '2026-01-15T09:00:00.000Z', '15/01/2026 à 10:00'],
    ['2026-07-14T08:00:00Z', '14/07/2026 à 10:00', '2026-07-17T08:00:00.000Z', '17/07/2026 à 10:00'],
    // Spring change (29/03/2026, 02:00 → 03:00): 72 real hours end one hour later on the clock.
    ['2026-03-27T09:00:00Z', '27/03/2026 à 10:00', '2026-03-30T09:00:00.000Z', '30/03/2026 à 11:00'],
    ['2026-03-28T22:30:00Z', '28/03/2026 à 23:30', '2026-03-31T22:30:00.000Z', '01/04/2026 à 00:30'],
    // Autumn change (25/10/2026, 03:00 → 02:00): one hour earlier on the clock.
    ['2026-10-23T08:00:00Z', '23/10/2026 à 10:00', '2026-10-26T08:00:00.000Z', '26/10/2026 à 09:00'],
    ['2026-10-24T23:30:00Z', '25/10/2026 à 01:30', '2026-10-27T23:30:00.000Z', '28/10/2026 à 00:30'],
    // Awareness during the repeated hour of the autumn change (02:30 summer time, then 02:30 winter time).
    ['2026-10-25T00:30:00Z', '25/10/2026 à 02:30', '2026-10-28T00:30:00.000Z', '28/10/2026 à 01:30'],
    ['2026-10-25T01:30:00Z', '25/10/2026 à 02:30', '2026-10-28T01:30:00.000Z', '28/10/2026 à 02:30'],
    // Across a new year.
    ['2026-12-30T16:00:00Z', '30/12/2026 à 17:00', '2027-01-02T16:00:00.000Z', '02/01/2027 à 17:00'],
  ])('aware at %s (%s Paris) → %s (%s Paris)', (aware, awareParis, deadline, deadlineParis) => {
    const awareAt = new Date(aware);
    expect(formatDateTime(awareAt)).toBe(awareParis);
    const at = notificationDeadline(awareAt);
    expect(at.toISOString()).toBe(deadline);
    expect(at.getTime() - awareAt.getTime()).toBe(72 * HOUR);
    expect(deadlineText(at)).toBe(deadlineParis);
  });
});

describe('the countdown', () => {
  const deadline = new Date('2026-03-30T09:00:00Z');

  it.each([
    [72 * HOUR, false, false, 'Il reste 3 j 0 h 00 min'],
    [25 * HOUR + 7 * MINUTE + 59_999, false, false, 'Il reste 1 j 1 h 07 min'],
    [24 * HOUR, false, false, 'Il reste 1 j 0 h 00 min'],
    [24 * HOUR - 1, false, true, 'Il reste 23 h 59 min'],
    [45 * MINUTE, false, true, 'Il reste 45 min'],
    [0, false, true, 'Il reste 0 min'],
    [-1, true, true, 'Délai dépassé depuis 0 min'],
    [-(3 * HOUR + 10 * MINUTE), true, true, 'Délai dépassé depuis 3 h 10 min'],
    [-(50 * HOUR), true, true, 'Délai dépassé depuis 2 j 2 h 00 min'],
  ])('%s ms before the deadline → passed %s, urgent %s, « %s »', (before, passed, urgent, text) => {
    const result = remainingTime(deadline, new Date(deadline.getTime() - before));
    expect(result).toMatchObject({ ms: before, passed, urgent, text });
  });

  it.each([
    [0, '0 min'],
    [59 * MINUTE, '59 min'],
    [HOUR, '1 h 00 min'],
    [26 * HOUR + 7 * MINUTE, '1 j 2 h 07 min'],
    [-(26 * HOUR + 7 * MINUTE), '1 j 2 h 07 min'],
  ])('durationText(%s) = « %s »', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });
});

describe('a late notification', () => {
  const awareAt = new Date('2026-03-27T09:00:00Z');

  it.each([
    ['one hour before the deadline', '2026-03-30T08:00:00Z', false],
    ['at the deadline itself', '2026-03-30T09:00:00Z', false],
    ['one second after', '2026-03-30T09:00:01Z', true],
    ['two days after', '2026-04-01T09:00:00Z', true],
  ])('notified %s → late: %s', (_label, at, late) => {
    expect(isLate(awareAt, new Date(at))).toBe(late);
  });
});
