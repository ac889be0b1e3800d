import { formatDayLong } from '../../lib/dates/index.ts';
import {
  bulletList,
  type Content,
  heading,
  keyValues,
  paragraph,
  renderPdf,
  table,
} from '../../lib/documents/index.ts';
import {
  categoryFlags,
  completenessText,
  controllerText,
  instantText,
  listText,
  type RegisterDocument,
  transfersText,
} from './register-document.ts';
import type { ActivityView } from './register-view.ts';
import { retentionGroups } from './retention-groups.ts';

/** Title of the register's documents (page headers, first page, metadata). */
export const REGISTER_PDF_TITLE = 'Registre des activités de traitement';

const SMALL_MUTED = ['small', 'muted'];

/**
 * The register as an A4 PDF: a cover with the practice, its DPO when it has one and the list of
 * activities, then one page per activity with every art. 30 field, the live status of its
 * security measures and what is still missing.
 * @example await registerPdf(document, new Date()) // Buffer starting with %PDF-
 */
export async function registerPdf(doc: RegisterDocument, documentDate: Date): Promise<Buffer> {
  const count = doc.activities.length;
  return renderPdf({
    title: REGISTER_PDF_TITLE,
    subtitle: `RGPD, article 30 — état au ${formatDayLong(doc.today)}, ${count} activité${count > 1 ? 's' : ''}`,
    practiceName: doc.practiceName,
    documentDate,
    content: registerPdfContent(doc),
  });
}

/** The register's content (cover, then one page per activity), also a part of the compliance file. */
export function registerPdfContent(doc: RegisterDocument): Content[] {
  return [...cover(doc), ...doc.activities.flatMap((activity) => activityPage(activity, doc.practiceName))];
}

function cover(doc: RegisterDocument): Content[] {
  const identity: [string, string][] = [
    ['Cabinet', doc.practiceName],
    ['Type de structure', doc.structureLabel],
    ['Professions', doc.professionLabels.join(', ')],
  ];
  const { address, phone, email } = doc.contact;
  if (address) identity.push(['Adresse', address]);
  if (phone) identity.push(['Téléphone', phone.replace(/ /g, '\u00a0')]);
  if (email) identity.push(['E-mail', email]);
  if (doc.dpo) {
    const contact = [doc.dpo.email, doc.dpo.phone].filter(Boolean).join(' — ');
    identity.push([
      'Délégué à la protection des données (DPO)',
      contact ? `${doc.dpo.name} — ${contact}` : doc.dpo.name,
    ]);
  }
  return [
    heading('Le cabinet'),
    keyValues(identity),
    heading('Les activités de traitement'),
    doc.activities.length === 0
      ? paragraph('Le registre ne contient encore aucune activité.')
      : table({
          headers: ['N°', 'Activité', 'Responsable', 'Finalité principale', 'État'],
          rows: doc.activities.map((a) => [
            String(a.number),
            a.name,
            a.controller.kind === 'practice' ? 'Le cabinet' : controllerText(a.controller, doc.practiceName),
            a.purposes[0] ?? '—',
            completenessText(a),
          ]),
          widths: [24, '*', 110, '*', 70],
        }),
    {
      text: 'Registre tenu au titre de l’article 30 du RGPD : il décrit chaque usage des données personnelles du cabinet. Il se présente à la CNIL sur demande.',
      style: SMALL_MUTED,
    },
  ];
}

function activityPage(a: ActivityView, practiceName: string): Content[] {
  const content: Content[] = [
    heading(`Fiche n° ${a.number} — ${a.name}`, { pageBreakBefore: true }),
    keyValues([
      ['Responsable du traitement', controllerText(a.controller, practiceName)],
      ['Description', a.description ?? '—'],
      ['Base légale', a.legalBasisText || '—'],
      ['Personnes concernées', listText(a.dataSubjects)],
      ['Origine des données', listText(a.sources)],
      ['Destinataires internes', listText(a.internalRecipients)],
      ['Destinataires externes', listText(a.externalRecipients)],
      ['Sous-traitants', listText(a.processors)],
      ['Transferts hors UE', transfersText(a.transfers)],
    ]),
    heading('Finalités', { level: 2 }),
    a.purposes.length === 0 ? paragraph('—') : bulletList(a.purposes),
  ];
  if (a.legalBasis.detail) content.push({ text: a.legalBasis.detail, style: SMALL_MUTED, margin: [0, 0, 0, 8] });
  content.push(
    heading('Données et durées de conservation', { level: 2 }),
    table({
      headers: ['Catégories de données', 'Durée de conservation', 'Source de la durée'],
      rows: retentionGroups(a.dataCategories).map((g) => [
        g.categories.map((c) => (categoryFlags(c) ? `${c.label} (${categoryFlags(c)})` : c.label)).join('\n'),
        g.retention || '—',
        g.retentionSource || '—',
      ]),
      widths: ['*', '*', '*'],
    }),
    heading('Mesures de sécurité', { level: 2 }),
    a.securityMeasures.length === 0
      ? paragraph('Aucune mesure du diagnostic liée.')
      : table({
          headers: ['Mesure', 'État dans le diagnostic'],
          rows: a.securityMeasures.map((m) => [m.title, m.statusLabel]),
          widths: ['*', 110],
        }),
  );
  if (a.otherSecurityMeasures) content.push(paragraph(`Autres mesures : ${a.otherSecurityMeasures}`));
  if (a.missing.length > 0) {
    content.push(heading('À compléter', { level: 2 }), bulletList(a.missing.map((m) => m.message)));
  }
  const origin = a.templateId ? ` — modèle « ${a.templateId} », référentiel ${a.referentialVersion ?? '?'}` : '';
  content.push({
    text: `Créée le ${instantText(a.createdAt)}, mise à jour le ${instantText(a.updatedAt)}${origin}.`,
    style: SMALL_MUTED,
  });
  return content;
}
