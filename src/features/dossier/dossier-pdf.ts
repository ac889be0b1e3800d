import type { Readable } from 'node:stream';
import { formatDateLong, formatDateTime } from '../../lib/dates/index.ts';
import {
  bulletList,
  type Content,
  heading,
  keyValues,
  type PdfDocument,
  paragraph,
  streamPdf,
  tableOfContents,
} from '../../lib/documents/index.ts';
import { actionPlanPdfContent, openCountText } from '../checklist/action-plan-pdf.ts';
import { scoreText } from '../checklist/checklist-documents-format.ts';
import { checklistPdfContent } from '../checklist/checklist-pdf.ts';
import { noticePdfContent } from '../notice/notice-leaflet.ts';
import { registerPdfContent } from '../register/register-pdf.ts';
import type { DossierData } from './dossier-data.ts';
import {
  breachesContent,
  evidenceContent,
  journalProofContent,
  processorsContent,
  requestsContent,
  retentionContent,
  scoreHistoryContent,
} from './dossier-parts.ts';
import { BREACH_YEARS, type DossierSummary, dossierSummary } from './dossier-summary.ts';

/** Title of the compliance file (first page, page headers, PDF metadata). */
export const DOSSIER_TITLE = 'Dossier de conformité RGPD';

/** One part of the file: its heading (in the table of contents and the bookmarks) and its content. */
export interface DossierPart {
  id: string;
  title: string;
  landscape?: boolean;
  content: (data: DossierData) => Content[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

function noticeContent(data: DossierData): Content[] {
  const { document, missing } = data.notice;
  if (document === null) {
    return [
      paragraph('Aucune version de l’information des patients n’a encore été générée.'),
      ...(missing.length > 0 ? [bulletList(missing)] : []),
    ];
  }
  return [
    paragraph(
      `Version n° ${document.number} du ${formatDateLong(document.createdAt)}, telle que les patients la lisent.`,
    ),
    ...noticePdfContent(document),
  ];
}

/** Every part after the summary, in order: the headings pdftotext finds and the bookmarks list. */
export const DOSSIER_PARTS: readonly DossierPart[] = [
  { id: 'registre', title: 'Registre des activités de traitement', content: (d) => registerPdfContent(d.register) },
  { id: 'sous-traitants', title: 'Sous-traitants', content: processorsContent },
  { id: 'information', title: 'Information des patients', content: noticeContent },
  {
    id: 'diagnostic',
    title: 'Diagnostic d’hygiène numérique',
    landscape: true,
    content: (d) => [
      ...checklistPdfContent(d.checklist),
      heading('Évolution de la note', { level: 2 }),
      ...scoreHistoryContent(d),
    ],
  },
  { id: 'plan', title: 'Plan d’action', landscape: true, content: (d) => actionPlanPdfContent(d.plan) },
  { id: 'violations', title: 'Registre des violations de données', content: breachesContent },
  { id: 'demandes', title: 'Registre des demandes des patients', content: requestsContent },
  { id: 'conservation', title: 'Durées de conservation', content: retentionContent },
  { id: 'pieces', title: 'Pièces justificatives', content: evidenceContent },
  { id: 'journal', title: 'Preuve d’intégrité du journal', content: journalProofContent },
];

export const SUMMARY_TITLE = 'Synthèse';

/** A part's first heading: a new page, listed in the table of contents, a PDF bookmark. */
function partHeading(part: Pick<DossierPart, 'id' | 'title' | 'landscape'>): Content {
  return {
    ...heading(part.title, {
      pageBreakBefore: true,
      pageOrientation: part.landscape ? 'landscape' : 'portrait',
      toc: true,
      bookmark: { id: part.id },
    }),
    style: 'title',
  };
}

/** The part's own section headings become bookmarks nested under the part's. */
function nestBookmarks(content: Content[], parentId: string): Content[] {
  return content.map((node) => {
    if (typeof node !== 'object' || Array.isArray(node) || !('text' in node)) return node;
    if (node.headlineLevel !== 1 || typeof node.text !== 'string') return node;
    return { ...node, outline: true, outlineParentId: parentId };
  });
}

const dateOrNever = (iso: string | null, never: string) => (iso ? formatDateLong(new Date(iso)) : never);

function todoLine(todo: DossierSummary['todo']): string {
  const count =
    todo.open === 0
      ? 'Rien à faire'
      : `${plural(todo.open, 'élément', 'éléments')}, dont ${todo.overdue.length} en retard`;
  if (todo.unavailable === 0) return count;
  return `${count} (liste incomplète : ${plural(todo.unavailable, 'source illisible', 'sources illisibles')})`;
}

function requestsLine(r: DossierSummary['requests']): string {
  if (r.total === 0) return 'Aucune demande enregistrée';
  return [
    plural(r.total, 'demande', 'demandes'),
    `${r.inTime} répondue${r.inTime > 1 ? 's' : ''} dans les délais`,
    `${r.late} en retard`,
    `${r.open} en cours dont ${r.overdue} hors délai`,
  ].join(' ; ');
}

/** The summary page: the figures a controller reads first. */
export function summaryContent(summary: DossierSummary): Content[] {
  const { score, notice, processors, breaches } = summary;
  const decision = (d: DossierSummary['dpo']) =>
    d ? `${d.summary} (décision du ${formatDateLong(new Date(d.decidedAt))})` : 'Questionnaire pas encore rempli';
  return [
    keyValues([
      [
        'Diagnostic',
        `Note globale : ${scoreText(score.overall)} — ${score.answered} mesures renseignées sur ${score.applicable}${score.allAnswered ? ' (diagnostic complet)' : ''}`,
      ],
      ['Plan d’action', openCountText(summary.plan.open)],
      ['À faire', todoLine(summary.todo)],
      [
        'Registre des traitements',
        summary.register.activities === 0
          ? 'Aucune activité enregistrée'
          : `${plural(summary.register.activities, 'activité', 'activités')}, dont ${summary.register.complete} complète${summary.register.complete > 1 ? 's' : ''}`,
      ],
      [
        'Information des patients',
        notice
          ? `Version n° ${notice.number} du ${formatDateLong(new Date(notice.createdAt))}${notice.outdated ? ' — à refaire : le registre a changé depuis' : ' — à jour'}`
          : 'Aucune version générée',
      ],
      [
        'Sous-traitants',
        `${plural(processors.total, 'sous-traitant', 'sous-traitants')}, dont ${processors.withWarnings.length} avec une alerte`,
      ],
      ['Délégué à la protection des données', decision(summary.dpo)],
      ['Analyse d’impact (AIPD)', decision(summary.dpia)],
      [
        `Violations de données (${BREACH_YEARS} dernières années)`,
        breaches.items.length === 0 ? 'Aucune' : plural(breaches.items.length, 'violation', 'violations'),
      ],
      ['Demandes des patients', requestsLine(summary.requests)],
      [
        'Durées de conservation',
        `${plural(summary.retention.rules, 'règle', 'règles')}, dont ${summary.retention.changed} durée${summary.retention.changed > 1 ? 's' : ''} choisie${summary.retention.changed > 1 ? 's' : ''} par le cabinet`,
      ],
      ['Pièces justificatives', plural(summary.evidence, 'pièce', 'pièces')],
      ['Dernière sauvegarde', dateOrNever(summary.lastBackupAt, 'Aucune sauvegarde enregistrée')],
      ['Dernière revue annuelle', dateOrNever(summary.lastReviewAt, 'Pas encore faite')],
    ]),
    ...(processors.withWarnings.length > 0
      ? [
          heading('Sous-traitants à revoir', { level: 2 }),
          bulletList(processors.withWarnings.map((p) => `${p.name} : ${p.warnings.join(' ')}`)),
        ]
      : []),
    ...(summary.todo.overdue.length > 0 ? [heading('En retard', { level: 2 }), bulletList(summary.todo.overdue)] : []),
    ...(breaches.items.length > 0
      ? [
          heading('Violations de données et décisions', { level: 2 }),
          bulletList(breaches.items.map((b) => `${b.title} : ${b.decision}`)),
        ]
      : []),
  ];
}

function cover(data: DossierData): Content[] {
  const { head } = data.journal;
  return [
    keyValues([
      ['Cabinet', data.practiceName],
      ...data.identifiers,
      ['Date', formatDateTime(data.generatedAt)],
      ['Par', data.generatedBy],
      ['Journal', head ? `${head.seq} entrées, dernière empreinte ${head.hash}` : 'vide'],
    ]),
    paragraph(
      'Ce dossier rassemble ce que le cabinet fait pour protéger les données de ses patients : il se présente tel quel à la CNIL, ' +
        'à un patient ou à un contrôleur qui demande de démontrer la conformité (RGPD, articles 5.2 et 24).',
    ),
    tableOfContents('Sommaire'),
  ];
}

/** The compliance file as a PDF definition: cover, table of contents, summary, then each part in full. */
export function dossierDocument(data: DossierData): PdfDocument {
  const summary = dossierSummary(data);
  return {
    title: DOSSIER_TITLE,
    subtitle: `État au ${formatDateLong(data.generatedAt)}`,
    practiceName: data.practiceName,
    documentDate: data.generatedAt,
    content: [
      ...cover(data),
      partHeading({ id: 'synthese', title: SUMMARY_TITLE }),
      ...summaryContent(summary),
      ...DOSSIER_PARTS.flatMap((part) => [partHeading(part), ...nestBookmarks(part.content(data), part.id)]),
    ],
  };
}

/** The compliance file as a PDF stream. */
export function dossierPdf(data: DossierData): Promise<Readable> {
  return streamPdf(dossierDocument(data));
}
