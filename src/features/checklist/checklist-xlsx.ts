import { formatDayLong } from '../../lib/dates/index.ts';
import { renderXlsx, type XlsxSheet, type XlsxValue } from '../../lib/documents/index.ts';
import { originLabel } from './answer-origin.ts';
import {
  appliesText,
  completedText,
  dateTimeText,
  recurrenceText,
  statusText,
  storageLetters,
} from './checklist-documents-format.ts';
import {
  type ChecklistView,
  EFFORT_LABELS,
  LEVEL_LABELS,
  type MeasureView,
  PRIORITY_LABELS,
  statusLabel,
} from './checklist-view.ts';

/** Title line of every sheet and workbook title. */
export const CHECKLIST_XLSX_TITLE = 'Diagnostic d’hygiène numérique';

/** Sheet names, in order; « Retirées » only when answers were archived. */
export const CHECKLIST_SHEETS = { summary: 'Synthèse', measures: 'Mesures', archived: 'Retirées' } as const;

/**
 * The whole assessment as a workbook: « Synthèse » (scores per family and overall, date, referential
 * version), « Mesures » (one row per measure with its answer) and « Retirées » (answers kept for
 * measures withdrawn from the referential) when there are any. Each sheet has a frozen, filterable
 * header row; due dates are real date cells.
 * @example await checklistXlsx(view, new Date()) // Buffer of an .xlsx file
 */
export async function checklistXlsx(view: ChecklistView, documentDate: Date): Promise<Buffer> {
  const sheets = [summarySheet(view), measuresSheet(view)];
  if (view.archived.length > 0) sheets.push(archivedSheet(view));
  return renderXlsx({ title: CHECKLIST_XLSX_TITLE, practiceName: view.practiceName, documentDate, sheets });
}

function summarySheet(view: ChecklistView): XlsxSheet {
  const { scores } = view;
  const byFamily = new Map(scores.families.map((family) => [family.family, family]));
  const familyRows = view.families.map((family): Record<string, XlsxValue> => {
    const score = byFamily.get(family.id);
    if (score === undefined) return { family: family.label, score: 'Aucune mesure à noter' };
    return {
      family: family.label,
      score: score.score,
      counted: score.counted,
      done: score.done,
      partial: score.partial,
      todo: score.todo,
      unknown: score.unknownCount,
      unanswered: score.unanswered,
    };
  });
  const counted = scores.families;
  const sum = (pick: (family: (typeof counted)[number]) => number) => counted.reduce((n, f) => n + pick(f), 0);
  return {
    name: CHECKLIST_SHEETS.summary,
    columns: [
      { header: 'Famille', key: 'family', width: 48 },
      { header: 'Note sur 100', key: 'score', type: 'number', width: 22 },
      { header: 'Mesures comptées', key: 'counted', type: 'number', width: 18 },
      { header: 'Faites', key: 'done', type: 'number', width: 10 },
      { header: 'Partielles', key: 'partial', type: 'number', width: 12 },
      { header: 'À faire', key: 'todo', type: 'number', width: 10 },
      { header: 'Je ne sais pas', key: 'unknown', type: 'number', width: 16 },
      { header: 'Sans réponse', key: 'unanswered', type: 'number', width: 14 },
    ],
    rows: [
      ...familyRows,
      {
        family: 'Note globale du cabinet',
        score: scores.overall ?? 'Pas encore de note',
        counted: scores.counted,
        done: sum((f) => f.done),
        partial: sum((f) => f.partial),
        todo: sum((f) => f.todo),
        unknown: scores.unknownCount,
        unanswered: scores.unansweredCount,
      },
      {},
      { family: 'Cabinet', score: view.practiceName },
      { family: 'État au', score: formatDayLong(view.today) },
      { family: 'Version du référentiel', score: view.referentialVersion },
      { family: 'Mesures renseignées', score: `${view.progress.answered} sur ${view.progress.applicable}` },
      { family: 'Diagnostic complet', score: completedText(view.progress) },
      { family: 'Comment est calculé ce score ?', score: view.explanation },
    ],
  };
}

