import { describe, expect, it } from 'vitest';
import { addDays } from '../../lib/dates/index.ts';
import {
  ART28_CLAUSE_LABELS,
  ART28_CLAUSES,
  noClauses,
  type ProcessorFacts,
  type ProcessorWarningCode,
  processorWarnings,
} from './processor.ts';

const TODAY = '2026-11-29';
const allClauses = Object.fromEntries(ART28_CLAUSES.map((c) => [c, true])) as ProcessorFacts['clauses'];
const certificate = (expiresOn: string) => ({
  number: 'HDS-2024-118',
  certifier: 'Organisme certificateur',
  expiresOn,
});

/** A compliant cloud practice-software provider; each case changes one thing. */
const compliant: ProcessorFacts = {
  hostsHealthData: true,
  hostingInEea: true,
  hdsCertificate: certificate('2028-06-30'),
  dpaSignedOn: '2025-01-15',
  contractEndsOn: null,
  clauses: allClauses,
};

const codes = (facts: ProcessorFacts) => processorWarnings(facts, TODAY).map((w) => w.code);

describe('processorWarnings', () => {
  it.each<[string, Partial<ProcessorFacts>, ProcessorWarningCode[]]>([
    ['a compliant provider', {}, []],
    ['a cloud practice software hosting patient data without certificate', { hdsCertificate: null }, ['hds_missing']],
    ['a certificate expiring in 30 days', { hdsCertificate: certificate(addDays(TODAY, 30)) }, ['hds_expiring']],
    ['a certificate expiring today (still valid)', { hdsCertificate: certificate(TODAY) }, ['hds_expiring']],
    ['a certificate expiring in 90 days', { hdsCertificate: certificate(addDays(TODAY, 90)) }, ['hds_expiring']],
    ['a certificate expiring in 91 days', { hdsCertificate: certificate(addDays(TODAY, 91)) }, []],
    ['a certificate that expired yesterday', { hdsCertificate: certificate(addDays(TODAY, -1)) }, ['hds_expired']],
    ['no health data and no certificate', { hostsHealthData: false, hdsCertificate: null }, []],
    [
      'no health data and an expired certificate',
      { hostsHealthData: false, hdsCertificate: certificate('2020-01-01') },
      [],
    ],
    ['hosting outside the EEA', { hostingInEea: false }, ['outside_eea']],
    ['no data-processing agreement', { dpaSignedOn: null }, ['dpa_missing']],
    [
      'no agreement and no clause ticked: the agreement only',
      { dpaSignedOn: null, clauses: noClauses() },
      ['dpa_missing'],
    ],
    ['a contract without an end date', { contractEndsOn: null }, []],
    ['a contract ending in 91 days', { contractEndsOn: addDays(TODAY, 91) }, []],
    ['a contract ending in 90 days', { contractEndsOn: addDays(TODAY, 90) }, ['contract_ending']],
    ['a contract ending today (still in force)', { contractEndsOn: TODAY }, ['contract_ending']],
    ['a contract that ended yesterday', { contractEndsOn: addDays(TODAY, -1) }, ['contract_ended']],
    [
      'an end date but no agreement: the agreement only',
      { dpaSignedOn: null, contractEndsOn: '2020-01-01' },
      ['dpa_missing'],
    ],
    [
      'a contract that ended and clauses missing, the legal requirement first',
      { contractEndsOn: addDays(TODAY, -1), clauses: { ...allClauses, audits: false } },
      ['contract_ended', 'clause_missing'],
    ],
    ['an agreement with a clause unticked', { clauses: { ...allClauses, audits: false } }, ['clause_missing']],
    [
      'everything wrong, the legal requirements first',
      { hdsCertificate: null, hostingInEea: false, dpaSignedOn: null, clauses: noClauses() },
      ['hds_missing', 'outside_eea', 'dpa_missing'],
    ],
    [
      'expiring soon, outside the EEA, clauses missing',
      { hdsCertificate: certificate(addDays(TODAY, 10)), hostingInEea: false, clauses: noClauses() },
      ['outside_eea', 'hds_expiring', 'clause_missing'],
    ],
  ])('%s', (_name, change, expected) => {
    expect(codes({ ...compliant, ...change })).toEqual(expected);
  });

  it.each([
    [TODAY, 'aujourd’hui'],
    [addDays(TODAY, 1), 'demain'],
    [addDays(TODAY, 30), 'dans 30 jours'],
  ])('says when a certificate expiring on %s ends, in French (%s)', (expiresOn, when) => {
    const [warning] = processorWarnings({ ...compliant, hdsCertificate: certificate(expiresOn) }, TODAY);
    expect(warning?.message).toContain(`(${when})`);
    expect(warning?.level).toBe('warning');
  });

  it('names the law and the expiry day in plain French', () => {
    const [missing] = processorWarnings({ ...compliant, hdsCertificate: null }, TODAY);
    expect(missing?.message).toContain('article L1111-8 du code de la santé publique');
    const [expired] = processorWarnings({ ...compliant, hdsCertificate: certificate('2026-11-28') }, TODAY);
    expect(expired?.message).toContain('a expiré le 28 novembre 2026');
  });

  it('groups the unticked clauses in one warning that lists each of them', () => {
    const [one] = processorWarnings({ ...compliant, clauses: { ...allClauses, audits: false } }, TODAY);
    expect(one?.message).toContain(ART28_CLAUSE_LABELS.audits);
    const [all] = processorWarnings({ ...compliant, clauses: noClauses() }, TODAY);
    expect(all?.message).toMatch(/^8 clauses/);
    for (const clause of ART28_CLAUSES) expect(all?.message).toContain(ART28_CLAUSE_LABELS[clause]);
  });

  it('makes hosting outside the EEA a legal problem only for health data', () => {
    expect(processorWarnings({ ...compliant, hostingInEea: false }, TODAY)[0]?.level).toBe('danger');
    expect(processorWarnings({ ...compliant, hostingInEea: false, hostsHealthData: false }, TODAY)[0]?.level).toBe(
      'warning',
    );
  });
});
