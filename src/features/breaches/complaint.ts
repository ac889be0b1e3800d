import { formatDateLong } from '../../lib/dates/index.ts';
import { insurerComplaintDeadline, isAttackOrigin } from '../incidents/insurer-clock.ts';
import { deadlineText } from './deadline.ts';
import { causeText, dataText, originText, peopleText } from './document-fields.ts';
import {
  type DocumentContext,
  type DocumentModel,
  fields,
  h,
  list,
  p,
  personLine,
  TO_COMPLETE,
  when,
} from './document-model.ts';

/** What to keep as evidence when none is recorded yet (the seed's advice: copy the disk, keep the traces). */
export const EVIDENCE_EXAMPLES = [
  'la copie du disque de l’ordinateur touché, faite avant toute réparation',
  'les messages reçus (demande de rançon, courriel frauduleux) et leurs en-têtes',
  'des captures d’écran datées',
  'les journaux de connexion et les alertes de l’antivirus',
];

/**
 * The complaint (plainte) for the police, the gendarmerie or the public prosecutor: who complains,
 * the facts, the timeline (incident and breach), the data and people concerned, the harm, the
 * measures taken and the list of evidence kept.
 */
export function complaintDocument(ctx: DocumentContext): DocumentModel {
  const { breach, practice, now } = ctx;
  // The insurer pays a cyber-attack loss only on a complaint filed within 72 hours (L. 12-10-1).
  const insurer = isAttackOrigin(breach.origin)
    ? [
        p(
          `À déposer au plus tard le ${deadlineText(insurerComplaintDeadline(new Date(breach.awareAt)))} (72 heures après la prise de connaissance) : au-delà, l’assurance ne rembourse pas les pertes dues à la cyberattaque (code des assurances, article L. 12-10-1). Gardez la preuve du dépôt pour votre assureur.`,
        ),
      ]
    : [];
  return {
    title: 'Plainte',
    subtitle: `Atteinte au système d’information et aux données — ${practice.name}`,
    blocks: [
      ...insurer,
      p(
        'À l’attention de Madame ou Monsieur le procureur de la République près le tribunal judiciaire de ………… (à compléter) — ou à remettre au commissariat de police ou à la brigade de gendarmerie.',
      ),
      h('Plaignant'),
      fields([
        ['Cabinet', practice.name],
        ['SIRET', practice.siret ?? TO_COMPLETE],
        ['Représenté par', personLine(ctx.legalRepresentative)],
        ['Adresse', TO_COMPLETE],
      ]),
      h('Exposé des faits'),
      p(
        `Je porte plainte contre X pour les faits suivants, dont le cabinet a pris connaissance le ${when(breach.awareAt)}.`,
      ),
      fields([
        ['Nature des faits', originText(breach)],
        ['Cause', causeText(breach)],
        ['Description', breach.description ?? `${TO_COMPLETE} : ce qui s’est passé, avec vos mots`],
      ]),
      h('Chronologie'),
      {
        kind: 'table',
        headers: ['Date et heure (Paris)', 'Événement'],
        rows: ctx.timeline.map((line) => [when(line.at), line.text]),
        widths: [120, '*'],
      },
      h('Données et personnes concernées'),
      fields([
        ['Données', dataText(breach)],
        ['Personnes', peopleText(breach)],
      ]),
      h('Préjudice'),
      p(breach.consequences ?? `${TO_COMPLETE} : les conséquences pour le cabinet et pour les patients.`),
      h('Mesures prises'),
      p(breach.measuresTaken ?? TO_COMPLETE),
      h('Éléments de preuve conservés'),
      breach.evidence.length > 0
        ? list(breach.evidence)
        : list(EVIDENCE_EXAMPLES.map((example) => `${TO_COMPLETE} — par exemple ${example}`)),
      p('Je tiens ces éléments à la disposition des enquêteurs.'),
      ...(breach.complaintNumber ? [p(`Référence de la plainte : ${breach.complaintNumber}`)] : []),
      p(`Fait à …………, le ${formatDateLong(now)}`),
      p('Signature :'),
    ],
  };
}
