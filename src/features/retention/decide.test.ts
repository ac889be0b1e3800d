import { describe, expect, it } from 'vitest';
import type { Profession } from '../../lib/referential/professions.ts';
import { decideRetention, type RetentionDates } from './decide.ts';
import { type DocumentType, loadRetentionRules } from './retention.referential.ts';
import { buildRuleSet } from './rule-set.ts';

const rules = buildRuleSet(loadRetentionRules(), []);
const ruleFor = (profession: Profession, type: DocumentType) => {
  const rule = rules.find(profession, type);
  if (!rule) throw new Error(`no rule for ${profession} ${type}`);
  return rule;
};
const doctor = ruleFor('medecin', 'patient_record');
const AS_OF = '2026-12-01';

describe('a doctor’s patient record (R. 1112-7, CNOM, CNIL 5 + 15 years)', () => {
  it.each<[string, Omit<RetentionDates, 'asOf'> & { asOf?: string }, object, RegExp]>([
    [
      'an adult seen 8 years ago is in intermediate archive until 20 years after the last contact',
      { birthDate: '1970-05-02', lastVisit: '2018-03-15' },
      { action: 'archive', archiveDate: '2023-03-15', endDate: '2038-03-15', nextDate: '2038-03-15' },
      /archive intermédiaire .* jusqu’au 15\/03\/2038 : 20 ans après le dernier contact \(15\/03\/2018\)/,
    ],
    [
      'an adult seen 3 years ago stays in the active base for 5 years',
      { birthDate: '1970-05-02', lastVisit: '2023-03-15' },
      { action: 'keep', archiveDate: '2028-03-15', endDate: '2043-03-15', nextDate: '2028-03-15' },
      /^Dossier médical du patient \(médecin\) : à garder en base active jusqu’au 15\/03\/2028 \(5 ans\)/,
    ],
    [
      'an adult last seen 21 years ago may be destroyed, unless a dispute is pending',
      { birthDate: '1950-01-01', lastVisit: '2005-06-30' },
      { action: 'destroy', endDate: '2025-06-30', nextDate: '2025-06-30' },
      /conservation terminée le 30\/06\/2025 .* sauf recours ou contentieux en cours/,
    ],
    [
      'a minor’s record is kept until the 28th birthday when 20 years end before it',
      { birthDate: '2015-05-02', lastVisit: '2016-03-15' },
      { action: 'archive', archiveDate: '2021-03-15', endDate: '2043-05-02', nextDate: '2043-05-02' },
      /28e anniversaire du patient né le 02\/05\/2015/,
    ],
    [
      'a minor seen at 16 keeps the 20 years, which end after the 28th birthday',
      { birthDate: '2000-01-01', lastVisit: '2016-03-15' },
      { action: 'archive', endDate: '2036-03-15' },
      /20 ans après le dernier contact/,
    ],
    [
      'a minor’s record may be destroyed once the 28th birthday has passed',
      { birthDate: '1980-01-01', lastVisit: '1985-01-01' },
      { action: 'destroy', endDate: '2008-01-01', nextDate: '2008-01-01' },
      /conservation terminée le 01\/01\/2008 : 28e anniversaire/,
    ],
    [
      'a patient who died less than 10 years after the last contact: 10 years after the death (shorter)',
      { birthDate: '1940-01-01', lastVisit: '2010-06-01', deathDate: '2015-01-10' },
      { action: 'destroy', endDate: '2025-01-10' },
      /10 ans après le décès \(10\/01\/2015\), survenu moins de 10 ans après le dernier contact/,
    ],
    [
      'a recent death before the 10-year mark: archived until 10 years after the death',
      { birthDate: '1940-01-01', lastVisit: '2020-06-01', deathDate: '2021-01-10' },
      { action: 'archive', archiveDate: '2025-06-01', endDate: '2031-01-10' },
      /10 ans après le décès/,
    ],
    [
      'a death exactly 10 years after the last contact is not « less than 10 years »: 20 years apply',
      { birthDate: '1940-01-01', lastVisit: '2010-06-01', deathDate: '2020-06-01' },
      { action: 'archive', endDate: '2030-06-01' },
      /20 ans après le dernier contact/,
    ],
    [
      'a death after the 10-year mark changes nothing',
      { birthDate: '1930-01-01', lastVisit: '2000-06-01', deathDate: '2015-01-01' },
      { action: 'destroy', endDate: '2020-06-01' },
      /20 ans après le dernier contact \(01\/06\/2000\)/,
    ],
    [
      'the death rule wins over the minor rule « in all cases »',
      { birthDate: '2010-01-01', lastVisit: '2012-01-01', deathDate: '2013-01-01' },
      { action: 'destroy', endDate: '2023-01-01' },
      /10 ans après le décès/,
    ],
    [
      'on the archive date itself, the record goes to archive',
      { birthDate: '1970-01-01', lastVisit: '2021-12-01' },
      { action: 'archive', archiveDate: '2026-12-01' },
      /archive intermédiaire/,
    ],
    [
      'the day before the end date, the record is still archived',
      { birthDate: '1970-01-01', lastVisit: '2006-12-02' },
      { action: 'archive', endDate: '2026-12-02' },
      /archive intermédiaire/,
    ],
    [
      'on the end date itself, the record may be destroyed',
      { birthDate: '1970-01-01', lastVisit: '2006-12-01' },
      { action: 'destroy', endDate: '2026-12-01' },
      /conservation terminée le 01\/12\/2026/,
    ],
  ])('%s', (_case, dates, expected, reason) => {
    const decision = decideRetention(doctor, { asOf: AS_OF, ...dates });
    expect(decision).toMatchObject({ ...expected, rule: 'dossier-patient-medecin' });
    expect(decision.reason).toMatch(reason);
    expect(decision.reason).toMatch(/Règle : recommandation du CNOM .* appliquant par analogie l’art\. R\. 1112-7/);
    expect(decision.reason).not.toMatch(/obligation légale/);
  });
});

