import { describe, expect, it } from 'vitest';
import { legalFormView, referentialForPractice } from './legal-form.ts';
import { loadRetentionRules } from './retention.referential.ts';
import { buildRuleSet, limitsText, overrideProblem } from './rule-set.ts';
import { settingsView } from './settings-view.ts';

const referential = loadRetentionRules();
const BNC = { citation: 'art. L. 102 B du livre des procédures fiscales', keepMonths: 72, limits: 'de 6 ans à 10 ans' };
const COMPANY = { citation: 'art. L. 123-22 du code de commerce', keepMonths: 120, limits: 'de 10 ans à 20 ans' };

describe('accounting records follow the form of practice', () => {
  it.each([
    ['a nurse alone, form not answered (BNC by default)', { structureType: 'solo', legalForm: null }, BNC],
    ['a group practice, form not answered', { structureType: 'group', legalForm: null }, BNC],
    ['a physician under BNC, chosen', { structureType: 'solo', legalForm: 'individual' }, BNC],
    ['a SEL of physicians', { structureType: 'group', legalForm: 'company' }, COMPANY],
    ['an SCP of physiotherapists', { structureType: 'msp', legalForm: 'company' }, COMPANY],
    ['a pharmacy, form not answered (a company or a trader)', { structureType: 'pharmacy', legalForm: null }, COMPANY],
    ['a laboratory, form not answered', { structureType: 'laboratory', legalForm: null }, COMPANY],
    ['no practice (the command line without --practice)', null, BNC],
  ] as const)('%s', (_case, practice, expected) => {
    const own = referentialForPractice(referential, practice);
    const rule = buildRuleSet(own, []).find('infirmier', 'accounting');
    expect(rule).toMatchObject({ id: 'comptabilite', citation: expected.citation, keepMonths: expected.keepMonths });
    const entry = own.rules.find((r) => r.id === 'comptabilite');
    expect(entry && limitsText(entry)).toBe(expected.limits);
    expect(entry?.source.map((s) => s.label)).toEqual([
      expected === BNC ? 'Livre des procédures fiscales, art. L. 102 B' : 'Code de commerce, art. L. 123-22',
    ]);
  });

  it('6 years is the minimum under BNC and 10 a choice; a company cannot go under 10', () => {
    const bnc = referentialForPractice(referential, { structureType: 'solo', legalForm: 'individual' });
    const company = referentialForPractice(referential, { structureType: 'solo', legalForm: 'company' });
    const entryOf = (r: typeof bnc) => r.rules.find((rule) => rule.id === 'comptabilite')!;
    const years = (n: number) => ({ keepMonths: n * 12, keepDays: 0, archiveMonths: 0 });
    expect(overrideProblem(entryOf(bnc), years(10))).toBeUndefined();
    expect(overrideProblem(entryOf(bnc), years(5))).toMatch(/de 6 ans à 10 ans/);
    expect(overrideProblem(entryOf(company), years(6))).toMatch(/de 10 ans à 20 ans/);
    // A BNC practice that chose 10 years keeps them as a company; one that kept 6 falls back to 10.
    const chosen = [{ rule: 'comptabilite', ...years(10) }];
    expect(buildRuleSet(company, chosen).find('medecin', 'accounting')?.keepMonths).toBe(120);
    const six = [{ rule: 'comptabilite', ...years(6) }];
    expect(buildRuleSet(company, six).find('medecin', 'accounting')).toMatchObject({
      keepMonths: 120,
      overridden: false,
    });
  });

  it('changes no other rule', () => {
    const bnc = referentialForPractice(referential, null);
    const company = referentialForPractice(referential, { structureType: 'pharmacy', legalForm: null });
    const others = (r: typeof bnc) => r.rules.filter((rule) => rule.id !== 'comptabilite');
    expect(others(company)).toEqual(others(bnc));
  });

  it('the settings name the form and whether the practice chose it', () => {
    const practice = { structureType: 'pharmacy', legalForm: null };
    const view = settingsView(referentialForPractice(referential, practice), [], [], legalFormView(practice));
    expect(view.legalForm).toEqual({
      value: 'company',
      label: 'En société ou comme commerçant (SEL, SELARL, SCP, pharmacie…)',
      chosen: false,
    });
    expect(view.rules.find((r) => r.id === 'comptabilite')).toMatchObject({
      citation: 'art. L. 123-22 du code de commerce',
      defaults: { keepMonths: 120 },
    });
    expect(legalFormView({ structureType: 'solo', legalForm: 'individual' })).toMatchObject({
      value: 'individual',
      chosen: true,
    });
  });
});
