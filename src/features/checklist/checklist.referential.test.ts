import { beforeEach, describe, expect, it } from 'vitest';
import { allReferentials, loadAllReferentials, resetReferentialCache } from '../../lib/referential/index.ts';
import { DATA_LOCATIONS } from '../accounts/accounts.schema.ts';
import {
  loadMeasures,
  MEASURE_FAMILY_IDS,
  MEASURE_LEVELS,
  measureFamiliesReferential,
  measuresReferential,
  STORAGE_LOCATIONS,
} from './checklist.referential.ts';

beforeEach(() => resetReferentialCache());

const { version, families, measures } = loadMeasures();
const ids = new Set(measures.map((measure) => measure.id));
const inFamily = (family: string) => measures.filter((measure) => measure.family === family);

describe('referential/measures.yaml and measure-families.yaml', () => {
  it('load, and are validated at start-up with the other referentials', () => {
    expect(version).toMatch(/^\d{4}\.\d{2}/);
    expect(allReferentials).toContain(measuresReferential);
    expect(allReferentials).toContain(measureFamiliesReferential);
    expect(() => loadAllReferentials(allReferentials)).not.toThrow();
  });

  it.each<[string, () => boolean]>([
    ['at least 55 measures', () => measures.length >= 55],
    ['at least 11 families', () => families.length >= 11],
    [
      'families are exactly those the program knows',
      () => families.map((f) => f.id).join() === MEASURE_FAMILY_IDS.join(),
    ],
    ['family ids are unique', () => new Set(families.map((f) => f.id)).size === families.length],
    [
      'every measure belongs to a described family',
      () => measures.every((m) => families.some((f) => f.id === m.family)),
    ],
    ['measure ids are unique', () => ids.size === measures.length],
    ['measure ids are kebab-case', () => measures.every((m) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.id))],
    ['every "how" has 2 to 6 steps', () => measures.every((m) => m.how.length >= 2 && m.how.length <= 6)],
    ['every title is at most 110 characters', () => measures.every((m) => m.title.length <= 110)],
    ['every title starts with a capital', () => measures.every((m) => /^[A-ZÀ-Ý]/.test(m.title))],
    ['no title ends with a full stop', () => measures.every((m) => !m.title.endsWith('.'))],
    ['every measure has a source', () => measures.every((m) => m.source.length > 0)],
    ['every family weight is 1 to 5', () => families.every((f) => f.weight >= 1 && f.weight <= 5)],
    ['storage values are those of the practice profile', () => STORAGE_LOCATIONS.join() === DATA_LOCATIONS.join()],
  ])('%s', (_rule, holds) => {
    expect(holds()).toBe(true);
  });

  it.each(MEASURE_FAMILY_IDS)('family « %s » has at least 3 measures, essential and recommended', (family) => {
    const own = inFamily(family);
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(new Set(own.map((m) => m.level))).toEqual(new Set(MEASURE_LEVELS));
  });

  it('every "why" has one to three sentences', () => {
    const tooLong = measures.filter((m) => (m.why.match(/[.!?](\s|$)/g) ?? []).length > 3).map((m) => m.id);
    expect(tooLong).toEqual([]);
  });

  it('quotes no rule title of the Mémento v2, only its themes', () => {
    const memento = measures.flatMap((m) => m.source).filter((s) => s.label.includes('Mémento'));
    expect(memento.length).toBeGreaterThan(0);
    expect(
      memento.every((s) => /\((thème : [^)]+|questionnaires fournisseurs|fiche réflexe[^)]*)\)$/.test(s.label)),
    ).toBe(true);
  });
});

/**
 * Every practice the seed webinar (Assurance Maladie / URPS Île-de-France, 2023) names, and the
 * measure that covers it: removing or renaming that measure fails here.
 */
