import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  allReferentials,
  defaultReferentialDir,
  loadAllReferentials,
  PROFESSIONS,
  ReferentialError,
  resetReferentialCache,
} from '../../lib/referential/index.ts';
import {
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  loadRetentionRules,
  retentionRulesReferential,
} from './retention.referential.ts';
import { buildRuleSet, defaultDurations, overrideProblem } from './rule-set.ts';

beforeEach(() => resetReferentialCache());

const { version, rules } = loadRetentionRules();
const byId = (id: string) => {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

describe('referential/retention-rules.yaml', () => {
  it('loads, and is validated at start-up with the other referentials', () => {
    expect(version).toMatch(/^\d{4}\.\d{2}/);
    expect(allReferentials).toContain(retentionRulesReferential);
    expect(() => loadAllReferentials(allReferentials)).not.toThrow();
  });

  it.each<[string, () => boolean]>([
    ['every document type has a rule', () => DOCUMENT_TYPES.every((t) => rules.some((r) => r.documentType === t))],
    [
      'every document type has a French label',
      () => DOCUMENT_TYPES.every((t) => /^[A-ZÉ]/.test(DOCUMENT_TYPE_LABELS[t])),
    ],
    ['every rule has a source and a citation', () => rules.every((r) => r.source.length > 0 && r.citation.length > 0)],
    [
      'every default lies within its limits',
      () => rules.every((r) => overrideProblem(r, defaultDurations(r)) === undefined),
    ],
    [
      'no user-facing text uses a straight apostrophe',
      () => rules.every((r) => !/'/.test([r.label, r.citation, r.referenceLabel, r.note ?? ''].join())),
    ],
    [
      'only patient records start from the last contact',
      () => rules.every((r) => (r.referenceDate === 'last_visit') === (r.documentType === 'patient_record')),
    ],
  ])('%s', (_rule, holds) => {
    expect(holds()).toBe(true);
  });

  it('gives every profession a patient-record rule except the pharmacy and the laboratory', () => {
    const set = buildRuleSet({ version, rules }, []);
    const without = PROFESSIONS.filter((p) => !set.find(p, 'patient_record'));
    expect(without).toEqual(['pharmacien', 'biologiste']);
  });

  it('encodes the doctor’s record as 5 years active + 15 years archive with the R. 1112-7 rules', () => {
    expect(byId('dossier-patient-medecin')).toMatchObject({
      professions: ['medecin'],
      keep: { months: 60, days: 0 },
      archive: { months: 180, days: 0 },
      minorAndDeath: true,
      uncertain: false,
      limits: { min: { months: 240, days: 0 }, max: { months: 360, days: 0 } },
    });
  });

  it.each([
    ['rendez-vous', /Aucune durée propre/],
    ['dossier-patient-autre', /pas nommée par le référentiel de la CNIL/],
  ])('flags « %s » as uncertain (no confirmed source), with a note saying so', (id, note) => {
    expect(byId(id)).toMatchObject({ uncertain: true, note: expect.stringMatching(note) });
  });

  it('marks video surveillance as a legal maximum of one month (CSI L. 252-5) that a practice may shorten, never lengthen', () => {
    const rule = byId('videosurveillance');
    expect(rule).toMatchObject({
      keep: { months: 1, days: 0 },
      maximum: true,
      citation: expect.stringMatching(/L\. 252-5/),
    });
    expect(overrideProblem(rule, { keepMonths: 0, keepDays: 7, archiveMonths: 0 })).toBeUndefined();
    expect(overrideProblem(rule, { keepMonths: 2, keepDays: 0, archiveMonths: 0 })).toBe(
      'la durée totale (2 mois) doit être de 1 jour à 1 mois, quel que soit le jour où elle commence',
    );
  });

  it('keeps FSE copies at least 90 days (CSS R. 161-47), with no maximum', () => {
    const rule = byId('copie-fse');
    expect(rule).toMatchObject({ keep: { months: 0, days: 90 }, limits: { min: { months: 0, days: 90 } } });
    expect(rule.limits.max).toBeUndefined();
    expect(overrideProblem(rule, { keepMonths: 60, keepDays: 0, archiveMonths: 0 })).toBeUndefined();
    expect(overrideProblem(rule, { keepMonths: 3, keepDays: 0, archiveMonths: 0 })).toBe(
      'la durée totale (3 mois) doit être au moins 90 jours (aucune durée maximale fixée), quel que soit le jour où elle commence',
    );
  });

  it.each([
    ['registre-medicaments-derives-du-sang', 'pharmacien', 'blood_derived_register', 480],
    ['journaux-acces', 'medecin', 'access_log', 6],
    ['journaux-acces', 'biologiste', 'access_log', 6],
  ])(
    'adds « %s » (%s, %s: %i months), uncertain since its text could not be read here',
    (id, profession, type, months) => {
      const rule = buildRuleSet({ version, rules }, []).find(profession as never, type as never);
      expect(rule).toMatchObject({ id, keepMonths: months, uncertain: true });
    },
  );

  it.each(['compte-rendu-biologie', 'compte-rendu-biologie-amp'])(
    'flags « %s » as uncertain: no primary text could be read',
    (id) => {
      expect(byId(id)).toMatchObject({ uncertain: true, note: expect.stringMatching(/Aucun texte officiel/) });
    },
  );

  it('cites R. 5132-32 and R. 5132-19 for the pharmacy’s narcotics orders and invoices', () => {
    expect(byId('commandes-factures-officine').citation).toMatch(/R\. 5132-32 .*R\. 5132-19/);
  });
});

describe('a broken retention file is refused with a French message', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the referential folder where `retention-rules.yaml` is edited by `edit`. */
  function brokenCopy(edit: (text: string) => string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-retention-ref-'));
    dirs.push(dir);
    for (const file of fs.readdirSync(defaultReferentialDir)) {
      fs.copyFileSync(path.join(defaultReferentialDir, file), path.join(dir, file));
    }
    const file = path.join(dir, 'retention-rules.yaml');
    fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
    return dir;
  }

  it.each<[string, (text: string) => string, RegExp]>([
    [
      'an unreadable duration',
      (t) => t.replace('keep: 5 ans\n    archive: 15 ans', 'keep: cinq ans\n    archive: 15 ans'),
      /durée « cinq ans » illisible/,
    ],
    [
      'a default outside its limits',
      (t) => t.replace('limits: { min: 20 ans, max: 30 ans }', 'limits: { min: 25 ans, max: 30 ans }'),
      /doit être comprise entre « limits\.min » et « limits\.max ».*dossier-patient-medecin/,
    ],
    [
      'two rules for the same profession and document type',
      (t) => t.replace(/professions:\s*\[infirmier, /, 'professions: [medecin, infirmier, '),
      /la profession « medecin » a déjà une règle pour « patient_record » \(dossier-patient-medecin\)/,
    ],
    [
      'a CNIL-covered profession without the minor and death rules',
      (t) => t.replace(/(id: dossier-patient-paramedical[\s\S]*?)minorAndDeath: true\n\s*/, '$1'),
      /le dossier patient de « infirmier » doit suivre les règles des mineurs et du décès/,
    ],
    ['an unknown document type', (t) => t.replace('documentType: payslip', 'documentType: bulletin'), /documentType/],
  ])('%s', (_case, edit, message) => {
    const dir = brokenCopy(edit);
    let caught: unknown;
    try {
      loadRetentionRules(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReferentialError);
    expect((caught as Error).message).toMatch(/^Référentiel invalide : /);
    expect((caught as Error).message).toMatch(message);
  });
});
