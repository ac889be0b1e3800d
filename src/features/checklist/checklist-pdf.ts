import { formatDayLong } from '../../lib/dates/index.ts';
import {
  type Content,
  type ContentTable,
  heading,
  keyValues,
  paragraph,
  renderPdf,
  type TableInput,
  table,
} from '../../lib/documents/index.ts';
import { type OriginFacts, originText } from './answer-origin.ts';
import {
  completedText,
  dayText,
  frequencyText,
  notApplicableDetail,
  scoreText,
  statusText,
  storageLetters,
  unansweredText,
  unknownText,
} from './checklist-documents-format.ts';
import {
  type ArchivedAnswerView,
  type ChecklistView,
  LEVEL_LABELS,
  type MeasureView,
  type RecurrenceView,
  statusLabel,
} from './checklist-view.ts';

/** Title of the checklist document (page headers, first page, PDF metadata). */
export const CHECKLIST_PDF_TITLE = 'Diagnostic d’hygiène numérique';

/** Tells what the L, C and P columns mean, as the Mémento's checklist does. */
export const STORAGE_LEGEND =
  'Colonne « Données » : L = données conservées sur un ordinateur ou un serveur du cabinet, ' +
  'C = données hébergées en ligne (cloud), P = dossiers papier, Tous = la mesure vaut partout.';

const SMALL_MUTED = ['small', 'muted'];

/**
 * The practice's checklist « dans l’esprit du Mémento » as an A4 landscape PDF: the scores and how
 * they are computed, then one table per family (measure, L/C/P, status, comment), then the answers
 * kept for measures withdrawn from the referential, if any.
 * @example await checklistPdf(view, new Date()) // Buffer starting with %PDF-
 */
export async function checklistPdf(view: ChecklistView, documentDate: Date): Promise<Buffer> {
  return renderPdf({
    title: CHECKLIST_PDF_TITLE,
    subtitle: `Mesures de sécurité du cabinet, dans l’esprit du Mémento de l’ANS — état au ${formatDayLong(view.today)}, référentiel ${view.referentialVersion}`,
    practiceName: view.practiceName,
    documentDate,
    orientation: 'landscape',
    content: checklistPdfContent(view),
  });
}

/** The diagnostic's content (scores, one table per family, withdrawn measures), also a part of the compliance file. */
export function checklistPdfContent(view: ChecklistView): Content[] {
  return [...summary(view), ...familySections(view), ...archivedSection(view.archived)];
}

/** The first block: overall score, progress, « je ne sais pas », family scores and the explanation. */
function summary(view: ChecklistView): Content[] {
  const { scores, progress } = view;
  const byFamily = new Map(scores.families.map((family) => [family.family, family]));
  const rows = view.families
    .filter((family) => view.measures.some((measure) => measure.family === family.id))
    .map((family) => {
      const score = byFamily.get(family.id);
      if (score === undefined) return [family.label, 'Aucune mesure à noter', null, null, null, null, null];
      return [
        family.label,
        scoreText(score.score),
        score.done,
        score.partial,
        score.todo,
        score.unknownCount,
        score.unanswered,
      ];
    });
  return [
    heading('Votre note'),
    keyValues([
      ['Note globale', { text: scoreText(scores.overall), bold: true }],
      [
        'Avancement',
        `${progress.answered} sur ${progress.applicable} ${progress.applicable > 1 ? 'mesures renseignées' : 'mesure renseignée'}`,
      ],
      ['Diagnostic complet', completedText(progress)],
      ['« Je ne sais pas »', unknownText(scores.unknownCount)],
      ['Sans réponse', unansweredText(scores.unansweredCount)],
    ]),
    heading('Comment est calculé ce score ?', { level: 2 }),
    paragraph(view.explanation),
    table({
      headers: ['Famille', 'Note', 'Faites', 'Partielles', 'À faire', 'Je ne sais pas', 'Sans réponse'],
      rows,
      widths: ['*', 110, 50, 58, 50, 70, 70],
    }),
    { text: STORAGE_LEGEND, style: SMALL_MUTED, margin: [0, 0, 0, 8] },
  ];
}

