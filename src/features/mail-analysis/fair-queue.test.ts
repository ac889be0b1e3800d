import { describe, expect, it } from 'vitest';
import { admit, afterStart, type FairQueueLimits, type FairQueueState, nextToStart } from './fair-queue.ts';

const limits: FairQueueLimits = { concurrency: 2, maxWaiting: 4, maxWaitingPerPractice: 2 };
const state = (running: string[], waiting: string[], recent: string[] = []): FairQueueState => ({
  running,
  waiting,
  recent,
});

describe('admit', () => {
  it.each([
    ['an idle server', state([], []), 'A', 'queued'],
    ['its own analysis running', state(['A'], []), 'A', 'queued'],
    ['one of its own waiting', state(['A'], ['A']), 'A', 'queued'],
    ['two of its own waiting: the practice waits for its results', state(['A'], ['A', 'A']), 'A', 'practice_full'],
    ['another practice with two waiting', state(['A'], ['A', 'A']), 'B', 'queued'],
    ['a full line of other practices', state(['A', 'B'], ['A', 'B', 'C', 'D']), 'E', 'server_full'],
    ['a full line, its own two in it', state(['A', 'B'], ['A', 'A', 'C', 'D']), 'A', 'practice_full'],
  ] as const)('%s → %s', (_case, current, practice, expected) => {
    expect(admit(current, practice, limits)).toBe(expected);
  });
});

describe('nextToStart', () => {
  it.each([
    ['nothing waiting', state([], []), undefined],
    ['a free analyser', state([], ['A']), 0],
    ['every analyser busy', state(['A', 'B'], ['C']), undefined],
    ['the practice already running waits; the next practice passes it', state(['A'], ['A', 'A', 'B']), 2],
    ['the oldest of the practices not running', state(['A'], ['C', 'B']), 0],
    ['only the running practice waiting', state(['A'], ['A', 'A']), undefined],
    ['the practice served least recently first', state([], ['A', 'B', 'C'], ['A', 'B']), 2],
    ['then the one served before the other', state([], ['A', 'B'], ['B', 'A']), 1],
    ['its oldest message', state([], ['A', 'B', 'B'], ['B', 'A']), 1],
  ] as const)('%s → %s', (_case, current, expected) => {
    expect(nextToStart(current, limits)).toBe(expected);
  });

  it.each([
    ['ten of A, then one of B', [...Array(10).fill('A'), 'B'], 'ABAAAAAAAAA'],
    ['four of A, two of B, one of C', ['A', 'A', 'A', 'A', 'B', 'B', 'C'], 'ABCABAA'],
  ])('lets no practice starve the others: %s start in turns', (_case, arrivals, expected) => {
    const one: FairQueueLimits = { concurrency: 1, maxWaiting: 20, maxWaitingPerPractice: 20 };
    const waiting = [...arrivals];
    let recent: string[] = [];
    let order = '';
    for (let next = nextToStart({ running: [], waiting, recent }, one); next !== undefined; ) {
      const [practice] = waiting.splice(next, 1) as [string];
      recent = afterStart(recent, practice, waiting);
      order += practice;
      next = nextToStart({ running: [], waiting, recent }, one);
    }
    expect(order).toBe(expected);
  });
});

describe('afterStart', () => {
  it('moves the practice to the end and forgets the practices gone', () => {
    expect(afterStart(['A', 'B', 'C'], 'A', ['B'])).toEqual(['B', 'A']);
    expect(afterStart([], 'A', [])).toEqual(['A']);
  });
});
