import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRetention, type RetentionDates } from './decide.ts';
import { decisionMemo, MEMO_MAX_DAYS } from './decision-memo.ts';
import { loadRetentionRules } from './retention.referential.ts';
import { buildRuleSet, type RetentionRule } from './rule-set.ts';

const referential = loadRetentionRules();
const defaults = buildRuleSet(referential, []);
// The practice's own durations too: days after the months (the FSE copies), a longer patient record.
const chosen = buildRuleSet(referential, [
  { rule: 'copie-fse', keepMonths: 1, keepDays: 45, archiveMonths: 0 },
  { rule: 'dossier-patient-medecin', keepMonths: 72, keepDays: 0, archiveMonths: 200 },
]);
const rules: RetentionRule[] = [...defaults.rules, ...chosen.rules];
// The patient records (R. 1112-7: minors, deaths) drawn most often, so that their cases meet.
const patientRules = rules.filter((rule) => rule.minorAndDeath);
const someRule = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...patientRules) },
  { weight: 1, arbitrary: fc.constantFrom(...rules) },
);

const scanned = (decision: { action: string; nextDate: string | null; rule: string; reason: string }) => ({
  action: decision.action,
  nextDate: decision.nextDate,
  rule: decision.rule,
  reason: decision.reason,
});

/**
 * Days from a small pool, so that records share their days (and their decisions) as in a real
 * index, and a later record meets the decision remembered for an earlier one; 29 February included.
 */
const poolDay = fc
  .record({
    year: fc.constantFrom(1972, 1980, 1990, 1996, 2000, 2004, 2008, 2016, 2026, 2030),
    month: fc.constantFrom(2, 12),
    day: fc.constantFrom(1, 29),
  })
  .map(({ year, month, day }) => {
    const real = month !== 2 || day < 29 || year % 4 === 0 ? day : 28;
    return `${year}-${String(month).padStart(2, '0')}-${String(real).padStart(2, '0')}`;
  });
const maybe = fc.option(poolDay, { nil: undefined });
const record = fc.record({
  rule: someRule,
  birthDate: maybe,
  lastVisit: maybe,
  deathDate: fc.option(poolDay, { nil: undefined, freq: 3 }),
  documentDate: maybe,
});

describe('the decisions a scan remembers', () => {
  it('are those decideRetention makes, record after record, for every rule', () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 100, maxLength: 300, size: 'max' }),
        fc.constantFrom('2026-12-01', '2010-06-15'),
        (records, asOf) => {
          const memo = decisionMemo();
          for (const { rule, ...r } of records) {
            const dates: RetentionDates = {
              birthDate: r.birthDate,
              lastVisit: r.lastVisit,
              deathDate: r.deathDate,
              documentDate: r.documentDate,
              asOf,
            };
            expect(scanned(memo.decide(rule, dates))).toEqual(scanned(decideRetention(rule, dates)));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('are the same whichever day of analysis comes first', () => {
    const rule = defaults.find('medecin', 'patient_record') as RetentionRule;
    const memo = decisionMemo();
    const dates = { birthDate: '1970-05-02', lastVisit: '2018-03-15' };
    expect(memo.decide(rule, { ...dates, asOf: '2026-12-01' }).action).toBe('archive');
    expect(memo.decide(rule, { ...dates, asOf: '2020-01-01' }).action).toBe('keep');
    expect(memo.decide(rule, { ...dates, asOf: '2040-01-01' }).action).toBe('destroy');
  });

  it(`stop remembering after ${MEMO_MAX_DAYS} days and still decide`, () => {
    const rule = defaults.find('medecin', 'patient_record') as RetentionRule;
    const memo = decisionMemo();
    const start = Date.UTC(1950, 0, 1);
    for (let i = 0; i < MEMO_MAX_DAYS + 50; i++) {
      const lastVisit = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      const dates = { birthDate: '1900-01-01', lastVisit, asOf: '2026-12-01' };
      const decision = memo.decide(rule, dates);
      if (i >= MEMO_MAX_DAYS) expect(scanned(decision)).toEqual(scanned(decideRetention(rule, dates)));
    }
  });
});
