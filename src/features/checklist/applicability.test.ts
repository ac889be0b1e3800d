import { describe, expect, it } from 'vitest';
import { type ApplicabilityProfile, applicability, applicableMeasures } from './applicability.ts';
import { type Applicability, loadMeasures } from './checklist.referential.ts';

const { measures } = loadMeasures();

/** A solo nurse: patient files in cloud software, no staff, no Wi-Fi, a phone on her rounds. */
const soloNurse: ApplicabilityProfile = {
  structureType: 'solo',
  staffCount: 0,
  dataLocations: ['cloud'],
  wifi: false,
  mobileDevices: true,
  teleconsultation: false,
};

/** An MSP with a server in the practice, paper files, a secretary, Wi-Fi and teleconsultation. */
const msp: ApplicabilityProfile = {
  structureType: 'msp',
  staffCount: 1,
  dataLocations: ['local', 'paper'],
  wifi: true,
  mobileDevices: false,
  teleconsultation: true,
};

const profiles = { soloNurse, msp };

const NOT_LOCAL = 'Ne s’applique pas : les données des patients ne sont pas conservées sur un ordinateur du cabinet.';
const NOT_CLOUD = 'Ne s’applique pas : les données des patients ne sont pas conservées chez un hébergeur en ligne.';
const NOT_PAPER = 'Ne s’applique pas : les données des patients ne sont pas conservées dans des dossiers papier.';
const NO_STAFF = 'Ne s’applique pas : vous n’avez pas de personnel.';
const NO_WIFI = 'Ne s’applique pas : le cabinet n’a pas de Wi-Fi.';
const NO_MOBILE =
  'Ne s’applique pas : vous n’utilisez ni ordinateur portable, ni téléphone, ni tablette pour le cabinet.';
const NO_TELECONSULTATION = 'Ne s’applique pas : vous ne pratiquez pas la téléconsultation.';
const NOT_SOLO = 'Ne s’applique pas : cette mesure ne concerne pas l’exercice seul.';
const NOT_MSP = 'Ne s’applique pas : cette mesure ne concerne pas les maisons de santé pluriprofessionnelles.';

/** Every measure of the referential that does not apply, with its reason; all the others apply. */
const expectedExclusions: [string, ApplicabilityProfile, Record<string, string>][] = [
  [
    'solo nurse, cloud, no staff, no Wi-Fi',
    soloNurse,
    {
      'sauvegarde-reguliere': NOT_LOCAL,
      'sauvegarde-hors-ligne': NOT_LOCAL,
      'sauvegarde-3-2-1': NOT_LOCAL,
      'sauvegarde-test-restauration': NOT_LOCAL,
      'sauvegarde-supports-sous-cle': NOT_LOCAL,
      'chiffrement-sauvegardes': NOT_LOCAL,
      'serveur-local-protege': NOT_LOCAL,
      'dossiers-papier-sous-cle': NOT_PAPER,
      'wifi-wpa': NO_WIFI,
      'wifi-invites': NO_WIFI,
      'teleconsultation-outil-securise': NO_TELECONSULTATION,
      'sensibilisation-equipe': NO_STAFF,
      'arrivees-departs': NO_STAFF,
      'charte-informatique': NO_STAFF,
      'acces-par-role': NO_STAFF,
      'referent-securite': NOT_SOLO,
      'incident-signalement-cert-sante': NOT_SOLO,
      'designation-dpo': NOT_SOLO,
      'analyse-impact-aipd': NOT_SOLO,
    },
  ],
  [
    'MSP, local server, secretary, Wi-Fi',
    msp,
    {
      'sauvegarde-prestataire-cloud': NOT_CLOUD,
      'hebergeur-hds': NOT_CLOUD,
      'telephone-code-verrouillage': NO_MOBILE,
      'appareils-perte-vol': NO_MOBILE,
      'appareils-sans-surveillance': NO_MOBILE,
      'wifi-public-deplacements': NO_MOBILE,
      'incident-signalement-cert-sante': NOT_MSP,
    },
  ],
];

describe('applicability() on the real referential', () => {
  it.each(expectedExclusions)(
    '%s: exactly these measures do not apply, each with its reason',
    (_, profile, excluded) => {
      const actual = Object.fromEntries(
        measures.flatMap((measure) => {
          const result = applicability(measure, profile);
          return result.applies ? [] : [[measure.id, result.reason]];
        }),
      );
      expect(actual).toEqual(excluded);
      expect(applicableMeasures(measures, profile)).toHaveLength(measures.length - Object.keys(excluded).length);
    },
  );

  it.each([
    ['sauvegarde-prestataire-cloud', 'soloNurse', true],
    ['hebergeur-hds', 'soloNurse', true],
    ['sauvegarde-hors-ligne', 'msp', true],
    ['wifi-wpa', 'msp', true],
    ['acces-par-role', 'msp', true],
    ['teleconsultation-outil-securise', 'msp', true],
    ['designation-dpo', 'msp', true],
    ['wifi-wpa', 'soloNurse', false],
    ['sauvegarde-hors-ligne', 'soloNurse', false],
    ['hebergeur-hds', 'msp', false],
  ] as const)('%s, for %s: applies = %s', (id, profile, applies) => {
    const measure = measures.find((m) => m.id === id);
    expect(measure, id).toBeDefined();
    expect(applicability(measure!, profiles[profile]).applies).toBe(applies);
  });
});

describe('applicability() rules', () => {
  it.each<[string, Applicability | undefined, Partial<ApplicabilityProfile>, string | null]>([
    ['no condition', undefined, {}, null],
    ['storage: any listed place is enough', { storage: ['local', 'cloud'] }, { dataLocations: ['cloud'] }, null],
    [
      'storage: none of two places',
      { storage: ['local', 'paper'] },
      { dataLocations: ['cloud'] },
      'Ne s’applique pas : les données des patients ne sont conservées ni sur un ordinateur du cabinet, ni dans des dossiers papier.',
    ],
    ['staff: one person is staff', { requiresStaff: true }, { staffCount: 1 }, null],
    ['staff: zero is no staff', { requiresStaff: true }, { staffCount: 0 }, NO_STAFF],
    ['Wi-Fi present', { requiresWifi: true }, { wifi: true }, null],
    ['mobile devices present', { requiresMobileDevices: true }, { mobileDevices: true }, null],
    ['teleconsultation practised', { requiresTeleconsultation: true }, { teleconsultation: true }, null],
    [
      'structure type not listed',
      { structureTypes: ['laboratory'] },
      { structureType: 'pharmacy' },
      'Ne s’applique pas : cette mesure ne concerne pas les officines de pharmacie.',
    ],
    ['structure type listed', { structureTypes: ['pharmacy'] }, { structureType: 'pharmacy' }, null],
    [
      'several unmet conditions: the structure is named first',
      { structureTypes: ['group'], requiresWifi: true, requiresStaff: true },
      { structureType: 'health_center', wifi: false, staffCount: 0 },
      'Ne s’applique pas : cette mesure ne concerne pas les centres de santé.',
    ],
    ['all conditions met', { storage: ['local'], requiresWifi: true, requiresStaff: true }, {}, null],
  ])('%s', (_, rule, overrides, reason) => {
    const profile = { ...msp, ...overrides };
    const result = applicability({ applicability: rule }, profile);
    expect(result).toEqual(reason === null ? { applies: true } : { applies: false, reason });
  });
});
