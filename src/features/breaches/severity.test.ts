import { describe, expect, it } from 'vitest';
import {
  assessSeverity,
  EDPB_EXAMPLES,
  formatScore,
  formulaText,
  type SeverityFactors,
  type SeverityInput,
  type SeverityLevel,
  scoreQuarters,
  severityLevel,
  severityScore,
  THRESHOLD_NOTE,
} from './severity.ts';
import { parseSeverityInput } from './severity-input.ts';
import {
  AVAILABILITY_QUESTION,
  CONFIDENTIALITY_QUESTION,
  DPC_QUESTION,
  EI_QUESTION,
  INTEGRITY_QUESTION,
  MALICIOUS_QUESTION,
  SEVERITY_QUESTIONS,
} from './severity-questions.ts';

const NONE = { confidentiality: 0, integrity: 0, availability: 0, malicious: false } as const;
const f = (factors: Partial<SeverityFactors> & Pick<SeverityFactors, 'dpc' | 'ei'>): SeverityFactors => ({
  ...NONE,
  ...factors,
});

describe('the ENISA 2013 tables', () => {
  it.each([
    [1, 'Données simples (1)'],
    [2, 'Données de comportement (2)'],
    [3, 'Données financières (3)'],
    [4, 'Données sensibles, dont la santé (4)'],
  ])('data-processing context: the base of %s is « %s »', (value, level) => {
    expect(DPC_QUESTION.options.find((o) => o.value === value)?.level).toBe(level);
  });

  it.each([
    ['only that a patient « had blood tests » (health data: GDPR recital 35)', 'a fait une prise de sang', 2],
    ['the actual results', 'résultats d’examens', 4],
  ])('health data: %s scores DPC %s', (_label, words, dpc) => {
    expect(DPC_QUESTION.options.find((o) => o.label.includes(words))?.value).toBe(dpc);
  });

  it.each([
    [0.25, 'Négligeable (0,25)'],
    [0.5, 'Limitée (0,5)'],
    [0.75, 'Importante (0,75)'],
    [1, 'Maximale (1)'],
  ])('ease of identification %s is « %s »', (value, level) => {
    expect(EI_QUESTION.options.find((o) => o.value === value)?.level).toBe(level);
  });

  it.each([
    [CONFIDENTIALITY_QUESTION, [0, 0.25, 0.5]],
    [INTEGRITY_QUESTION, [0, 0.25, 0.5]],
    [AVAILABILITY_QUESTION, [0, 0.25, 0.5]],
    [MALICIOUS_QUESTION, [false, true]],
  ])('circumstance « $name » offers exactly its ENISA values', (question, values) => {
    expect(question.options.map((o) => o.value)).toEqual(values);
  });

  it('asks the six factors in order, each with a plain-French question', () => {
    expect(SEVERITY_QUESTIONS.map((q) => q.factor)).toEqual([
      'dpc',
      'ei',
      'confidentiality',
      'integrity',
      'availability',
      'malicious',
    ]);
    for (const question of SEVERITY_QUESTIONS) expect(question.question).toMatch(/ \?$/);
  });
});