/** One table per family that has measures, in the referential's order. */
function familySections(view: ChecklistView): Content[] {
  return view.families.flatMap((family) => {
    const measures = view.measures.filter((measure) => measure.family === family.id);
    if (measures.length === 0) return [];
    return [
      titledTable(family.label, {
        headers: ['Mesure', 'Données', 'Statut', 'Commentaire'],
        rows: measures.map((measure) => [
          measureCell(measure),
          storageLetters(measure.storage),
          statusCell(measure),
          commentCell(measure),
        ]),
        widths: ['*', 52, 150, 210],
      }),
    ];
  });
}

/**
 * A `table()` whose title is its first header row: the title is repeated on every page the table
 * spans and can never be left alone at the bottom of a page (a separate heading can, before a
 * table, since pdfmake places the table's start on the heading's page).
 */
export function titledTable(title: string, input: TableInput): ContentTable {
  const node = table(input);
  const titleRow: Content[] = input.headers.map((_, index) =>
    index === 0 ? { text: title, style: 'h1', colSpan: input.headers.length, fillColor: '#ffffff' } : '',
  );
  node.table.body.unshift(titleRow);
  node.table.headerRows = 2;
  node.table.keepWithHeaderRows = 1;
  node.table.dontBreakRows = true;
  return node;
}

/**
 * The measure's cell: its title, then « Indispensable » or « Recommandée » and « nouveau » when it
 * joined the referential since the last visit.
 */
export function measureCell(measure: Pick<MeasureView, 'title' | 'level' | 'isNew'>): Content {
  const tags = [LEVEL_LABELS[measure.level], ...(measure.isNew ? ['nouveau'] : [])].join(' · ');
  return { stack: [measure.title, { text: tags, style: SMALL_MUTED }] };
}

/**
 * The status in words, then in small text: for a measure that does not apply, why; for an answer,
 * where it comes from (the first pass's question, Hygie's fact, or the person).
 */
export function statusCell(
  measure: Pick<MeasureView, 'applies' | 'status' | 'notApplicableReason'> & Partial<OriginFacts>,
): Content {
  const status = statusText(measure);
  const origin = measure.origin ? originText(measure as OriginFacts) : null;
  const detail = measure.applies ? (origin ?? '') : notApplicableDetail(measure.notApplicableReason);
  if (detail === '') return status;
  return { stack: [status, { text: detail, style: SMALL_MUTED }] };
}

/** The comment, then who is in charge and by when, in small text. */
function commentCell(measure: MeasureView): Content {
  const details = [
    measure.assignee ? `Responsable : ${measure.assignee.name}` : '',
    measure.dueDate ? `Échéance : ${dayText(measure.dueDate)}` : '',
    measure.recurrence && measure.applies ? nextTimeText(measure.recurrence) : '',
  ].filter((text) => text !== '');
  const stack: Content[] = [];
  if (measure.comment) stack.push(measure.comment);
  if (details.length > 0) stack.push({ text: details.join(' · '), style: SMALL_MUTED });
  return stack.length === 0 ? '' : { stack };
}

/**
 * How often a recurring measure comes back and when next, as a sentence start.
 * @example nextTimeText({ every: 1, unit: 'month', nextDue: '2026-12-02' }) // 'Chaque mois, prochaine fois le 2 décembre 2026'
 */
export function nextTimeText(recurrence: Pick<RecurrenceView, 'every' | 'unit' | 'nextDue'>): string {
  const frequency = frequencyText(recurrence);
  return `${frequency.charAt(0).toLocaleUpperCase('fr-FR')}${frequency.slice(1)}, prochaine fois le ${dayText(recurrence.nextDue)}`;
}

/** Answers kept for measures withdrawn from the referential; nothing when there are none. */
function archivedSection(archived: readonly ArchivedAnswerView[]): Content[] {
  if (archived.length === 0) return [];
  const section: Content[] = [
    heading('Mesures retirées du référentiel'),
    paragraph(
      'Ces mesures ne font plus partie du référentiel : vos réponses sont gardées pour mémoire et ne comptent plus dans la note.',
    ),
    table({
      headers: ['Mesure', 'Statut', 'Commentaire', 'Archivée le'],
      rows: archived.map((answer) => [
        answer.title,
        statusLabel(answer.status),
        answer.comment,
        new Date(answer.archivedAt),
      ]),
      widths: ['*', 100, 230, 80],
    }),
  ];
  // The heading never stays alone at the bottom of a page: a short section is kept in one piece.
  return archived.length <= 20 ? [{ stack: section, unbreakable: true }] : section;
}