describe('29 February: a missing day becomes 28 February (as addYears of src/lib/dates)', () => {
  it.each<[string, RetentionDates, object]>([
    [
      'born 29/02/1872: 28th birthday on 28/02/1900 (1900 is not a leap year)',
      { birthDate: '1872-02-29', lastVisit: '1875-01-01', asOf: AS_OF },
      { action: 'destroy', endDate: '1900-02-28' },
    ],
    [
      'born 29/02/2072: 28th birthday on 28/02/2100 (2100 is not a leap year)',
      { birthDate: '2072-02-29', lastVisit: '2079-01-10', asOf: '2090-01-01' },
      { action: 'archive', endDate: '2100-02-28' },
    ],
    [
      'born 29/02/2004: 28th birthday on 29/02/2032 (28 years later is a leap year again)',
      { birthDate: '2004-02-29', lastVisit: '2006-01-01', asOf: AS_OF },
      { action: 'archive', endDate: '2032-02-29' },
    ],
    [
      'last contact on 29/02/2024: archive on 28/02/2029, end on 29/02/2044',
      { birthDate: '1960-01-01', lastVisit: '2024-02-29', asOf: AS_OF },
      { action: 'keep', archiveDate: '2029-02-28', endDate: '2044-02-29' },
    ],
    [
      'died on 29/02/2012: end on 28/02/2022',
      { birthDate: '1930-01-01', lastVisit: '2010-01-01', deathDate: '2012-02-29', asOf: AS_OF },
      { action: 'destroy', endDate: '2022-02-28' },
    ],
  ])('%s', (_case, dates, expected) => {
    expect(decideRetention(doctor, dates)).toMatchObject(expected);
  });
});

describe('missing or inconsistent dates give « review »', () => {
  it.each<[string, Omit<RetentionDates, 'asOf'>, RegExp]>([
    ['no last contact', { birthDate: '1970-01-01' }, /la date du dernier contact manque/],
    [
      'a last contact after the day of the analysis',
      { lastVisit: '2027-01-01' },
      /le dernier contact \(01\/01\/2027\) tombe après le jour de l’analyse/,
    ],
    [
      'a death before the birth',
      { birthDate: '1990-01-01', lastVisit: '2000-01-01', deathDate: '1980-01-01' },
      /précède la date de naissance/,
    ],
    [
      'a last contact before the birth',
      { birthDate: '1990-01-01', lastVisit: '1985-01-01' },
      /le dernier contact \(01\/01\/1985\) précède la date de naissance/,
    ],
    [
      'a last contact after the death',
      { birthDate: '1950-01-01', lastVisit: '2020-01-01', deathDate: '2019-01-01' },
      /suit la date de décès/,
    ],
    [
      'a birth after the day of the analysis',
      { birthDate: '2030-01-01', lastVisit: '2020-01-01' },
      /date de naissance \(01\/01\/2030\) tombe après le jour de l’analyse/,
    ],
    [
      'a death after the day of the analysis',
      { lastVisit: '2020-01-01', deathDate: '2027-06-01' },
      /date de décès \(01\/06\/2027\) tombe après le jour de l’analyse/,
    ],
    [
      'no birth date when the 20 years are over (the 28th birthday cannot be checked)',
      { lastVisit: '2000-01-01' },
      /la date de naissance manque/,
    ],
  ])('%s', (_case, dates, reason) => {
    const decision = decideRetention(doctor, { asOf: AS_OF, ...dates });
    expect(decision).toEqual({
      action: 'review',
      nextDate: null,
      endDate: null,
      rule: 'dossier-patient-medecin',
      reason: expect.any(String),
    });
    expect(decision.reason).toMatch(/^À vérifier : /);
    expect(decision.reason).toMatch(reason);
  });

  it('keeps or archives a record without birth date, saying the end may move to the 28th birthday', () => {
    const decision = decideRetention(doctor, { lastVisit: '2020-03-15', asOf: AS_OF });
    expect(decision).toMatchObject({ action: 'archive', endDate: '2040-03-15' });
    expect(decision.reason).toMatch(
      /Date de naissance inconnue : pour un patient mineur au dernier contact, la conservation dure jusqu’à ses 28 ans\.$/,
    );
  });

  it('needs no birth date when the death rule sets the end', () => {
    const decision = decideRetention(doctor, { lastVisit: '2000-01-01', deathDate: '2001-01-01', asOf: AS_OF });
    expect(decision).toMatchObject({ action: 'destroy', endDate: '2011-01-01' });
  });
});