function measuresSheet(view: ChecklistView): XlsxSheet {
  const familyLabel = new Map(view.families.map((family) => [family.id, family.label]));
  return {
    name: CHECKLIST_SHEETS.measures,
    columns: [
      { header: 'Identifiant', key: 'id', width: 30 },
      { header: 'Famille', key: 'family', width: 28 },
      { header: 'Mesure', key: 'title', width: 60 },
      { header: 'Niveau', key: 'level', width: 15 },
      { header: 'Effort', key: 'effort', width: 26 },
      { header: 'Données (L/C/P)', key: 'storage', width: 16 },
      { header: 'S’applique', key: 'applies', width: 40 },
      { header: 'Statut', key: 'status', width: 18 },
      { header: 'Origine de la réponse', key: 'origin', width: 24 },
      { header: 'Question ou constat', key: 'originDetail', width: 50 },
      { header: 'Nouvelle', key: 'isNew', width: 10 },
      { header: 'Commentaire', key: 'comment', width: 40 },
      { header: 'Responsable', key: 'assignee', width: 22 },
      { header: 'Échéance', key: 'dueDate', type: 'date', width: 13 },
      { header: 'Priorité', key: 'priority', width: 10 },
      { header: 'Preuve', key: 'evidence', width: 30 },
      { header: 'Récurrence', key: 'recurrence', width: 40 },
      { header: 'Prochaine échéance', key: 'nextDue', type: 'date', width: 18 },
      { header: 'Dernière modification', key: 'updatedAt', width: 20 },
      { header: 'Par', key: 'updatedBy', width: 22 },
    ],
    rows: view.measures.map((measure) => measureRow(measure, familyLabel.get(measure.family) ?? measure.family)),
  };
}

/** One row of the « Mesures » sheet. */
export function measureRow(measure: MeasureView, familyLabel: string): Record<string, XlsxValue> {
  return {
    id: measure.id,
    family: familyLabel,
    title: measure.title,
    level: LEVEL_LABELS[measure.level],
    effort: EFFORT_LABELS[measure.effort],
    storage: storageLetters(measure.storage),
    applies: appliesText(measure),
    status: statusText(measure),
    origin: measure.applies ? originLabel(measure) : null,
    originDetail: measure.applies ? originDetail(measure) : null,
    isNew: measure.isNew ? 'Oui' : null,
    comment: measure.comment,
    assignee: measure.assignee?.name,
    dueDate: measure.dueDate,
    priority: measure.priority ? PRIORITY_LABELS[measure.priority] : null,
    evidence: measure.evidence,
    recurrence: recurrenceText(measure.recurrence),
    nextDue: measure.recurrence && measure.applies ? measure.recurrence.nextDue : null,
    updatedAt: dateTimeText(measure.updatedAt),
    updatedBy: measure.updatedBy,
  };
}

/** The first pass's question or Hygie's fact behind an answer; null for a person's answer. */
function originDetail(measure: MeasureView): string | null {
  if (measure.origin === 'first_pass') return measure.firstPassQuestion?.question ?? null;
  if (measure.origin === 'observed' || measure.overridesObservation) return measure.observation?.fact ?? null;
  return null;
}

function archivedSheet(view: ChecklistView): XlsxSheet {
  return {
    name: CHECKLIST_SHEETS.archived,
    columns: [
      { header: 'Identifiant', key: 'id', width: 30 },
      { header: 'Mesure', key: 'title', width: 60 },
      { header: 'Statut', key: 'status', width: 18 },
      { header: 'Commentaire', key: 'comment', width: 40 },
      { header: 'Archivée le', key: 'archivedAt', type: 'date', width: 14 },
    ],
    rows: view.archived.map((answer) => ({
      id: answer.measureId,
      title: answer.title,
      status: statusLabel(answer.status),
      comment: answer.comment,
      archivedAt: new Date(answer.archivedAt),
    })),
  };
}
