import { describe, expect, it } from 'vitest';
import { type Breach, emptyContent, NO_NOTIFICATIONS } from './breach.ts';
import { breachView } from './breaches-view.ts';
import { notificationDeadline } from './deadline.ts';

const HOUR = 3_600_000;
/** Awareness on the Friday before the spring daylight-saving change, 10:00 in Paris. */
const AWARE = new Date('2026-03-27T09:00:00Z');
const plus = (hours: number) => new Date(AWARE.getTime() + hours * HOUR).toISOString();

function breach(origin: Breach['origin'], complaintFiledAt: string | null): Breach {
  return {
    ...emptyContent(AWARE.toISOString()),
    origin,
    ...NO_NOTIFICATIONS,
    complaintFiledAt,
    id: 'b1',
    practiceId: 'p1',
    incidentId: null,
    notificationDeadline: notificationDeadline(AWARE).toISOString(),
    severityAnswers: null,
    severityExpert: null,
    withdrawal: null,
    decision: null,
    createdAt: AWARE.toISOString(),
    updatedAt: AWARE.toISOString(),
  };
}

describe('a breach’s insurer clock (Code des assurances L. 12-10-1) beside the CNIL’s', () => {
  it.each([
    ['ransomware', null, '2026-03-30T09:00:00.000Z', '30/03/2026 à 11:00', null],
    ['ransomware', plus(70), '2026-03-30T09:00:00.000Z', '30/03/2026 à 11:00', 'dans les délais'],
    ['hacking', plus(73), '2026-03-30T09:00:00.000Z', '30/03/2026 à 11:00', 'hors délai'],
    ['device_lost', plus(73), null, null, null],
    ['misdirected_mail', null, null, null, null],
  ] as const)('origin %s, complaint at %s: deadline %s (%s), %s', (origin, filed, deadline, text, label) => {
    const view = breachView(breach(origin, filed), new Date(plus(1)));
    expect(view).toMatchObject({
      insurerComplaintDeadline: deadline,
      insurerComplaintDeadlineText: text,
      complaintTimingLabel: label,
    });
  });
});