describe('SE = DPC × EI + CB', () => {
  it.each<[string, SeverityFactors, number, SeverityLevel]>([
    ['blood tests only, names in the file', f({ dpc: 1, ei: 1 }), 1, 'low'],
    ['results, nobody can be identified', f({ dpc: 4, ei: 0.25 }), 1, 'low'],
    ['results, identification limited', f({ dpc: 4, ei: 0.5 }), 2, 'medium'],
    ['results, identification significant', f({ dpc: 4, ei: 0.75 }), 3, 'high'],
    ['results, names in the file', f({ dpc: 4, ei: 1 }), 4, 'very_high'],
    ['financial data, significant', f({ dpc: 3, ei: 0.75 }), 2.25, 'medium'],
    ['behavioural data, misdirected letter', f({ dpc: 2, ei: 1, confidentiality: 0.25 }), 2.25, 'medium'],
    [
      'ransomware: results locked, no backup, malicious',
      f({ dpc: 4, ei: 1, availability: 0.5, malicious: true }),
      5,
      'very_high',
    ],
    [
      'stolen laptop of contact details, malicious',
      f({ dpc: 1, ei: 1, confidentiality: 0.5, malicious: true }),
      2,
      'medium',
    ],
    [
      'every circumstance at its maximum',
      f({ dpc: 4, ei: 1, confidentiality: 0.5, integrity: 0.5, availability: 0.5, malicious: true }),
      6,
      'very_high',
    ],
    ['the lowest possible score', f({ dpc: 1, ei: 0.25 }), 0.25, 'low'],
  ])('%s: %s', (_label, factors, score, level) => {
    expect(severityScore(factors)).toBe(score);
    expect(scoreQuarters(factors)).toBe(score * 4);
    expect(assessSeverity(factors).level).toBe(level);
  });

  it.each<[string, SeverityFactors, number, SeverityLevel]>([
    ['1.75, just under 2', f({ dpc: 1, ei: 0.75, confidentiality: 0.5, integrity: 0.5 }), 1.75, 'low'],
    [
      '2 made of quarters',
      f({ dpc: 1, ei: 0.75, confidentiality: 0.25, integrity: 0.5, availability: 0.5 }),
      2,
      'medium',
    ],
    ['2.75, just under 3', f({ dpc: 3, ei: 0.75, integrity: 0.5 }), 2.75, 'medium'],
    ['3 made of quarters', f({ dpc: 3, ei: 0.75, confidentiality: 0.25, availability: 0.5 }), 3, 'high'],
    [
      '3.75, just under 4',
      f({ dpc: 3, ei: 0.75, confidentiality: 0.5, malicious: true, integrity: 0.5 }),
      3.75,
      'high',
    ],
    [
      '4 made of quarters',
      f({ dpc: 4, ei: 0.75, confidentiality: 0.25, integrity: 0.25, availability: 0.5 }),
      4,
      'very_high',
    ],
  ])('sums of quarters land exactly on the band edges: %s', (_label, factors, score, level) => {
    expect(severityScore(factors)).toBe(score);
    expect(assessSeverity(factors).level).toBe(level);
  });
});

describe('bands: low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high, no rounding', () => {
  it.each<[number, SeverityLevel]>([
    [0, 'low'],
    [1.999, 'low'],
    [1.9999999, 'low'],
    [2, 'medium'],
    [2.999, 'medium'],
    [2.9999999, 'medium'],
    [3, 'high'],
    [3.999, 'high'],
    [3.9999999, 'high'],
    [4, 'very_high'],
    [6, 'very_high'],
  ])('%s → %s', (score, level) => {
    expect(severityLevel(score)).toBe(level);
  });

  it('refuses a score that is not a number', () => {
    expect(() => severityLevel(Number.NaN)).toThrow(RangeError);
  });
});

