import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  allReferentials,
  defaultReferentialDir,
  loadAllReferentials,
  ReferentialError,
  resetReferentialCache,
} from '../../lib/referential/index.ts';
import { INCIDENT_SCENARIOS } from './incident-labels.ts';
import {
  incidentPlaybooksReferential,
  loadIncidentReferential,
  nationalContactsReferential,
  phoneNumbersIn,
} from './incidents.referential.ts';

beforeEach(() => resetReferentialCache());

const ref = loadIncidentReferential();
const contactIds = new Set(ref.contacts.map((c) => c.id));

describe('referential/incident-playbooks.yaml and national-contacts.yaml', () => {
  it('load, and are validated at start-up with the other referentials', () => {
    expect(ref.version).toMatch(/^\d{4}\.\d{2}/);
    expect(allReferentials).toContain(incidentPlaybooksReferential);
    expect(allReferentials).toContain(nationalContactsReferential);
    expect(() => loadAllReferentials(allReferentials)).not.toThrow();
  });

  it.each(INCIDENT_SCENARIOS)('scenario « %s » has gestures, things not to do, contacts and a source', (scenario) => {
    const playbook = ref.playbook(scenario);
    expect(playbook.gestures.length).toBeGreaterThanOrEqual(3);
    expect(playbook.doNot.length).toBeGreaterThanOrEqual(1);
    expect(playbook.contacts.length).toBeGreaterThanOrEqual(1);
    expect(playbook.source.length).toBeGreaterThanOrEqual(1);
    expect(new Set(playbook.gestures.map((g) => g.id)).size).toBe(playbook.gestures.length);
  });

  it.each(INCIDENT_SCENARIOS)('every contact named by « %s » exists in national-contacts.yaml', (scenario) => {
    expect(ref.playbook(scenario).contacts.filter((id) => !contactIds.has(id))).toEqual([]);
  });

  it.each(ref.contacts.map((c) => [c.id, c] as const))(
    'national contact « %s » has a source and a way to reach it',
    (_id, contact) => {
      expect(contact.source.length).toBeGreaterThanOrEqual(1);
      expect(contact.phone !== undefined || (contact.links?.length ?? 0) > 0).toBe(true);
    },
  );

  /** The vetted list of domain.md section 11: exactly these numbers and sites, nothing invented. */
  it.each<[string, string | undefined, string[]]>([
    ['cybermalveillance', undefined, ['https://www.cybermalveillance.gouv.fr/']],
    ['17cyber', undefined, ['https://17cyber.gouv.fr/']],
    ['police-gendarmerie', '17', []],
    ['cnil-notifications', undefined, ['https://notifications.cnil.fr/']],
    ['cnil', undefined, ['https://cnil.fr/']],
    ['cert-sante', undefined, ['https://cyberveille-sante.gouv.fr/', 'https://signalement.social-sante.gouv.fr/']],
    ['ameli-pro-support', '3608', []],
    ['anssi', undefined, ['https://cyber.gouv.fr/']],
    ['info-escroqueries', '0 805 805 817', []],
  ])('national contact « %s » is the vetted one', (id, phone, urls) => {
    const contact = ref.contact(id);
    expect(contact?.phone).toBe(phone);
    expect((contact?.links ?? []).map((l) => l.url)).toEqual(urls);
  });

  it('lists no national contact outside the vetted list', () => {
    expect(ref.contacts).toHaveLength(9);
  });

  it('follows the seed: never talk to the attackers, never pay, do not switch off; Ameli Pro with 3608', () => {
    const ransomware = ref.playbook('ransomware');
    const doNot = ransomware.doNot.join(' ');
    expect(doNot).toMatch(/Ne communiquez jamais avec les pirates/);
    expect(doNot).toMatch(/Ne payez jamais la rançon/);
    expect(doNot).toMatch(/N’éteignez pas l’ordinateur/);
    expect(ransomware.gestures[0]?.id).toBe('ne-pas-eteindre');
    const account = ref.playbook('account_compromised');
    expect(account.gestures.map((g) => g.id).slice(0, 3)).toEqual([
      'ameli-mot-de-passe-oublie',
      'ameli-dernieres-connexions',
      'ameli-appeler-3608',
    ]);
    expect(account.contacts[0]).toBe('ameli-pro-support');
  });

  it.each<[string, string, string[]]>([
    ['a short code', 'appelez le 3608.', ['3608']],
    ['a spaced number', 'au 0 805 805 817, du lundi', ['0805805817']],
    ['no quantity', 'dans les 72 heures, 2,5 jours', []],
  ])('phoneNumbersIn finds %s', (_case, text, numbers) => {
    expect(phoneNumbersIn(text)).toEqual(numbers);
  });
});

