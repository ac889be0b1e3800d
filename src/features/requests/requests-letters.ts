import { formatDayLong, type IsoDay, parisDay } from '../../lib/dates/index.ts';
import { type Content, keyValues, paragraph, renderPdf } from '../../lib/documents/index.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import {
  HEIR_PURPOSE_LABELS,
  isGdprKind,
  KIND_LABELS,
  KIND_LEGAL_BASIS,
  LETTER_LABELS,
  type LetterTemplate,
  type RequestKind,
} from './request-labels.ts';
import { currentDueDate } from './request-state.ts';
import type { PatientRequest } from './requests.repository.ts';

/** What the person asked for, as it follows « votre demande » (with the elided « d’ »). */
const REQUEST_NOUNS: Record<RequestKind, string> = {
  medical_file: 'de communication des informations de santé',
  access: 'd’accès aux données vous concernant',
  rectification: 'de rectification de données vous concernant',
  erasure: 'd’effacement de données vous concernant',
  restriction: 'de limitation du traitement de données vous concernant',
  objection: 'd’opposition au traitement de données vous concernant',
  portability: 'de portabilité des données vous concernant',
};

const WHOSE: Record<PatientRequest['requester']['type'], string> = {
  patient: 'vous concernant',
  representative: 'concernant la personne que vous représentez',
  heir: 'concernant votre proche décédé',
};

const long = (day: IsoDay) => formatDayLong(day);

function opening(request: PatientRequest): string {
  if (request.kind === 'medical_file') {
    return `Nous avons bien reçu, le ${long(request.receivedAt)}, votre demande de communication des informations de santé ${WHOSE[request.requester.type]} (${KIND_LEGAL_BASIS.medical_file}).`;
  }
  return `Nous avons bien reçu, le ${long(request.receivedAt)}, votre demande ${REQUEST_NOUNS[request.kind]} (${KIND_LEGAL_BASIS[request.kind]}).`;
}

function identityParagraph(request: PatientRequest): string[] {
  if (request.identityChecked) return [];
  const proof = request.requester.type === 'patient' ? '' : ' et d’un document justifiant de votre qualité';
  return [
    `Pour protéger la confidentialité de ces informations, nous devons vérifier votre identité : merci de nous transmettre une copie d’une pièce d’identité${proof}.`,
  ];
}

const CNIL =
  'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (www.cnil.fr).';

function acknowledgement(request: PatientRequest): string[] {
  if (request.kind === 'medical_file') {
    const old = request.infoOlderThan5Years
      ? ' Les informations demandées datant de plus de cinq ans, le délai légal est de deux mois.'
      : '';
    const heir =
      request.requester.type === 'heir' && request.heirPurpose
        ? [
            `Vous avez indiqué demander ces informations pour le motif suivant : ${HEIR_PURPOSE_LABELS[request.heirPurpose].toLowerCase()}. Seules les informations nécessaires à ce motif peuvent vous être communiquées.`,
          ]
        : [];
    return [
      opening(request),
      `La loi prévoit un délai de réflexion de 48 heures : les informations vous seront communiquées au plus tôt le ${long(request.earliestAnswerAt ?? request.receivedAt)} et au plus tard le ${long(request.dueDate)}.${old}`,
      ...heir,
      'Vous pouvez choisir de consulter ces informations sur place ou d’en recevoir une copie ; vous pouvez aussi désigner un médecin pour y accéder par son intermédiaire. La première copie est gratuite.',
      ...identityParagraph(request),
    ];
  }
  return [
    opening(request),
    `Nous vous répondrons au plus tard le ${long(request.dueDate)}, dans le délai d’un mois prévu par l’article 12 du RGPD. Si votre demande se révèle complexe, ce délai peut être prolongé de deux mois : nous vous en informerions alors, avec les raisons, avant cette date.`,
    'Cette démarche est gratuite.',
    ...identityParagraph(request),
  ];
}

function extension(request: PatientRequest): string[] {
  return [
    opening(request),
    `Nous ne pourrons pas y répondre dans le délai d’un mois, pour la raison suivante : ${request.extensionReason ?? ''}`,
    `Comme le permet l’article 12 du RGPD, ce délai est prolongé de deux mois : nous vous répondrons au plus tard le ${long(currentDueDate(request))}.`,
  ];
}

