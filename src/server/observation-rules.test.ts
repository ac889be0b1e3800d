import { describe, expect, it } from 'vitest';
import { observeBackup } from '../features/backup/backup.observation.ts';
import { observeBreaches } from '../features/breaches/breaches.observation.ts';
import { observeJournal } from '../features/journal/journal.observation.ts';
import { observeMfa } from '../features/mfa/mfa.observation.ts';
import { observeNotice } from '../features/notice/notice.observation.ts';
import { observeProcessors } from '../features/processors/processors.observation.ts';
import { observeRegister } from '../features/register/register.observation.ts';
import { observeRetention } from '../features/retention/retention.observation.ts';
import { observeScreening } from '../features/screening/screening.observation.ts';
import { createObservationRegistry } from '../lib/observations/registry.ts';
import { registerObservationRules } from './observation-rules.ts';

const NOW = new Date('2026-12-07T10:00:00.000Z');
const RECENT = '2026-12-01T09:00:00.000Z';
const OLD = '2025-11-30T09:00:00.000Z';

type Case<F> = [label: string, facts: F, expected: 'done' | 'todo' | null];

/** Each rule both ways: the fact appears → answered; it disappears or lapses → nothing (or « à faire »). */
describe('« constaté par Hygie » rules', () => {
  const check = <F>(observe: (facts: F, now: Date) => { status: string; fact: string } | null, cases: Case<F>[]) =>
    it.each(cases)('%s', (_label, facts, expected) => {
      const observation = observe(facts, NOW);
      expect(observation?.status ?? null).toBe(expected);
      if (observation) expect(observation.fact).toMatch(/^[A-ZÉL].+[.]$/u);
    });

  describe('register', () =>
    check(observeRegister, [
      ['complete, changed this month', { activities: 3, incomplete: 0, changedAt: RECENT, reviewedAt: null }, 'done'],
      ['an activity incomplete', { activities: 3, incomplete: 1, changedAt: RECENT, reviewedAt: null }, null],
      ['empty register', { activities: 0, incomplete: 0, changedAt: RECENT, reviewedAt: null }, null],
      [
        'complete but unchanged for over 12 months: to redo',
        { activities: 2, incomplete: 0, changedAt: OLD, reviewedAt: null },
        'todo',
      ],
      [
        'old change, confirmed by the yearly review',
        { activities: 2, incomplete: 0, changedAt: OLD, reviewedAt: RECENT },
        'done',
      ],
      [
        'exactly 12 months ago (Paris day) still counts',
        { activities: 1, incomplete: 0, changedAt: '2025-12-07T09:00:00.000Z', reviewedAt: null },
        'done',
      ],
    ]));

  it('sends an old register to the yearly review, where it is confirmed', () => {
    const observation = observeRegister({ activities: 2, incomplete: 0, changedAt: OLD, reviewedAt: null }, NOW);
    expect(observation).toMatchObject({ status: 'todo', href: '/revue-annuelle' });
    expect(observation?.fact).toContain('confirmez-le dans la revue annuelle');
  });

  describe('patient notice', () =>
    check(observeNotice, [
      ['current version downloaded', { latest: { number: 2, outdated: false }, downloads: { 2: RECENT } }, 'done'],
      ['generated, never downloaded', { latest: { number: 2, outdated: false }, downloads: {} }, null],
      ['only an older version downloaded', { latest: { number: 2, outdated: false }, downloads: { 1: RECENT } }, null],
      [
        'downloaded, then the register changed: to redo',
        { latest: { number: 2, outdated: true }, downloads: { 2: RECENT } },
        'todo',
      ],
      ['no version', { latest: null, downloads: {} }, null],
    ]));

  describe('journal', () =>
    check(observeJournal, [
      ['intact chain', { intact: true, count: 12, firstAt: RECENT }, 'done'],
      ['broken chain: to redo', { intact: false, count: 12, firstAt: RECENT }, 'todo'],
      ['empty journal', { intact: true, count: 0, firstAt: null }, null],
    ]));

  describe('backup of Hygie', () =>
    check(observeBackup, [
      ['own computer, backed up 6 days ago', { local: true, lastBackupAt: RECENT }, 'done'],
      ['own computer, 30 days ago', { local: true, lastBackupAt: '2026-11-07T10:00:00.000Z' }, 'done'],
      ['own computer, 31 days ago: to redo', { local: true, lastBackupAt: '2026-11-06T09:00:00.000Z' }, 'todo'],
      ['own computer, never backed up', { local: true, lastBackupAt: null }, null],
      ['hosted: left to the person', { local: false, lastBackupAt: RECENT }, null],
    ]));

  describe('double authentication', () =>
    check(observeMfa, [
      ['every active account', { active: 2, withMfa: 2 }, 'done'],
      ['one account without it', { active: 2, withMfa: 1 }, null],
      ['no active account', { active: 0, withMfa: 0 }, null],
    ]));

  describe('breach register', () =>
    check(observeBreaches, [
      ['a breach recorded', { recorded: 1, firstAt: RECENT }, 'done'],
      ['nothing recorded', { recorded: 0, firstAt: null }, null],
    ]));

  describe('processors’ contracts', () =>
    check(observeProcessors, [
      ['every health-data processor has its contract date', { healthData: 2, withoutContract: [] }, 'done'],
      ['one without a date', { healthData: 2, withoutContract: ['Éditeur'] }, null],
      ['no processor holding health data', { healthData: 0, withoutContract: [] }, null],
    ]));

  describe('retention durations', () =>
    check(observeRetention, [
      ['durations saved', { settledAt: RECENT }, 'done'],
      ['never saved', { settledAt: null }, null],
    ]));

  describe('DPO screening', () =>
    check(observeScreening('dpo'), [
      ['not mandatory, recorded', { latest: { result: 'non obligatoire', decidedAt: RECENT } }, 'done'],
      ['mandatory: Hygie cannot see the designation', { latest: { result: 'obligatoire', decidedAt: RECENT } }, null],
      ['no decision', { latest: null }, null],
    ]));
});

describe('observation registry', () => {
  it('holds one rule per measure, each on a measure of the referential', async () => {
    const { loadMeasures } = await import('../features/checklist/checklist.referential.ts');
    const registry = createObservationRegistry();
    registerObservationRules(registry, {} as never, true);
    const ids = registry.measureIds();
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(loadMeasures().measures.map((m) => m.id));
    for (const id of ids) expect(known.has(id), id).toBe(true);
    expect(ids).toEqual(
      expect.arrayContaining([
        'registre-traitements',
        'information-patients',
        'preuves-conformite',
        'double-authentification',
      ]),
    );
  });

  it('leaves a measure to the person when its rule fails, and reports the failure', async () => {
    const failures: string[] = [];
    const registry = createObservationRegistry({ onError: (_e, id) => failures.push(id) });
    registry.register({
      id: 'broken',
      measureId: 'a',
      gather: () => Promise.reject(new Error('x')),
      observe: () => null,
    });
    registry.register({
      id: 'ok',
      measureId: 'b',
      gather: async () => 1,
      observe: () => ({ status: 'done', fact: 'Vu.', href: '/', since: null }),
    });
    const observed = await registry.observe({ practiceId: 'p', now: NOW });
    expect([...observed.keys()]).toEqual(['b']);
    expect(failures).toEqual(['broken']);
    expect(() =>
      registry.register({ id: 'other', measureId: 'b', gather: async () => 1, observe: () => null }),
    ).toThrow(/already has an observation rule/);
  });
});