describe('every profession the CNIL practice framework covers follows the same patient-record rules', () => {
  it.each<Profession>([
    'infirmier',
    'masseur_kinesitherapeute',
    'chirurgien_dentiste',
    'sage_femme',
    'orthophoniste',
    'pedicure_podologue',
  ])('%s: minor rule and death rule, 5 + 15 years', (profession) => {
    const rule = ruleFor(profession, 'patient_record');
    expect(rule).toMatchObject({
      id: 'dossier-patient-paramedical',
      keepMonths: 60,
      archiveMonths: 180,
      minorAndDeath: true,
      uncertain: false,
    });
    expect(decideRetention(rule, { birthDate: '2015-05-02', lastVisit: '2016-03-15', asOf: AS_OF })).toMatchObject({
      endDate: '2043-05-02',
    });
    expect(decideRetention(rule, { lastVisit: '2010-06-01', deathDate: '2015-01-10', asOf: AS_OF })).toMatchObject({
      action: 'destroy',
      endDate: '2025-01-10',
    });
  });

  it('gives « autre » the same default, flagged as uncertain', () => {
    const decision = decideRetention(ruleFor('autre', 'patient_record'), {
      birthDate: '1970-01-01',
      lastVisit: '2023-03-15',
      asOf: AS_OF,
    });
    expect(decision).toMatchObject({ action: 'keep', endDate: '2043-03-15', rule: 'dossier-patient-autre' });
    expect(decision.reason).toMatch(/Durée indicative, non confirmée par un texte officiel/);
  });
});

describe('documents counted from their own date', () => {
  it.each<[DocumentType, Profession, string, string, RegExp]>([
    ['appointment', 'medecin', 'keep', '2027-01-15', /Durée indicative/],
    ['fse_copy', 'infirmier', 'destroy', '2022-04-15', /R\. 161-47 du code de la sécurité sociale/],
    ['narcotics_prescription_copy', 'pharmacien', 'destroy', '2025-01-15', /R\. 5132-35/],
    ['pharmacy_orders_invoices', 'pharmacien', 'destroy', '2025-01-15', /Ordre national des pharmaciens/],
    ['batch_traceability', 'pharmacien', 'keep', '2027-01-15', /R\. 5124-58/],
    ['prescription_register', 'pharmacien', 'keep', '2032-01-15', /R\. 5132-10/],
    ['narcotics_stock_register', 'pharmacien', 'keep', '2032-01-15', /R\. 5132-36/],
    ['preparations_register', 'pharmacien', 'keep', '2032-01-15', /R\. 5125-45/],
    ['lab_report', 'biologiste', 'keep', '2032-01-15', /10 ans/],
    ['lab_report_amp', 'biologiste', 'keep', '2042-01-15', /AMP/],
    ['genetic_result', 'biologiste', 'keep', '2052-01-15', /R\. 1131-20/],
    ['accounting', 'chirurgien_dentiste', 'keep', '2028-01-15', /L\. 102 B du livre des procédures fiscales/],
    ['payslip', 'pharmacien', 'keep', '2027-01-15', /L\. 3243-4 du code du travail/],
    ['staff_register', 'medecin', 'keep', '2027-01-15', /le départ du salarié/],
    ['recruitment_file', 'medecin', 'destroy', '2024-01-15', /2 ans après le dernier contact avec le candidat/],
    [
      'video_surveillance',
      'pharmacien',
      'destroy',
      '2022-02-15',
      /durée maximale atteinte le 15\/02\/2022 .* À effacer, sauf procédure judiciaire/,
    ],
  ])('%s (%s): %s, ends on %s', (type, profession, action, endDate, reason) => {
    const decision = decideRetention(ruleFor(profession, type), { documentDate: '2022-01-15', asOf: AS_OF });
    expect(decision).toMatchObject({ action, endDate, nextDate: endDate });
    expect(decision.archiveDate).toBeUndefined();
    expect(decision.reason).toMatch(reason);
  });

  it('reads the last-contact date as the document’s date when no document date is given', () => {
    const decision = decideRetention(ruleFor('medecin', 'accounting'), { lastVisit: '2010-03-01', asOf: AS_OF });
    expect(decision).toMatchObject({ action: 'destroy', endDate: '2016-03-01' });
  });

  it('ignores the patient’s birth and death for a document', () => {
    const decision = decideRetention(ruleFor('medecin', 'accounting'), {
      documentDate: '2024-03-01',
      birthDate: '2030-01-01',
      deathDate: '1900-01-01',
      asOf: AS_OF,
    });
    expect(decision).toMatchObject({ action: 'keep', endDate: '2030-03-01' });
  });

  it('asks to review a document without any date', () => {
    expect(decideRetention(ruleFor('medecin', 'payslip'), { asOf: AS_OF })).toMatchObject({
      action: 'review',
      reason: expect.stringMatching(/la date du document manque/),
    });
  });
});

