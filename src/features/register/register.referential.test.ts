import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultReferentialDir, loadReferential } from '../../lib/referential/loader.ts';
import { PROFESSIONS } from '../../lib/referential/professions.ts';
import { loadMeasures } from '../checklist/checklist.referential.ts';
import { loadRetentionRules } from '../retention/retention.referential.ts';
import { buildRuleSet } from '../retention/rule-set.ts';
import { missingFields } from './missing-fields.ts';
import { fillTemplate, type ProposalProfile, proposeActivities, type TemplateCatalog } from './propose.ts';
import { loadRegisterTemplates, registerTemplatesReferential } from './register.referential.ts';

const templates = loadRegisterTemplates();
const retention = buildRuleSet(loadRetentionRules(), []);
const catalog: TemplateCatalog = { ...templates, retentionRules: retention.rules };
const rules = new Map(retention.rules.map((r) => [r.id, r]));

describe('register-templates.yaml', () => {
  it('is valid and ordered', () => {
    expect(templates.version).toMatch(/^\d{4}\.\d{2}/);
    expect(templates.templates.length).toBeGreaterThanOrEqual(20);
    const orders = templates.templates.map((t) => t.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  /** The points the law genuinely leaves open: the legal basis of patient records, examinations and a shared record. */
  const OPEN_POINTS = [
    'dossiers-patients-medecin',
    'dossiers-patients-infirmier',
    'dossiers-patients-kinesitherapeute',
    'dossiers-patients-dentiste',
    'dossiers-patients-sage-femme',
    'dossiers-patients-orthophoniste',
    'dossiers-patients-podologue',
    'dossiers-patients-autre',
    'laboratoire-examens',
    'dossier-partage-structure',
  ];

  it.each(templates.templates.map((t) => [t.id, t] as const))(
    '%s: a recommended choice and its reason in one sentence; « à vérifier » only where the law is open',
    (id, template) => {
      expect(template.recommendation).toMatch(/^Gardez .+ : .+\.$/);
      expect(template.recommendation.replace(/art\. R\. /g, '').split(/\.\s+\p{Lu}/u)).toHaveLength(1);
      expect(template.uncertain).toBe(OPEN_POINTS.includes(id));
      if (template.note) expect(template.note).toMatch(/garde[rz] cette proposition/);
      for (const text of [template.recommendation, template.note ?? '', template.why]) {
        expect(text).not.toMatch(/DPO|délégué|confirmez/i);
      }
    },
  );

  it.each(templates.templates.map((t) => [t.id, t] as const))(
    '%s: every security measure is a measure of measures.yaml and every retention rule exists',
    (_id, template) => {
      const measureIds = new Set(loadMeasures().measures.map((m) => m.id));
      for (const id of template.securityMeasureIds) expect(measureIds, id).toContain(id);
      for (const category of template.dataCategories) {
        if (category.retentionRule) expect(rules.has(category.retentionRule), category.retentionRule).toBe(true);
      }
    },
  );

  it.each(templates.templates.map((t) => [t.id, t] as const))(
    '%s: filled for a practice without staff or with staff, every art. 30 field is there',
    (_id, template) => {
      for (const staffCount of [0, 2]) {
        const profile: ProposalProfile = {
          structureType: 'solo',
          professions: ['autre'],
          staffCount,
          teleconsultation: false,
          dataLocations: ['local'],
          practiceSoftware: null,
          appointmentPlatform: null,
          website: null,
          videoSurveillance: false,
        };
        expect(missingFields(fillTemplate(template, profile, rules))).toEqual([]);
      }
    },
  );

  it('refuses, naming the template, a measure or a retention rule that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hygie-register-referential-'));
    try {
      cpSync(defaultReferentialDir, dir, { recursive: true });
      const file = join(dir, 'register-templates.yaml');
      const text = readFileSync(file, 'utf8')
        .replace('      - comptes-nominatifs\n', '      - mesure-inventee\n')
        .replace('retentionRule: rendez-vous }', 'retentionRule: regle-inventee }');
      writeFileSync(file, text);
      expect(() => loadRegisterTemplates(dir)).toThrow(/mesure « mesure-inventee » n’existe pas/);
      expect(() => loadRegisterTemplates(dir)).toThrow(/règle de conservation « regle-inventee » n’existe pas/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses health data without an art. 9 condition, an uncertain template without a note, a note without an open point', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hygie-register-referential-'));
    try {
      cpSync(defaultReferentialDir, dir, { recursive: true });
      const file = join(dir, 'register-templates.yaml');
      const text = readFileSync(file, 'utf8');
      const broken = text
        .replace(/(id: rendez-vous\n[\s\S]*?)article9: h/, '$1article9: null')
        .replace(/(id: laboratoire-examens\n[\s\S]*?) {4}note: >-\n( {6}.*\n)+/, '$1')
        .replace(/(id: videosurveillance\n[\s\S]*?uncertain: false\n)/, '$1    note: Une note sans point ouvert.\n');
      writeFileSync(file, broken);
      expect(() => loadReferential(registerTemplatesReferential, dir)).toThrow(/condition de l’article 9/);
      expect(() => loadReferential(registerTemplatesReferential, dir)).toThrow(/explique pourquoi dans « note »/);
      expect(() => loadReferential(registerTemplatesReferential, dir)).toThrow(
        /ne sert qu’aux modèles « uncertain: true »/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Profiles from the barest to the fullest, for one profession. */
const variants = (profession: (typeof PROFESSIONS)[number]): [string, ProposalProfile][] => [
  [
    'seul, sans personnel',
    {
      structureType: profession === 'pharmacien' ? 'pharmacy' : profession === 'biologiste' ? 'laboratory' : 'solo',
      professions: [profession],
      staffCount: 0,
      teleconsultation: false,
      dataLocations: ['paper'],
      practiceSoftware: null,
      appointmentPlatform: null,
      website: null,
      videoSurveillance: false,
    },
  ],
  [
    'en maison de santé, avec personnel, téléconsultation, site et caméras',
    {
      structureType: 'msp',
      professions: [profession],
      staffCount: 4,
      teleconsultation: true,
      dataLocations: ['local', 'cloud'],
      practiceSoftware: 'Logiciel Éole',
      appointmentPlatform: 'Agenda Santé',
      website: 'cabinet-exemple.fr',
      videoSurveillance: true,
    },
  ],
];

describe.each(PROFESSIONS.map((p) => [p]))('proposals for the profession « %s »', (profession) => {
  it.each(variants(profession))('%s: every proposed activity is complete', (_label, profile) => {
    const proposals = proposeActivities(profile, catalog);
    expect(proposals.length).toBeGreaterThanOrEqual(4);
    for (const proposal of proposals) {
      expect(missingFields(proposal.fields), proposal.templateId).toEqual([]);
      expect(proposal.referentialVersion).toBe(templates.version);
    }
    const ids = proposals.map((p) => p.templateId);
    expect(ids).toContain('facturation-teletransmission');
    expect(ids).toContain('echanges-professionnels');
    expect(ids).toContain('comptabilite-fournisseurs');
    const core = ids.filter((id) => /^(dossiers-patients-|officine-|laboratoire-)/.test(id));
    expect(core.length, 'a template of its own profession').toBeGreaterThanOrEqual(1);
  });
});

it('proposes every template to at least one practice', () => {
  const proposed = new Set(
    PROFESSIONS.flatMap((p) => variants(p).flatMap(([, profile]) => proposeActivities(profile, catalog))).map(
      (p) => p.templateId,
    ),
  );
  expect([...proposed].sort()).toEqual(templates.templates.map((t) => t.id).sort());
});
