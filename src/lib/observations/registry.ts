/**
 * « Constaté par Hygie »: measures of the diagnostic whose truth Hygie holds itself (the register
 * is complete, the notice was downloaded, the journal is intact…). Each feature contributes one
 * rule: `gather` reads its facts through its repositories, `observe` is a pure function of those
 * facts and the time. The diagnostic asks the registry for the observations of a practice.
 */

/** What Hygie observed for one measure: answered « Fait », or « À faire » when it must be redone. */
export interface Observation {
  readonly status: 'done' | 'todo';
  /** The fact, in plain French: « Registre complet (3 activités), modifié le 7 décembre 2026. » */
  readonly fact: string;
  /** Where the person sees the fact in Hygie, e.g. `/registre`. */
  readonly href: string;
  /** ISO instant since when the fact holds (dates the answer); null when Hygie cannot tell. */
  readonly since: string | null;
}

/** Whose facts, and when. */
export interface ObservationContext {
  readonly practiceId: string;
  readonly now: Date;
}

/** One feature's rule for one measure of `referential/measures.yaml`. */
export interface ObservationRule<Facts = unknown> {
  /** Unique, e.g. `register-up-to-date`. */
  readonly id: string;
  readonly measureId: string;
  /** Reads the facts (repositories only; no rule logic here). */
  gather(ctx: ObservationContext): Promise<Facts>;
  /** Pure: the observation, or null when the fact is not there (the person answers). */
  observe(facts: Facts, now: Date): Observation | null;
}

export interface ObservationRegistryOptions {
  /** Receives a rule's failure, for logging; the measure is then left to the person. */
  onError?: (error: unknown, ruleId: string) => void;
}

export interface ObservationRegistry {
  /** Adds a rule; throws when its id, or another rule for the same measure, is already registered. */
  register<Facts>(rule: ObservationRule<Facts>): void;
  /** The measure ids some rule observes. */
  measureIds(): string[];
  /** The observations of a practice, by measure id; a failing rule observes nothing. */
  observe(ctx: ObservationContext): Promise<Map<string, Observation>>;
}

/**
 * The registry of « constaté par Hygie » rules, one per measure.
 * @example
 * const observations = createObservationRegistry();
 * observations.register({ id: 'journal-intact', measureId: 'preuves-conformite', gather, observe });
 * const byMeasure = await observations.observe({ practiceId, now: clock.now() });
 */
export function createObservationRegistry(options: ObservationRegistryOptions = {}): ObservationRegistry {
  const rules = new Map<string, ObservationRule>();
  return {
    register(rule) {
      if (rules.has(rule.id)) throw new Error(`Observation rule "${rule.id}" is already registered`);
      if ([...rules.values()].some((other) => other.measureId === rule.measureId)) {
        throw new Error(`Measure "${rule.measureId}" already has an observation rule`);
      }
      rules.set(rule.id, rule as ObservationRule);
    },
    measureIds: () => [...rules.values()].map((rule) => rule.measureId),
    async observe(ctx) {
      const results = await Promise.all(
        [...rules.values()].map(async (rule) => {
          try {
            return [rule.measureId, rule.observe(await rule.gather(ctx), ctx.now)] as const;
          } catch (error) {
            try {
              options.onError?.(error, rule.id);
            } catch {
              // A broken logger must not break the diagnostic either.
            }
            return [rule.measureId, null] as const;
          }
        }),
      );
      const observed = new Map<string, Observation>();
      for (const [measureId, observation] of results) if (observation) observed.set(measureId, observation);
      return observed;
    },
  };
}