describe('the recommendation follows the band', () => {
  it.each<[string, SeverityFactors, boolean, boolean, boolean, string[]]>([
    ['low → record only', f({ dpc: 1, ei: 1 }), false, false, false, []],
    ['low, unintelligible → record only', f({ dpc: 1, ei: 1 }), true, false, false, ['unintelligible']],
    ['medium → notify the CNIL', f({ dpc: 2, ei: 1 }), false, true, false, []],
    ['medium, unintelligible → notify the CNIL', f({ dpc: 2, ei: 1 }), true, true, false, ['unintelligible']],
    ['high → notify and inform', f({ dpc: 3, ei: 1 }), false, true, true, []],
    [
      'high, unintelligible → notify, do not inform',
      f({ dpc: 3, ei: 1 }),
      true,
      true,
      false,
      ['unintelligible', 'unintelligible_exempts_subjects'],
    ],
    ['very high → notify and inform', f({ dpc: 4, ei: 1 }), false, true, true, []],
    [
      'very high, unintelligible → notify, do not inform',
      f({ dpc: 4, ei: 1 }),
      true,
      true,
      false,
      ['unintelligible', 'unintelligible_exempts_subjects'],
    ],
  ])('%s', (_label, factors, unintelligible, notifyAuthority, informSubjects, flags) => {
    const result = assessSeverity({ ...factors, unintelligible });
    expect(result).toMatchObject({ notifyAuthority, informSubjects, flags });
  });

  it.each<[SeverityLevel, SeverityFactors, RegExp]>([
    ['low', f({ dpc: 1, ei: 1 }), /^Gravité faible .* inscrivez la violation au registre .* en cas de doute, notifiez/],
    ['medium', f({ dpc: 2, ei: 1 }), /^Gravité moyenne .* notifiez la CNIL au plus tard 72 heures/],
    ['high', f({ dpc: 3, ei: 1 }), /^Gravité élevée .* informez les personnes concernées .* \(article 34\)\.$/],
    ['very_high', f({ dpc: 4, ei: 1 }), /^Gravité très élevée \(score de 4 ou plus\)/],
  ])('gives its reasons in French (%s)', (_level, factors, reason) => {
    const { reasons } = assessSeverity(factors);
    expect(reasons[0]).toBe(`Score selon la méthode de l’ENISA : ${formulaText(factors)}.`);
    expect(reasons[1]).toMatch(reason);
  });

  it('explains why the people need not be informed when the data were unintelligible', () => {
    const { reasons } = assessSeverity({ ...f({ dpc: 4, ei: 1 }), unintelligible: true });
    expect(reasons[1]).toMatch(
      /l’information des personnes concernées n’est pas exigée, car les données étaient inintelligibles .*article 34\.3\.a du RGPD/,
    );
  });

  // GDPR art. 34(3): (a) unintelligible data, (b) subsequent measures, (c) disproportionate effort.
  it.each<[string, SeverityFactors, Partial<SeverityInput>, boolean, string[], RegExp]>([
    [
      'high, (b) measures taken since → notify, do not inform',
      f({ dpc: 3, ei: 1 }),
      { subsequentMeasures: true },
      false,
      ['measures_exempt_subjects'],
      /article 34\.3\.b/,
    ],
    [
      'very high, (b) → notify, do not inform',
      f({ dpc: 4, ei: 1 }),
      { subsequentMeasures: true },
      false,
      ['measures_exempt_subjects'],
      /rendent le risque élevé improbable/,
    ],
    [
      'high, (c) disproportionate effort → inform by a public communication',
      f({ dpc: 3, ei: 1 }),
      { disproportionateEffort: true },
      true,
      ['public_communication'],
      /communication publique .*article 34\.3\.c/,
    ],
    [
      'high, (a) and (b) → (a) is named first',
      f({ dpc: 3, ei: 1 }),
      { unintelligible: true, subsequentMeasures: true },
      false,
      ['unintelligible', 'unintelligible_exempts_subjects'],
      /article 34\.3\.a/,
    ],
    [
      'high, (b) and (c) → (b): no information at all',
      f({ dpc: 3, ei: 1 }),
      { subsequentMeasures: true, disproportionateEffort: true },
      false,
      ['measures_exempt_subjects'],
      /article 34\.3\.b/,
    ],
    [
      'medium, (b) → nothing to exempt',
      f({ dpc: 2, ei: 1 }),
      { subsequentMeasures: true },
      false,
      [],
      /^Gravité moyenne/,
    ],
    [
      'low, (c) → nothing to exempt',
      f({ dpc: 1, ei: 1 }),
      { disproportionateEffort: true },
      false,
      [],
      /^Gravité faible/,
    ],
  ])('%s', (_label, factors, extra, informSubjects, flags, reason) => {
    const result = assessSeverity({ ...factors, ...extra });
    expect(result).toMatchObject({ informSubjects, flags });
    expect(result.reasons[1]).toMatch(reason);
  });

  it.each<[string, Partial<SeverityInput>]>([
    ['(a)', { unintelligible: true }],
    ['(b)', { subsequentMeasures: true }],
  ])('never says both « informez les personnes » and « n’est pas exigée » (%s)', (_label, extra) => {
    const text = assessSeverity({ ...f({ dpc: 4, ei: 1 }), ...extra }).reasons.join(' ');
    expect(text).toContain('n’est pas exigée');
    expect(text).not.toMatch(/informez les personnes/);
  });

  it('labels the threshold as Hygie’s own, not the ENISA method’s, and leaves the decision to the practitioner', () => {
    const { reasons } = assessSeverity(f({ dpc: 2, ei: 1 }));
    expect(reasons[2]).toBe(THRESHOLD_NOTE);
    expect(THRESHOLD_NOTE).toMatch(/règle de prudence de Hygie : la méthode de l’ENISA ne fixe aucun seuil/);
    expect(EDPB_EXAMPLES.join(' ')).toMatch(
      /sauvegarde récente .*registre seulement.*hôpital.*information des patients/,
    );
  });

  it.each([
    [undefined, false],
    [0, false],
    [100, false],
    [101, true],
    [12_000, true],
  ])('flags more than 100 people (%s → %s)', (people, flagged) => {
    const input = people === undefined ? f({ dpc: 2, ei: 1 }) : { ...f({ dpc: 2, ei: 1 }), people };
    expect(assessSeverity(input).flags.includes('many_people')).toBe(flagged);
  });

  it('flags a malicious act and says to file a complaint', () => {
    const result = assessSeverity(f({ dpc: 1, ei: 1, malicious: true }));
    expect(result.flags).toEqual(['malicious']);
    expect(result.reasons.at(-1)).toMatch(
      /^La violation résulte d’un acte malveillant \(\+0,5 au score\) : déposez plainte/,
    );
  });
});