describe('a broken file is refused with a French message', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hygie-incidents-ref-'));
    for (const file of ['incident-playbooks.yaml', 'national-contacts.yaml']) {
      cpSync(join(defaultReferentialDir, file), join(dir, file));
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, from: string | RegExp, to: string) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const edited = text.replace(from, to);
    expect(edited).not.toBe(text);
    writeFileSync(path, edited);
  };
  const messageOf = () => {
    try {
      loadIncidentReferential(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(ReferentialError);
      return (error as Error).message;
    }
    throw new Error('the referential loaded');
  };

  it.each<[string, string, string | RegExp, string, RegExp]>([
    [
      'a contact that does not exist',
      'incident-playbooks.yaml',
      'contacts: [cnil-notifications, cnil]',
      'contacts: [cnil-notifications, cnil-inventee]',
      /Référentiel invalide : \S+\/incident-playbooks\.yaml : le contact « cnil-inventee » n’existe pas dans national-contacts\.yaml \(entrée « misdirected_message »\)/,
    ],
    [
      'an unknown scenario',
      'incident-playbooks.yaml',
      '  - id: provider_breach',
      '  - id: provider_leak',
      /incident-playbooks\.yaml, entrées\[5\]\.id : situation inconnue : les situations sont ransomware, phishing_opened/,
    ],
    [
      'a number not in the national contacts',
      'incident-playbooks.yaml',
      'assistance technique amelipro au 3608.',
      'assistance technique amelipro au 0 800 000 000.',
      /le numéro « 0800000000 » n’est pas dans national-contacts\.yaml \(ajoutez-le avec sa source\)/,
    ],
    [
      'a gesture twice',
      'incident-playbooks.yaml',
      '      - id: lancer-analyse\n        text: Après la copie, laissez votre prestataire analyser et nettoyer l’appareil, puis restaurer une sauvegarde saine.\n      - id: demander-aide',
      '      - id: lancer-analyse\n        text: Lancez une analyse.\n      - id: lancer-analyse',
      /le geste « lancer-analyse » apparaît deux fois \(entrée « ransomware »\)/,
    ],
    [
      'a playbook without a source',
      'incident-playbooks.yaml',
      / {4}source:\n {6}- label: Webinaire Assurance Maladie \/ URPS Île-de-France \(2023\), « Quels sont[^\n]*\n(?: {6}- label: [^\n]*\n(?: {8}url: [^\n]*\n)?)*/,
      '',
      /source obligatoire : indiquez le texte officiel dont vient cette information \(ligne \d+, entrée « ransomware »\)/,
    ],
    [
      'a contact without number nor link',
      'national-contacts.yaml',
      '    phone: "3608"\n',
      '',
      /un contact a au moins un numéro \(phone\) ou un lien \(links\)/,
    ],
    [
      'a link that is not https',
      'national-contacts.yaml',
      'url: https://cnil.fr/',
      'url: http://cnil.fr/',
      /lien invalide : une adresse complète en https:\/\/ est attendue/,
    ],
  ])('%s', (_case, file, from, to, expected) => {
    edit(file, from, to);
    expect(messageOf()).toMatch(expected);
  });
});
