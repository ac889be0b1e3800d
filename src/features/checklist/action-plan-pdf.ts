import { formatDayLong } from '../../lib/dates/index.ts';
import {
  bulletList,
  type Content,
  type ContentTable,
  heading,
  paragraph,
  renderPdf,
  table,
} from '../../lib/documents/index.ts';
import { dayText, effortShort } from './checklist-documents-format.ts';
import {
  type ActionPlanView,
  EFFORT_LABELS,
  LEVEL_LABELS,
  type PlanEntryView,
  PRIORITY_LABELS,
  statusLabel,
} from './checklist-view.ts';

/** Title of the action plan document (page headers, first page, PDF metadata). */
export const ACTION_PLAN_PDF_TITLE = 'Plan d’action';

/** Said instead of the plan when every measure that concerns the practice is done. */
export const EMPTY_PLAN_SENTENCE = 'Toutes les mesures qui vous concernent sont faites.';

/** Said when the plan has open measures but none passed the filters the document was asked with. */
export const FILTERED_OUT_SENTENCE = 'Aucune mesure à faire ne correspond aux filtres choisis.';

/**
 * The action plan as an A4 landscape PDF. The first page is the plan at a glance: how many
 * measures are left and how many of them are indispensable, late or without anyone in charge, and
 * the next actions in a short table (who, when, how long); then each next action with why and how,
 * then the full plan table (rank, measure, level, effort, assignee, due date, priority, status).
 * An empty plan says so in a sentence.
 * @example await actionPlanPdf(plan, new Date()) // Buffer starting with %PDF-
 */
export async function actionPlanPdf(plan: ActionPlanView, documentDate: Date): Promise<Buffer> {
  return renderPdf({
    title: ACTION_PLAN_PDF_TITLE,
    subtitle: `${openCountText(plan.total)} — état au ${formatDayLong(plan.today)}`,
    practiceName: plan.practiceName,
    documentDate,
    orientation: 'landscape',
    content: actionPlanPdfContent(plan),
  });
}

/** The plan's content (next actions, then the full table), also a part of the compliance file. */
export function actionPlanPdfContent(plan: ActionPlanView): Content[] {
  return plan.total === 0
    ? [paragraph(EMPTY_PLAN_SENTENCE)]
    : [...atAGlance(plan), ...nextSection(plan.next), ...fullPlan(plan)];
}

/**
 * « Parmi ces mesures : 12 indispensables, 3 en retard, 5 sans responsable. », counted over the
 * measures the document shows; null when there is nothing to say.
 * @example planFigures(plan) // 'Parmi ces mesures : 12 indispensables, 3 en retard, 5 sans responsable.'
 */
export function planFigures(plan: Pick<ActionPlanView, 'items' | 'today'>): string | null {
  const essential = plan.items.filter((entry) => entry.level === 'essential').length;
  const late = plan.items.filter((entry) => entry.dueDate !== null && entry.dueDate < plan.today).length;
  const nobody = plan.items.filter((entry) => !entry.assignee).length;
  const parts = [
    essential > 0 ? `${essential} ${essential === 1 ? 'indispensable' : 'indispensables'}` : '',
    late > 0 ? `${late} en retard` : '',
    nobody > 0 ? `${nobody} sans responsable` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? null : `Parmi ces mesures : ${parts.join(', ')}.`;
}

/** The first page: the figures, the next actions in a table, and where their detail is. */
function atAGlance(plan: ActionPlanView): Content[] {
  const figures = planFigures(plan);
  const intro = [
    paragraph(
      `${figures ? `${figures} ` : ''}Commencez par les actions ci-dessous, dans l’ordre : Hygie les a choisies parmi les plus utiles et les plus rapides.`,
    ),
  ];
  if (plan.next.length === 0) return intro;
  const summary = table({
    headers: ['N°', 'Action', 'Niveau', 'Temps à prévoir', 'Responsable', 'Échéance'],
    rows: plan.next.map((entry, index) => [
      index + 1,
      entry.title,
      LEVEL_LABELS[entry.level],
      EFFORT_LABELS[entry.effort],
      entry.assignee?.name ?? 'Non attribuée',
      entry.dueDate ? dayText(entry.dueDate) : 'Non fixée',
    ]),
    widths: [20, '*', 76, 140, 110, 88],
  });
  summary.table.dontBreakRows = true;
  return [
    ...intro,
    heading('Vos prochaines actions'),
    summary,
    paragraph(
      'Pour chacune, la suite du document dit pourquoi la faire et comment, pas à pas. Le plan complet, avec toutes les mesures, vient ensuite.',
    ),
  ];
}

/**
 * « 1 mesure à faire », « 12 mesures à faire », « Aucune mesure à faire ».
 * @example openCountText(3) // '3 mesures à faire'
 */
export function openCountText(total: number): string {
  if (total === 0) return 'Aucune mesure à faire';
  return `${total} ${total === 1 ? 'mesure' : 'mesures'} à faire`;
}

/** The facts of an entry in one line: level, effort, and who and when when they are set. */
export function entryFacts(entry: PlanEntryView): string {
  return [
    LEVEL_LABELS[entry.level],
    `effort : ${EFFORT_LABELS[entry.effort].toLocaleLowerCase('fr-FR')}`,
    entry.assignee ? `responsable : ${entry.assignee.name}` : '',
    entry.dueDate ? `échéance : ${dayText(entry.dueDate)}` : '',
    entry.priority ? `priorité ${PRIORITY_LABELS[entry.priority].toLocaleLowerCase('fr-FR')}` : '',
  ]
    .filter((text) => text !== '')
    .join(' · ');
}

function nextSection(next: readonly PlanEntryView[]): Content[] {
  if (next.length === 0) return [];
  return [
    heading('Pourquoi et comment', { pageBreakBefore: true }),
    ...next.map(
      (entry, index): Content => ({
        // An action is short: keep it on one page rather than leave its steps on the next one.
        unbreakable: true,
        stack: [
          heading(`${index + 1}. ${entry.title}`, { level: 2 }),
          { text: entryFacts(entry), style: ['small', 'muted'], margin: [0, 0, 0, 4] },
          paragraph([{ text: 'Pourquoi : ', bold: true }, entry.why]),
          { text: 'Comment faire :', bold: true, margin: [0, 0, 0, 2] },
          bulletList([...entry.how]),
        ],
      }),
    ),
  ];
}

function fullPlan(plan: ActionPlanView): Content[] {
  const title = heading('Le plan complet', { pageBreakBefore: plan.next.length > 0 });
  if (plan.items.length === 0) return [title, paragraph(FILTERED_OUT_SENTENCE)];
  return [
    title,
    paragraph(
      'Les mesures indispensables d’abord, puis celles des familles qui comptent le plus, puis les plus rapides, puis les plus anciennes.',
    ),
    planTable(plan.items),
  ];
}

function planTable(items: readonly PlanEntryView[]): ContentTable {
  const node = table({
    headers: ['N°', 'Mesure', 'Niveau', 'Effort', 'Responsable', 'Échéance', 'Priorité', 'Statut'],
    rows: items.map((entry) => [
      entry.rank,
      entry.title,
      LEVEL_LABELS[entry.level],
      effortShort(entry.effort),
      entry.assignee?.name,
      dayText(entry.dueDate),
      entry.priority ? PRIORITY_LABELS[entry.priority] : null,
      statusLabel(entry.status),
    ]),
    widths: [20, '*', 76, 50, 92, 88, 48, 72],
  });
  node.table.dontBreakRows = true;
  return node;
}