describe('the formula in French', () => {
  it.each([
    [
      f({ dpc: 4, ei: 0.75, confidentiality: 0.25, malicious: true }),
      'SE = DPC × EI + CB = 4 × 0,75 + (0,25 + 0 + 0 + 0,5) = 3,75',
    ],
    [f({ dpc: 1, ei: 1 }), 'SE = DPC × EI + CB = 1 × 1 + (0 + 0 + 0 + 0) = 1'],
  ])('%o reads « %s »', (factors, text) => {
    expect(formulaText(factors)).toBe(text);
  });

  it.each([
    [2.75, '2,75'],
    [4, '4'],
    [0.5, '0,5'],
  ])('formatScore(%s) = %s', (value, text) => {
    expect(formatScore(value)).toBe(text);
  });
});

describe('the input is validated exactly as the API documents it', () => {
  const valid = { dpc: 4, ei: 1, confidentiality: 0.5, integrity: 0, availability: 0.25, malicious: true };

  it.each([
    ['the minimal object', valid],
    ['with unintelligible and people', { ...valid, unintelligible: true, people: 0 }],
  ])('accepts %s', (_label, value) => {
    expect(parseSeverityInput(value).ok).toBe(true);
  });

  it.each([
    [
      'dpc 0',
      { ...valid, dpc: 0 },
      'Champ « dpc » : contexte du traitement des données (DPC) : un entier de 1 à 4 attendu.',
    ],
    [
      'dpc 5',
      { ...valid, dpc: 5 },
      'Champ « dpc » : contexte du traitement des données (DPC) : un entier de 1 à 4 attendu.',
    ],
    [
      'dpc 2.5',
      { ...valid, dpc: 2.5 },
      'Champ « dpc » : contexte du traitement des données (DPC) : un entier de 1 à 4 attendu.',
    ],
    [
      'dpc as text',
      { ...valid, dpc: '4' },
      'Champ « dpc » : contexte du traitement des données (DPC) : un entier de 1 à 4 attendu.',
    ],
    ['ei 0.3', { ...valid, ei: 0.3 }, 'Champ « ei » : facilité d’identification (EI) : 0.25, 0.5, 0.75 ou 1 attendu.'],
    ['ei 0', { ...valid, ei: 0 }, 'Champ « ei » : facilité d’identification (EI) : 0.25, 0.5, 0.75 ou 1 attendu.'],
    [
      'confidentiality 0.75',
      { ...valid, confidentiality: 0.75 },
      'Champ « confidentiality » : perte de confidentialité : 0, 0.25 ou 0.5 attendu.',
    ],
    ['integrity 1', { ...valid, integrity: 1 }, 'Champ « integrity » : perte d’intégrité : 0, 0.25 ou 0.5 attendu.'],
    [
      'availability -0.25',
      { ...valid, availability: -0.25 },
      'Champ « availability » : perte de disponibilité : 0, 0.25 ou 0.5 attendu.',
    ],
    [
      'malicious as text',
      { ...valid, malicious: 'oui' },
      'Champ « malicious » : acte malveillant : true ou false attendu.',
    ],
    [
      'negative people',
      { ...valid, people: -1 },
      'Champ « people » : nombre de personnes concernées : le nombre ne peut pas être négatif.',
    ],
    [
      'people 1.5',
      { ...valid, people: 1.5 },
      'Champ « people » : nombre de personnes concernées : un nombre entier attendu.',
    ],
    ['an unknown field', { ...valid, score: 3 }, 'Champ non autorisé « score ».'],
  ])('refuses %s in French', (_label, value, message) => {
    expect(parseSeverityInput(value)).toEqual({ ok: false, errors: [message] });
  });

  it('names every missing factor', () => {
    const result = parseSeverityInput({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => /« (\w+) »/.exec(e)?.[1])).toEqual(Object.keys(valid));
  });
});
