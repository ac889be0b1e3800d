import { describe, expect, it } from 'vitest';
import {
  defaultAnswers,
  practisesIndividually,
  type ScreeningAnswers,
  type ScreeningResult,
  screen,
  screenDpia,
  screenDpo,
} from './screening.ts';

const base: ScreeningAnswers = {
  structure: 'solo',
  individual: null,
  sharedRecords: false,
  sharedInformationSystem: false,
  patientsPerYear: null,
};

type Case = [name: string, answers: Partial<ScreeningAnswers>, dpo: ScreeningResult, dpia: ScreeningResult];

describe('DPO and DPIA screening (domain.md section 6, section 10)', () => {
  it.each<Case>([
    ['a practitioner alone', {}, 'non obligatoire', 'non obligatoire'],
    ['a practitioner alone seeing 15 000 patients', { patientsPerYear: 15_000 }, 'non obligatoire', 'non obligatoire'],
    ['a practitioner alone sharing records with others', { sharedRecords: true }, 'obligatoire', 'obligatoire'],
    ['a maison de santé', { structure: 'msp', sharedInformationSystem: true }, 'obligatoire', 'obligatoire'],
    ['a centre de santé', { structure: 'health_center' }, 'obligatoire', 'obligatoire'],
    ['a network of professionals', { structure: 'network' }, 'obligatoire', 'obligatoire'],
    ['a group sharing records', { structure: 'group', sharedRecords: true }, 'obligatoire', 'obligatoire'],
    [
      'a group sharing an information system, 10 000 patients a year',
      { structure: 'group', sharedInformationSystem: true, patientsPerYear: 10_000 },
      'obligatoire',
      'obligatoire',
    ],
    [
      'a group sharing an information system, 9 999 patients a year',
      { structure: 'group', sharedInformationSystem: true, patientsPerYear: 9_999 },
      'non obligatoire',
      'recommandé',
    ],
    [
      'a group sharing an information system, volume unknown',
      { structure: 'group', sharedInformationSystem: true },
      'recommandé',
      'recommandé',
    ],
    [
      'a group without shared system, 30 000 patients a year',
      { structure: 'group', patientsPerYear: 30_000 },
      'non obligatoire',
      'recommandé',
    ],
    [
      'a pharmacist alone in the officine',
      { structure: 'pharmacy', individual: true },
      'non obligatoire',
      'non obligatoire',
    ],
    [
      'an officine with several pharmacists sharing a system, 12 000 patients',
      { structure: 'pharmacy', individual: false, sharedInformationSystem: true, patientsPerYear: 12_000 },
      'obligatoire',
      'obligatoire',
    ],
    [
      'a laboratory with one biologist',
      { structure: 'laboratory', individual: true },
      'non obligatoire',
      'non obligatoire',
    ],
    ['a laboratory, not answered whether alone', { structure: 'laboratory' }, 'non obligatoire', 'recommandé'],
  ])('%s', (_name, answers, dpo, dpia) => {
    const full = { ...base, ...answers };
    expect(screenDpo(full).result).toBe(dpo);
    expect(screenDpia(full).result).toBe(dpia);
    expect(screen('dpo', full)).toEqual(screenDpo(full));
    expect(screen('dpia', full)).toEqual(screenDpia(full));
  });

  it.each<[string, Partial<ScreeningAnswers>, string]>([
    ['solo', {}, 'considérant 91'],
    ['msp', { structure: 'msp' }, 'désignation d’un délégué à la protection des données'],
    [
      '10 000',
      { structure: 'group', sharedInformationSystem: true, patientsPerYear: 10_000 },
      'délibération n° 2020-081',
    ],
  ])('gives reasons with their sources (%s)', (_name, answers, source) => {
    const outcome = screenDpo({ ...base, ...answers });
    expect(outcome.reasons.length).toBeGreaterThan(0);
    for (const reason of outcome.reasons) expect(reason.sources.length).toBeGreaterThan(0);
    expect(outcome.reasons.flatMap((r) => r.sources.map((s) => s.label)).join(' ')).toContain(source);
  });

  it('says the 10 000 patients figure is the CNIL’s estimate, not the law', () => {
    const outcome = screenDpo({ ...base, structure: 'group', sharedInformationSystem: true, patientsPerYear: 10_000 });
    expect(outcome.reasons[0]?.text).toContain('10\u202f000 patients par an');
    expect(outcome.reasons[0]?.text).toContain('pas un seuil fixé par la loi');
  });

  it('cites the exemption list for an individual practice’s DPIA', () => {
    const outcome = screenDpia(base);
    expect(outcome.reasons[0]?.sources[0]?.label).toContain('2019-118');
    expect(outcome.reasons[0]?.sources[0]?.label).toContain('22 octobre 2019');
  });

  it.each([
    ['solo', true],
    ['group', false],
    ['msp', false],
  ] as const)('starts the questionnaire of a « %s » profile', (structure, individual) => {
    const answers = defaultAnswers(structure);
    expect(answers.structure).toBe(structure);
    expect(practisesIndividually(answers)).toBe(individual);
  });

  it('asks a pharmacy whether one professional practises alone', () => {
    expect(defaultAnswers('pharmacy').individual).toBe(false);
    expect(defaultAnswers('solo').individual).toBeNull();
  });
});
