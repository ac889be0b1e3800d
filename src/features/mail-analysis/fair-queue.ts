/**
 * The rule that shares the analysers between practices (pure: the pool applies it). At most
 * `concurrency` analyses run at once and at most one per practice: a practice that sends many
 * messages waits behind its own, while the others' messages take the free analysers. Waiting is
 * bounded in total and per practice; past a bound the message is refused (the caller retries).
 */
export interface FairQueueLimits {
  /** Analyses running at once, all practices together (the worker threads). */
  readonly concurrency: number;
  /** Analyses waiting, all practices together. */
  readonly maxWaiting: number;
  /** Analyses of one practice waiting (its one running analysis not counted). */
  readonly maxWaitingPerPractice: number;
}

/** The practices of the running analyses, and of the waiting ones in their order of arrival. */
export interface FairQueueState {
  readonly running: readonly string[];
  readonly waiting: readonly string[];
  /** Practices by their last start, the least recent first (absent: not served lately). */
  readonly recent?: readonly string[];
}

/** `queued`: added at the end of the waiting line; otherwise why it is refused. */
export type Admission = 'queued' | 'practice_full' | 'server_full';

const count = (list: readonly string[], practiceId: string) => list.filter((id) => id === practiceId).length;

/** Whether a new analysis of `practiceId` may join the waiting line. */
export function admit(state: FairQueueState, practiceId: string, limits: FairQueueLimits): Admission {
  if (count(state.waiting, practiceId) >= limits.maxWaitingPerPractice) return 'practice_full';
  if (state.waiting.length >= limits.maxWaiting) return 'server_full';
  return 'queued';
}

/**
 * The index in `waiting` of the analysis to start now, or undefined when every analyser is busy or
 * every waiting practice already has one running. Round robin: among the practices with none
 * running, the one served least recently goes first (one not served lately before all), and its
 * oldest message.
 */
export function nextToStart(state: FairQueueState, limits: FairQueueLimits): number | undefined {
  if (state.running.length >= limits.concurrency) return undefined;
  const recent = state.recent ?? [];
  let best: number | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  state.waiting.forEach((practiceId, index) => {
    if (state.running.includes(practiceId)) return;
    const rank = recent.indexOf(practiceId);
    if (rank < bestRank) {
      best = index;
      bestRank = rank;
    }
  });
  return best;
}

/** `recent` after `practiceId` started an analysis, keeping only the practices still present. */
export function afterStart(recent: readonly string[], practiceId: string, present: readonly string[]): string[] {
  return [...recent.filter((id) => id !== practiceId && present.includes(id)), practiceId];
}
