import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/support/pdf.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import type { PatientRequest } from './requests.repository.ts';
import { requestLetterPdf } from './requests-letters.ts';

const NOW = new Date('2026-11-16T09:00:00Z');

const practice: Practice = {
  id: 'p',
  name: 'Cabinet infirmier Hélène Lefèvre',
  structureType: 'group',
  professions: ['infirmier'],
  staffCount: 2,
  department: '67',
  siret: null,
  finess: null,
  rpps: null,
  dataLocations: ['local'],
  careSetting: 'both',
  address: null,
  phone: null,
  email: null,
  website: null,
  videoSurveillance: false,
  practiceSoftware: null,
  appointmentPlatform: null,
  teleconsultation: false,
  wifi: false,
  mobileDevices: false,
  dpo: { name: 'Noël Gaëtan', email: 'dpo@exemple.fr', phone: null },
  mfaRequired: false,
  legalForm: null,
  medicalSpecialties: [],
  goodFriday: false,
  status: 'active',
  createdAt: '2026-01-01T00:00:00.000Z',
};

const base: PatientRequest = {
  id: 'r',
  practiceId: 'p',
  kind: 'medical_file',
  receivedAt: '2026-11-11',
  requester: { type: 'patient', name: '4711 J. D.' },
  heirPurpose: null,
  identityChecked: false,
  status: 'received',
  infoOlderThan5Years: false,
  alsaceMoselle: true,
  goodFriday: false,
  earliestAnswerAt: '2026-11-13',
  dueDate: '2026-11-19',
  extendedDueDate: null,
  extendedAt: null,
  extensionReason: null,
  answer: null,
  answeredAt: null,
  refusalReason: null,
  createdAt: '2026-11-11T10:00:00.000Z',
  updatedAt: '2026-11-11T10:00:00.000Z',
};

const ANSWER = 'Compte rendu de l’intervention du 3 mars';

const heir: PatientRequest = {
  ...base,
  requester: { type: 'heir', name: '4711 J. D. (fille)' },
  heirPurpose: 'causes_of_death',
};
const old: PatientRequest = { ...base, infoOlderThan5Years: true, dueDate: '2027-01-11', identityChecked: true };
const access: PatientRequest = {
  ...base,
  kind: 'access',
  earliestAnswerAt: null,
  dueDate: '2026-12-11',
};
const extended: PatientRequest = {
  ...access,
  status: 'extended',
  extendedDueDate: '2027-02-11',
  extendedAt: '2026-11-16T09:00:00.000Z',
  extensionReason: 'vos données sont réparties dans des archives papier à rechercher.',
};
const answered: PatientRequest = { ...base, status: 'answered', answer: ANSWER, answeredAt: '2026-11-16' };
const refusedErasure: PatientRequest = {
  ...access,
  kind: 'erasure',
  status: 'refused',
  answeredAt: '2026-11-16',
  refusalReason: 'le dossier de soins doit être conservé pendant sa durée légale.',
};

describe('request letters (PDF read back with pdftotext)', () => {
  it.each([
    [
      'acknowledgement of a medical-file request',
      'acknowledgement',
      base,
      [
        'Accusé de réception',
        'Accès au dossier médical — article L1111-7 du code de la santé publique',
        'Cabinet infirmier Hélène Lefèvre',
        'Votre référence 4711 J. D.',
        'Demande reçue le 11 novembre 2026',
        'Courrier du 16 novembre 2026',
        'Nom et adresse du destinataire (à compléter)',
        'délai de réflexion de 48 heures : les informations vous seront communiquées au plus tôt le 13 novembre 2026 et au plus tard le 19 novembre 2026.',
        'La première copie est gratuite.',
        'merci de nous transmettre une copie d’une pièce d’identité.',
      ],
      ['délégué à la protection des données', 'CNIL'],
    ],
    [
      'acknowledgement to an heir',
      'acknowledgement',
      heir,
      [
        'concernant votre proche décédé',
        'pour le motif suivant : connaître les causes de la mort. Seules les informations nécessaires à ce motif',
        'pièce d’identité et d’un document justifiant de votre qualité.',
      ],
      [],
    ],
    [
      'acknowledgement for information over five years old, identity checked',
      'acknowledgement',
      old,
      [
        'au plus tard le 11 janvier 2027. Les informations demandées datant de plus de cinq ans, le délai légal est de deux mois.',
      ],
      ['pièce d’identité'],
    ],
    [
      'acknowledgement of a GDPR access request',
      'acknowledgement',
      access,
      [
        'votre demande d’accès aux données vous concernant (article 15 du RGPD)',
        'Nous vous répondrons au plus tard le 11 décembre 2026',
        'prolongé de deux mois',
        'Cette démarche est gratuite.',
        'délégué à la protection des données : Noël Gaëtan (dpo@exemple.fr)',
      ],
      ['48 heures'],
    ],
    [
      'extension notice',
      'extension',
      extended,
      [
        'Information de prolongation',
        'pour la raison suivante : vos données sont réparties dans des archives papier à rechercher.',
        'ce délai est prolongé de deux mois : nous vous répondrons au plus tard le 11 février 2027.',
      ],
      [],
    ],
    [
      'answer cover letter, without the answer itself',
      'answer',
      answered,
      ['Lettre d’accompagnement de la réponse', 'vous trouverez ci-joint les informations de santé demandées'],
      [ANSWER, 'CNIL'],
    ],
    [
      'refusal of an erasure, with the reason, the legal limit and the CNIL',
      'refusal',
      refusedErasure,
      [
        'Lettre de refus motivé',
        'Nous ne pouvons pas y donner suite, pour le motif suivant : le dossier de soins doit être conservé pendant sa durée légale.',
        'article 17.3, c et e, du RGPD',
        'réclamation à la CNIL (www.cnil.fr)',
      ],
      [],
    ],
  ] as const)('%s', async (_label, template, request, present, absent) => {
    const text = pdfText(await requestLetterPdf(template, request, practice, NOW), { collapseSpaces: true });
    for (const sentence of present) expect(text).toContain(sentence);
    for (const sentence of absent) expect(text).not.toContain(sentence);
  });
});