describe('a practice’s own durations', () => {
  it('apply, and the reason says they were chosen by the practice', () => {
    const own = buildRuleSet(loadRetentionRules(), [
      { rule: 'dossier-patient-medecin', keepMonths: 24, keepDays: 0, archiveMonths: 276 },
    ]);
    const rule = own.find('medecin', 'patient_record');
    if (!rule) throw new Error('rule missing');
    const decision = decideRetention(rule, { birthDate: '1970-01-01', lastVisit: '2023-03-15', asOf: AS_OF });
    expect(decision).toMatchObject({ action: 'archive', archiveDate: '2025-03-15', endDate: '2048-03-15' });
    expect(decision.reason).toMatch(/25 ans après le dernier contact .* Durée choisie par le cabinet\.$/);
  });

  it('still end 10 years after an early death, and never keep an archive date after the end', () => {
    const own = buildRuleSet(loadRetentionRules(), [
      { rule: 'dossier-patient-medecin', keepMonths: 180, keepDays: 0, archiveMonths: 60 },
    ]);
    const rule = own.find('medecin', 'patient_record');
    if (!rule) throw new Error('rule missing');
    const decision = decideRetention(rule, { lastVisit: '2020-01-01', deathDate: '2021-01-01', asOf: AS_OF });
    expect(decision).toMatchObject({ action: 'keep', endDate: '2031-01-01', nextDate: '2031-01-01' });
    expect(decision.archiveDate).toBeUndefined();
  });
});

describe('FSE copies: at least ninety days (CSS R. 161-47), not « 3 mois »', () => {
  const fse = ruleFor('infirmier', 'fse_copy');
  it.each([
    ['an FSE of 31 January is still kept on 30 April (day 89)', '2026-01-31', '2026-04-30', 'keep', '2026-05-01'],
    ['an FSE of 31 January becomes destroyable on day 90', '2026-01-31', '2026-05-01', 'destroy', '2026-05-01'],
    ['in a leap year, 31 January + 90 days is 30 April', '2028-01-31', '2028-04-29', 'keep', '2028-04-30'],
    ['an FSE of 1 March becomes destroyable on 30 May', '2026-03-01', '2026-05-30', 'destroy', '2026-05-30'],
  ])('%s', (_case, documentDate, asOf, action, endDate) => {
    const decision = decideRetention(fse, { documentDate, asOf });
    expect(decision).toMatchObject({ action, endDate });
    expect(decision.reason).toMatch(/90 jours après la date de la feuille de soins/);
  });

  it('keeps a practice’s longer choice in months', () => {
    const own = buildRuleSet(loadRetentionRules(), [
      { rule: 'copie-fse', keepMonths: 12, keepDays: 0, archiveMonths: 0 },
    ]);
    const rule = own.find('infirmier', 'fse_copy');
    if (!rule) throw new Error('rule missing');
    expect(decideRetention(rule, { documentDate: '2026-01-31', asOf: '2026-06-01' })).toMatchObject({
      action: 'keep',
      endDate: '2027-01-31',
    });
  });
});

describe('video surveillance: one month at most (CSI L. 252-5), a practice may choose days', () => {
  it('erases after the practice’s 7 days', () => {
    const own = buildRuleSet(loadRetentionRules(), [
      { rule: 'videosurveillance', keepMonths: 0, keepDays: 7, archiveMonths: 0 },
    ]);
    const rule = own.find('medecin', 'video_surveillance');
    if (!rule) throw new Error('rule missing');
    const decision = decideRetention(rule, { documentDate: '2026-03-27', asOf: '2026-04-03' });
    expect(decision).toMatchObject({ action: 'destroy', endDate: '2026-04-03' });
    expect(decision.reason).toMatch(/durée maximale atteinte le 03\/04\/2026 : 7 jours après/);
  });
});
