import { describe, expect, it } from 'vitest';
import { loadRetentionRules } from '../retention/retention.referential.ts';
import { buildRuleSet } from '../retention/rule-set.ts';
import { type ProposalProfile, proposeActivities, type TemplateCatalog, templateApplies } from './propose.ts';
import { loadRegisterTemplates } from './register.referential.ts';

const templates = loadRegisterTemplates();
const catalogWith = (
  overrides: { rule: string; keepMonths: number; keepDays: number; archiveMonths: number }[] = [],
): TemplateCatalog => ({
  ...templates,
  retentionRules: buildRuleSet(loadRetentionRules(), overrides).rules,
});

/** A nurse working alone, no staff, no teleconsultation, files on a laptop; no website, no cameras. */
const SOLO_NURSE: ProposalProfile = {
  structureType: 'solo',
  professions: ['infirmier'],
  staffCount: 0,
  teleconsultation: false,
  dataLocations: ['local'],
  practiceSoftware: null,
  appointmentPlatform: null,
  website: null,
  videoSurveillance: false,
};

const ids = (profile: ProposalProfile) => proposeActivities(profile, catalogWith()).map((p) => p.templateId);

describe('proposeActivities', () => {
  it('proposes to a solo nurse her care files, appointments, billing, exchanges and accounting', () => {
    expect(ids(SOLO_NURSE)).toEqual([
      'dossiers-patients-infirmier',
      'rendez-vous',
      'facturation-teletransmission',
      'echanges-professionnels',
      'comptabilite-fournisseurs',
    ]);
  });

  it.each<[string, Partial<ProposalProfile>, string]>([
    ['staff', { staffCount: 1 }, 'gestion-personnel'],
    ['teleconsultation', { teleconsultation: true }, 'teleconsultation'],
    ['a website', { website: 'cabinet-exemple.fr' }, 'site-internet'],
    ['video surveillance', { videoSurveillance: true }, 'videosurveillance'],
    ['a maison de santé', { structureType: 'msp' }, 'dossier-partage-structure'],
    ['a centre de santé', { structureType: 'health_center' }, 'dossier-partage-structure'],
    ['a pharmacy', { structureType: 'pharmacy', professions: ['pharmacien'] }, 'officine-dispensation'],
    ['a laboratory', { structureType: 'laboratory', professions: ['biologiste'] }, 'laboratoire-examens'],
  ])('adds the activity of %s', (_label, change, expected) => {
    expect(ids(SOLO_NURSE)).not.toContain(expected);
    expect(ids({ ...SOLO_NURSE, ...change })).toContain(expected);
  });

  it('does not propose the website or cameras when the profile has neither', () => {
    const found = ids({ ...SOLO_NURSE, website: null, videoSurveillance: false });
    expect(found).not.toContain('site-internet');
    expect(found).not.toContain('videosurveillance');
  });

  it('gives a pharmacy no appointment activity, and a group of a doctor and a physio one patient-file activity each', () => {
    expect(ids({ ...SOLO_NURSE, structureType: 'pharmacy', professions: ['pharmacien'] })).not.toContain('rendez-vous');
    const group = ids({ ...SOLO_NURSE, structureType: 'group', professions: ['medecin', 'masseur_kinesitherapeute'] });
    expect(group.filter((id) => id.startsWith('dossiers-patients-'))).toEqual([
      'dossiers-patients-medecin',
      'dossiers-patients-kinesitherapeute',
    ]);
  });

  it('lets a template match by structure type when the professions do not (an officine whose profile says « autre »)', () => {
    const officine = { ...SOLO_NURSE, structureType: 'pharmacy' as const, professions: ['autre' as const] };
    expect(templateApplies({ when: { professions: ['pharmacien'], structureTypes: ['pharmacy'] } }, officine)).toBe(
      true,
    );
    expect(templateApplies({ when: { professions: ['pharmacien'] } }, officine)).toBe(false);
    expect(templateApplies({}, officine)).toBe(true);
  });

  it('fills the activity: practice as controller, legal basis, flags, no transfer, measures', () => {
    const [records] = proposeActivities(SOLO_NURSE, catalogWith());
    expect(records?.fields).toMatchObject({
      name: 'Dossiers de soins infirmiers',
      controller: { kind: 'practice' },
      legalBasis: { article6: ['e'], article9: 'h' },
      transfers: [],
      processors: [],
    });
    expect(records?.fields.dataCategories.some((c) => c.health)).toBe(true);
    expect(records?.fields.dataCategories.some((c) => c.nir)).toBe(true);
    expect(records?.fields.securityMeasureIds).toContain('comptes-nominatifs');
    expect(records?.note).toContain('vous pouvez garder cette proposition');
    expect(records?.recommendation).toMatch(/^Gardez la mission d’intérêt public/);
  });

  it('keeps the staff-only recipients for a practice with staff only', () => {
    const alone = proposeActivities(SOLO_NURSE, catalogWith())[0]!.fields.internalRecipients;
    const withStaff = proposeActivities({ ...SOLO_NURSE, staffCount: 2 }, catalogWith())[0]!.fields.internalRecipients;
    expect(alone.some((r) => r.startsWith('Le secrétariat'))).toBe(false);
    expect(withStaff.some((r) => r.startsWith('Le secrétariat'))).toBe(true);
  });

  it('names the online software as a processor only when the data are online, and the booking platform', () => {
    const online = {
      ...SOLO_NURSE,
      dataLocations: ['cloud' as const],
      practiceSoftware: 'Soins+',
      appointmentPlatform: 'RDV Facile',
    };
    const proposals = proposeActivities(online, catalogWith());
    const byId = new Map(proposals.map((p) => [p.templateId, p.fields.processors]));
    expect(byId.get('dossiers-patients-infirmier')).toEqual([
      'Éditeur et hébergeur du logiciel « Soins+ » (données en ligne)',
    ]);
    expect(byId.get('rendez-vous')).toEqual([
      'Plateforme de rendez-vous en ligne « RDV Facile »',
      'Éditeur et hébergeur du logiciel « Soins+ » (données en ligne)',
    ]);
    const local = proposeActivities({ ...online, dataLocations: ['local'] }, catalogWith());
    expect(local[0]?.fields.processors).toEqual([]);
  });

  it('writes retention from the retention rules, with the practice’s own durations and their source', () => {
    const records = (catalog: TemplateCatalog) =>
      proposeActivities(SOLO_NURSE, catalog)[0]!.fields.dataCategories.find((c) => c.health)!;
    expect(records(catalogWith())).toMatchObject({
      retention: expect.stringMatching(
        /^20 ans à compter du dernier contact : 5 ans en base active puis 15 ans en archive intermédiaire ; au moins jusqu’aux 28 ans du patient/,
      ),
      retentionSource: expect.stringContaining('Référentiel CNIL 2020-081'),
      retentionRuleId: 'dossier-patient-paramedical',
    });
    const chosen = records(
      catalogWith([{ rule: 'dossier-patient-paramedical', keepMonths: 60, keepDays: 0, archiveMonths: 240 }]),
    );
    expect(chosen.retention).toMatch(/^25 ans à compter du dernier contact : 5 ans en base active puis 20 ans/);
    expect(chosen.retentionSource).toContain('durée choisie par le cabinet');
  });

  it('says the appointments period is indicative, and CCTV images a maximum', () => {
    const withCameras = proposeActivities({ ...SOLO_NURSE, videoSurveillance: true }, catalogWith());
    const appointments = withCameras.find((p) => p.templateId === 'rendez-vous')!.fields.dataCategories[0]!;
    expect(appointments.retentionSource).toContain('valeur indicative à vérifier');
    const images = withCameras.find((p) => p.templateId === 'videosurveillance')!.fields.dataCategories[0]!;
    expect(images.retention).toBe('1 mois au plus à compter de la date de l’enregistrement');
  });
});