function answer(request: PatientRequest): string[] {
  if (request.kind === 'medical_file') {
    return [
      `En réponse à votre demande reçue le ${long(request.receivedAt)}, vous trouverez ci-joint les informations de santé demandées, ou les modalités convenues pour les consulter (${KIND_LEGAL_BASIS.medical_file}).`,
      'Cette première copie vous est remise gratuitement.',
    ];
  }
  return [
    `En réponse à votre demande ${REQUEST_NOUNS[request.kind]}, reçue le ${long(request.receivedAt)}, vous trouverez ci-joint notre réponse (${KIND_LEGAL_BASIS[request.kind]}).`,
    CNIL,
  ];
}

function refusal(request: PatientRequest): Content[] {
  const erasure =
    request.kind === 'erasure'
      ? [
          'Le droit à l’effacement ne s’applique pas au dossier médical pendant sa durée de conservation : il est conservé pour un motif d’intérêt public dans le domaine de la santé publique et pour la constatation, l’exercice ou la défense de droits en justice (article 17.3, c et e, du RGPD ; article L1142-28 du code de la santé publique).',
        ]
      : [];
  return [
    paragraph(`${opening(request)} Nous ne pouvons pas y donner suite, pour le motif suivant :`),
    paragraph([{ text: request.refusalReason ?? '', bold: true }]),
    ...erasure.map((text) => paragraph(text)),
    ...(isGdprKind(request.kind) ? [paragraph(CNIL)] : []),
  ];
}

function body(template: LetterTemplate, request: PatientRequest): Content[] {
  switch (template) {
    case 'acknowledgement':
      return acknowledgement(request).map((text) => paragraph(text));
    case 'extension':
      return extension(request).map((text) => paragraph(text));
    case 'answer':
      return answer(request).map((text) => paragraph(text));
    case 'refusal':
      return refusal(request);
  }
}

function contact(practice: Practice, request: PatientRequest): Content[] {
  const dpo = practice.dpo;
  if (!dpo || !isGdprKind(request.kind)) return [];
  const ways = [dpo.email, dpo.phone].filter((v): v is string => Boolean(v)).join(', ');
  return [
    paragraph(
      `Pour toute question sur vos données, vous pouvez contacter notre délégué à la protection des données : ${dpo.name}${ways ? ` (${ways})` : ''}.`,
    ),
  ];
}

/**
 * A French letter for a request, as a PDF: the practice's name (and department when known), the
 * requester's reference, the dates in words and the legal basis in plain words; the address is left
 * blank to fill in by hand, since Hygie stores no patient address. Never the answer's content.
 */
export async function requestLetterPdf(
  template: LetterTemplate,
  request: PatientRequest,
  practice: Practice,
  now: Date,
): Promise<Buffer> {
  const today = parisDay(now);
  const content: Content[] = [
    keyValues([
      ['Cabinet', practice.name],
      ...(practice.department ? ([['Département', practice.department]] as [string, string][]) : []),
      ['Votre référence', request.requester.name],
      ['Demande reçue le', long(request.receivedAt)],
      ['Courrier du', long(today)],
    ]),
    paragraph('Nom et adresse du destinataire (à compléter) :'),
    paragraph('…………………………………………………………………………'),
    paragraph('…………………………………………………………………………'),
    paragraph(`Objet : ${LETTER_LABELS[template].toLowerCase()} — ${KIND_LABELS[request.kind].toLowerCase()}`),
    paragraph('Madame, Monsieur,'),
    ...body(template, request),
    ...contact(practice, request),
    paragraph('Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.'),
    paragraph(`Pour ${practice.name}, le ${long(today)}`),
    paragraph('Signature :'),
  ];
  return renderPdf({
    title: LETTER_LABELS[template],
    subtitle: `${KIND_LABELS[request.kind]} — ${KIND_LEGAL_BASIS[request.kind]}`,
    practiceName: practice.name,
    documentDate: now,
    content,
  });
}
