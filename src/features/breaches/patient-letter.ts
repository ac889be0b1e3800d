import { formatDateLong } from '../../lib/dates/index.ts';
import type { Breach } from './breach.ts';
import { dataText } from './document-fields.ts';
import { type DocumentContext, type DocumentModel, h, list, p, TO_COMPLETE } from './document-model.ts';

const WHAT_HAPPENED: Record<NonNullable<Breach['origin']>, string> = {
  device_lost: 'un appareil du cabinet qui contenait des données a été perdu',
  device_stolen: 'un appareil du cabinet qui contenait des données a été volé',
  misdirected_mail: 'un courrier ou un message a été envoyé à une mauvaise personne',
  hacking: 'une personne non autorisée a pénétré dans notre système informatique',
  ransomware: 'notre système informatique a été attaqué par un logiciel malveillant qui bloque les données',
  phishing: 'un message frauduleux a permis à une personne non autorisée d’accéder à notre système',
  paper_lost: 'des documents papier ont été perdus',
  improper_disposal: 'des documents ou du matériel ont été jetés sans les précautions nécessaires',
  human_error: 'une erreur a été commise dans le traitement de vos données',
  other: 'un incident de sécurité a touché des données',
};

/**
 * What the people concerned can do, in plain words, from the kinds of data involved.
 * @example subjectAdvice({ dataCategories: ['credentials'], origin: 'phishing' })[0] // 'Changez le mot de passe…'
 */
export function subjectAdvice(breach: Pick<Breach, 'dataCategories' | 'origin'>): string[] {
  const has = (category: Breach['dataCategories'][number]) => breach.dataCategories.includes(category);
  return [
    ...(has('credentials')
      ? ['Changez le mot de passe concerné, et partout où vous utilisiez le même mot de passe.']
      : []),
    ...(has('financial')
      ? [
          'Surveillez vos relevés bancaires et signalez sans attendre à votre banque toute opération que vous ne reconnaissez pas.',
        ]
      : []),
    ...(has('social_security_number') || has('identity')
      ? [
          'Consultez vos remboursements sur votre compte ameli et signalez toute anomalie à votre caisse d’assurance maladie.',
        ]
      : []),
    'Méfiez-vous des appels, courriels ou SMS inattendus qui parleraient de vos soins ou du cabinet : nous ne vous demanderons jamais de mot de passe ni de coordonnées bancaires par ce moyen.',
    'Si vous pensez être victime d’une escroquerie, vous trouverez de l’aide sur cybermalveillance.gouv.fr.',
    'Vous pouvez aussi adresser une réclamation à la CNIL (cnil.fr).',
  ];
}

function contactParagraph(ctx: DocumentContext): string {
  const person = ctx.contact;
  if (person === null) return `Pour toute question, contactez le cabinet : ${TO_COMPLETE} (téléphone, e-mail).`;
  const ways = [person.email, person.phone].filter((v): v is string => Boolean(v)).join(', ');
  return `Pour toute question, vous pouvez contacter ${person.name} (${person.role})${ways ? ` : ${ways}` : ` (${TO_COMPLETE} : téléphone, e-mail)`}.`;
}

/**
 * The letter informing the people concerned (GDPR art. 34), in plain language: what happened, which
 * data, the likely consequences, the measures taken, what they can do, and whom to contact.
 */
export function patientLetterDocument(ctx: DocumentContext): DocumentModel {
  const { breach, practice, now } = ctx;
  const happened = breach.origin ? WHAT_HAPPENED[breach.origin] : WHAT_HAPPENED.other;
  const day = formatDateLong(new Date(breach.discoveredAt ?? breach.awareAt));
  return {
    title: 'Information sur un incident concernant vos données',
    subtitle: `Courrier aux personnes concernées (article 34 du RGPD) — ${practice.name}`,
    blocks: [
      p('Nom et adresse du destinataire : ……………………………………………………'),
      p('Madame, Monsieur,'),
      p(
        `Nous avons le devoir de vous informer d’un incident qui concerne vos données personnelles. Le ${day}, nous avons constaté que ${happened}.`,
      ),
      ...(breach.description ? [p(breach.description)] : []),
      h('Les données concernées'),
      p(
        breach.dataCategories.length === 0
          ? `${TO_COMPLETE} : les informations vous concernant qui sont touchées.`
          : `Les informations vous concernant qui sont touchées : ${dataText(breach).toLocaleLowerCase('fr-FR')}.`,
      ),
      h('Ce qui peut en résulter pour vous'),
      p(breach.consequences ?? `${TO_COMPLETE} : les conséquences possibles, expliquées simplement.`),
      h('Ce que nous avons fait'),
      p(
        breach.measuresTaken ?? `${TO_COMPLETE} : les mesures prises pour arrêter l’incident et en limiter les effets.`,
      ),
      ...(breach.measuresPlanned ? [p(`Nous allons aussi : ${breach.measuresPlanned}`)] : []),
      h('Ce que vous pouvez faire'),
      list(subjectAdvice(breach)),
      h('Pour nous contacter'),
      p(contactParagraph(ctx)),
      p('Nous vous prions de nous excuser pour cet incident et vous assurons de notre entière attention.'),
      p(`${practice.name}, le ${formatDateLong(now)}`),
      p('Signature :'),
    ],
  };
}