const seedPractices: readonly [practice: string, measureId: string][] = [
  // E-mails and social networks
  ['do not open attachments or links of suspicious e-mails', 'messagerie-pieces-jointes-suspectes'],
  ['check the identity of the sender', 'messagerie-verifier-expediteur'],
  ['avoid shortened links (sites, social networks)', 'messagerie-liens-raccourcis'],
  ['check the origin of requests for confidential data by e-mail, SMS or phone', 'messagerie-demandes-confidentielles'],
  ['use a secure health messaging (MSSanté) with other professionals', 'messagerie-mssante'],
  ['separate personal and professional use', 'separation-usages-pro-perso'],
  // Backups
  ['back up regularly on external media dedicated to it', 'sauvegarde-reguliere'],
  ['keep a backup copy offline', 'sauvegarde-hors-ligne'],
  ['3-2-1: three copies, two media, one elsewhere', 'sauvegarde-3-2-1'],
  ['test restores', 'sauvegarde-test-restauration'],
  ['keep removable storage media in a safe or a locked cabinet', 'sauvegarde-supports-sous-cle'],
  // Technical protections
  ['an antivirus supported by its publisher, not a free download', 'antivirus-professionnel'],
  ['a firewall on the workstation, kept up to date', 'pare-feu-actif'],
  ['encrypt sensitive data such as medical files', 'chiffrement-disques'],
  ['encrypt laptops', 'chiffrement-disques'],
  ['encrypt USB keys', 'chiffrement-cles-usb'],
  ['update the operating system', 'mises-a-jour-systeme'],
  ['update the applications', 'mises-a-jour-logiciels'],
  ['strong encryption when using the Internet', 'chiffrement-envois-internet'],
  // Access and passwords
  ['complex password, not linked to one’s identity', 'mot-de-passe-complexe'],
  ['a different password for each use (Ameli Pro included)', 'mot-de-passe-unique'],
  ['multi-factor authentication when possible', 'double-authentification'],
  ['refuse password saving on sites; use a certified password vault', 'coffre-fort-mots-de-passe'],
  ['secure the Wi-Fi with a complex password (WPA2/3)', 'wifi-wpa'],
  ['a guest Wi-Fi separate from the practice network', 'wifi-invites'],
  ['manage access rights and limit access to confidential files', 'acces-par-role'],
  ['the secretary sees appointments, not the medical file', 'acces-par-role'],
  ['personal password and professional health card (CPS)', 'carte-cps'],
  ['lock the session', 'verrouillage-session'],
  ['physical access to the practice', 'locaux-fermes-a-cle'],
  ['paper files are covered too', 'dossiers-papier-sous-cle'],
  // Providers
  ['an HDS-certified host for data in the cloud', 'hebergeur-hds'],
  ['contracts with providers', 'contrats-prestataires'],
  ['control remote maintenance', 'telemaintenance-controlee'],
  // Cyber-attack
  ['disconnect from the network (cable, Wi-Fi) to stop propagation', 'incident-debrancher-sans-eteindre'],
  ['do not switch the computer off', 'incident-debrancher-sans-eteindre'],
  ['run a scan with a security software', 'incident-debrancher-sans-eteindre'],
  ['never talk to the attackers, never pay the ransom', 'incident-ne-pas-payer'],
  ['copy the hard disk to keep evidence', 'incident-porter-plainte'],
  ['file a complaint (police, gendarmerie or procureur)', 'incident-porter-plainte'],
  ['get help from cybermalveillance.gouv.fr', 'fiche-reflexe-incident'],
  ['notify the CNIL within 72 hours', 'incident-notifier-cnil'],
  ['watch the last connections to Ameli Pro; call 3608 if suspicious', 'ameli-pro-surveillance'],
  // GDPR
  ['register of processing activities', 'registre-traitements'],
  ['inform patients, e.g. a poster in the waiting room', 'information-patients'],
  ['a set retention period (20 years after the last consultation for doctors)', 'durees-conservation'],
  ['collect only what care needs (data minimisation)', 'minimisation-donnees'],
  ['limit who receives patient data', 'transmission-donnees-verifiee'],
  ['consent is not the legal basis for care', 'consentement-pas-base-legale'],
  ['a DPO when processing is large scale (MSP, health centre, shared files)', 'designation-dpo'],
  ['demonstrate compliance at any time by tracing actions', 'preuves-conformite'],
];

describe('every practice of the seed webinar has a measure', () => {
  it('lists at least 25 practices', () => {
    expect(seedPractices.length).toBeGreaterThanOrEqual(25);
  });

  it.each(seedPractices)('%s → %s', (_practice, measureId) => {
    expect(ids.has(measureId)).toBe(true);
  });
});
