import { describe, expect, it } from 'vitest';
import { loadRetentionRules } from './retention.referential.ts';
import { planSettings } from './settings-plan.ts';

const referential = loadRetentionRules();
const appointments = (keepMonths: number) => ({ rule: 'rendez-vous', keepMonths, keepDays: 0, archiveMonths: 0 });

describe('a practice’s retention settings', () => {
  it.each([
    [
      'an unknown rule',
      [{ rule: 'inconnue', keepMonths: 12, keepDays: 0, archiveMonths: 0 }],
      'Règle inconnue : « inconnue ».',
      'overrides.0.rule',
    ],
    [
      'the same rule twice',
      [appointments(12), appointments(24)],
      'La règle « Données de rendez-vous (agenda) » est donnée deux fois.',
      'overrides.1.rule',
    ],
    [
      'no active base',
      [appointments(0)],
      'Données de rendez-vous (agenda) : la base active dure au moins 1 jour.',
      'overrides.0.keepMonths',
    ],
    [
      'a total beyond the rule’s limits',
      [appointments(12), { rule: 'dossier-patient-medecin', keepMonths: 60, keepDays: 0, archiveMonths: 60 }],
      'Dossier médical du patient (médecin) : la durée totale (10 ans) doit être de 20 ans à 30 ans, quel que soit le jour où elle commence.',
      'overrides.1.keepMonths',
    ],
    [
      'a legal maximum lengthened',
      [{ rule: 'videosurveillance', keepMonths: 2, keepDays: 0, archiveMonths: 0 }],
      'Images de vidéosurveillance : la durée totale (2 mois) doit être de 1 jour à 1 mois, quel que soit le jour où elle commence.',
      'overrides.0.keepMonths',
    ],
  ])('refuses %s, naming the field', (_case, requested, message, field) => {
    expect(planSettings(referential, [], requested)).toEqual({ ok: false, refusal: { message, field } });
  });

  it('records a new duration as a change from the default', () => {
    expect(planSettings(referential, [], [appointments(12)])).toEqual({
      ok: true,
      plan: {
        set: [appointments(12)],
        reset: [],
        changes: [
          {
            rule: 'rendez-vous',
            from: { keepMonths: 60, keepDays: 0, archiveMonths: 0 },
            to: { keepMonths: 12, keepDays: 0, archiveMonths: 0 },
          },
        ],
      },
    });
  });

  it('resets a rule the practice no longer lists, or lists with its default', () => {
    const current = [
      appointments(12),
      { rule: 'dossier-patient-medecin', keepMonths: 24, keepDays: 0, archiveMonths: 276 },
    ];
    const result = planSettings(referential, current, [
      { rule: 'dossier-patient-medecin', keepMonths: 60, keepDays: 0, archiveMonths: 180 },
    ]);
    expect(result).toEqual({
      ok: true,
      plan: {
        set: [],
        reset: ['rendez-vous', 'dossier-patient-medecin'],
        changes: [
          {
            rule: 'dossier-patient-medecin',
            from: { keepMonths: 24, keepDays: 0, archiveMonths: 276 },
            to: { keepMonths: 60, keepDays: 0, archiveMonths: 180 },
          },
          {
            rule: 'rendez-vous',
            from: { keepMonths: 12, keepDays: 0, archiveMonths: 0 },
            to: { keepMonths: 60, keepDays: 0, archiveMonths: 0 },
          },
        ],
      },
    });
  });

  it('changes nothing when the same durations are sent again', () => {
    const result = planSettings(referential, [appointments(12)], [appointments(12)]);
    expect(result).toEqual({ ok: true, plan: { set: [appointments(12)], reset: [], changes: [] } });
  });
});
