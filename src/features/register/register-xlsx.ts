import { formatDayLong } from '../../lib/dates/index.ts';
import { renderXlsx, type XlsxSheet, type XlsxValue } from '../../lib/documents/index.ts';
import {
  categoryFlags,
  completenessText,
  controllerText,
  listText,
  type RegisterDocument,
  transfersText,
} from './register-document.ts';
import { REGISTER_PDF_TITLE } from './register-pdf.ts';
import type { ActivityView } from './register-view.ts';

/** The summary sheet's name; each activity then has its own sheet « n° 3 - name ». */
export const SUMMARY_SHEET = 'Registre';

/**
 * The register as a workbook: « Registre » (one row per activity with its art. 30 fields, then the
 * practice and its DPO), then one sheet per activity (field, content, detail), each with a frozen,
 * filterable header row.
 * @example await registerXlsx(document, new Date()) // Buffer of an .xlsx file
 */
export async function registerXlsx(doc: RegisterDocument, documentDate: Date): Promise<Buffer> {
  return renderXlsx({
    title: REGISTER_PDF_TITLE,
    practiceName: doc.practiceName,
    documentDate,
    sheets: [summarySheet(doc), ...doc.activities.map((a) => activitySheet(a, doc.practiceName))],
  });
}

function summarySheet(doc: RegisterDocument): XlsxSheet {
  const rows: Record<string, XlsxValue>[] = doc.activities.map((a) => ({
    number: a.number,
    name: a.name,
    controller: controllerText(a.controller, doc.practiceName),
    purposes: listText(a.purposes),
    legalBasis: a.legalBasisText,
    subjects: listText(a.dataSubjects),
    categories: listText(a.dataCategories.map((c) => c.label)),
    health: a.dataCategories.some((c) => c.health) ? 'Oui' : 'Non',
    nir: a.dataCategories.some((c) => c.nir) ? 'Oui' : 'Non',
    recipients: listText([...a.internalRecipients, ...a.externalRecipients]),
    processors: listText(a.processors),
    transfers: transfersText(a.transfers),
    security: listText(a.securityMeasures.map((m) => `${m.title} (${m.statusLabel})`)),
    state: completenessText(a),
  }));
  const about: Record<string, XlsxValue>[] = [
    {},
    { number: 'Cabinet', name: doc.practiceName },
    { number: 'Structure', name: doc.structureLabel },
    { number: 'Professions', name: doc.professionLabels.join(', ') },
    ...(doc.dpo
      ? [{ number: 'DPO', name: [doc.dpo.name, doc.dpo.email, doc.dpo.phone].filter(Boolean).join(' — ') }]
      : []),
    { number: 'État au', name: formatDayLong(doc.today) },
  ];
  return {
    name: SUMMARY_SHEET,
    columns: [
      { header: 'N°', key: 'number', width: 12 },
      { header: 'Activité', key: 'name', width: 36 },
      { header: 'Responsable', key: 'controller', width: 30 },
      { header: 'Finalités', key: 'purposes', width: 50 },
      { header: 'Base légale', key: 'legalBasis', width: 50 },
      { header: 'Personnes concernées', key: 'subjects', width: 30 },
      { header: 'Catégories de données', key: 'categories', width: 50 },
      { header: 'Données de santé', key: 'health', width: 12 },
      { header: 'NIR / INS', key: 'nir', width: 10 },
      { header: 'Destinataires', key: 'recipients', width: 50 },
      { header: 'Sous-traitants', key: 'processors', width: 30 },
      { header: 'Transferts hors UE', key: 'transfers', width: 30 },
      { header: 'Mesures de sécurité (état)', key: 'security', width: 60 },
      { header: 'État', key: 'state', width: 16 },
    ],
    rows: [...rows, ...about],
  };
}

function activitySheet(a: ActivityView, practiceName: string): XlsxSheet {
  const row = (field: string, content: XlsxValue, detail: XlsxValue = null) => ({ field, content, detail });
  return {
    name: `n° ${a.number} - ${a.name}`,
    columns: [
      { header: 'Rubrique', key: 'field', width: 30 },
      { header: 'Contenu', key: 'content', width: 70 },
      { header: 'Détail', key: 'detail', width: 60 },
    ],
    rows: [
      row('Activité', a.name, a.description),
      row('Responsable du traitement', controllerText(a.controller, practiceName)),
      ...a.purposes.map((p, i) => row(i === 0 ? 'Finalité principale' : 'Autre finalité', p)),
      row('Base légale', a.legalBasisText, a.legalBasis.detail || null),
      row('Personnes concernées', listText(a.dataSubjects)),
      ...a.dataCategories.map((c) =>
        row(`Données : ${c.label}`, c.retention, [categoryFlags(c), c.retentionSource].filter(Boolean).join(' — ')),
      ),
      row('Origine des données', listText(a.sources)),
      row('Destinataires internes', listText(a.internalRecipients)),
      row('Destinataires externes', listText(a.externalRecipients)),
      row('Sous-traitants', listText(a.processors)),
      row('Transferts hors UE', transfersText(a.transfers)),
      ...a.securityMeasures.map((m) => row('Mesure de sécurité', m.title, m.statusLabel)),
      ...(a.otherSecurityMeasures ? [row('Autres mesures de sécurité', a.otherSecurityMeasures)] : []),
      row('État', completenessText(a), a.missing.map((m) => m.message).join(' ') || null),
    ],
  };
}
