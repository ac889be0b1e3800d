import { describe, expect, it } from 'vitest';
import { activityWriteDue, idleDeadline } from './session-activity.ts';

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 29, 9, 0, 0) + seconds * 1000);

describe('activityWriteDue: a tenth of the idle time since the last record', () => {
  it.each([
    // idle minutes, seconds since the last record, write?
    [1, 0, false],
    [1, 5, false],
    [1, 6, true],
    [1, 59, true],
    [30, 60, false],
    [30, 179, false],
    [30, 180, true],
    [1440, 8639, false],
    [1440, 8640, true],
  ])('idle %i min, %i s later → %s', (idleMinutes, seconds, due) => {
    expect(activityWriteDue(at(0), at(seconds), idleMinutes)).toBe(due);
  });
});

describe('idleDeadline: the idle time plus the tenth that may have gone unrecorded', () => {
  it.each([
    [1, '2026-11-29T09:01:06.000Z'],
    [30, '2026-11-29T09:33:00.000Z'],
    [1440, '2026-11-30T11:24:00.000Z'],
  ])('idle %i min → %s', (idleMinutes, deadline) => {
    expect(idleDeadline(at(0), idleMinutes).toISOString()).toBe(deadline);
  });
});

describe('the rule never signs out someone active, and never keeps an idle session past 1.1 × the idle time', () => {
  /** Replays requests every `everySeconds` for an hour; returns whether the session survived each. */
  function replay(idleMinutes: number, everySeconds: number) {
    let lastSeen = at(0);
    let writes = 0;
    for (let t = everySeconds; t <= 3600; t += everySeconds) {
      if (at(t) >= idleDeadline(lastSeen, idleMinutes)) return { survived: false, writes };
      if (activityWriteDue(lastSeen, at(t), idleMinutes)) {
        lastSeen = at(t);
        writes++;
      }
      // Whatever happened, the session now lasts at least the idle time and at most 1.1 × it.
      const left = idleDeadline(lastSeen, idleMinutes).getTime() - at(t).getTime();
      expect(left).toBeGreaterThanOrEqual(idleMinutes * 60_000);
      expect(left).toBeLessThanOrEqual(idleMinutes * 66_000);
    }
    return { survived: true, writes };
  }

  it.each([
    // idle minutes, a request every … seconds, writes in the hour
    [1, 1, 600],
    [1, 5, 360],
    [1, 59, 61],
    [30, 1, 20],
    [30, 29 * 60, 2],
  ])('idle %i min, a request every %i s: never signed out, %i writes', (idleMinutes, every, writes) => {
    expect(replay(idleMinutes, every)).toEqual({ survived: true, writes });
  });
});
