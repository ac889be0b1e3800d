import type { Db } from '../../db/connect.ts';
import { formatDayLong, parisDay } from '../../lib/dates/index.ts';
import type { HomeCard, HomeCardContext, HomeCardProvider } from '../../lib/home/registry.ts';
import type { TodoItem, TodoRegistry } from '../../lib/todo/registry.ts';
import { allows } from '../../server/permissions.ts';
import type { JournalActor } from '../journal/journal.repository.ts';
import { buildActionPlan } from './action-plan.ts';
import type { MeasuresReferential } from './checklist.referential.ts';
import { loadChecklistOnce } from './checklist.service.ts';
import { CHECKLIST_TODO, DUE_SOON_DAYS } from './checklist.todo.ts';
import type { ChecklistView, MeasureView } from './checklist-view.ts';

const SYSTEM: JournalActor = { type: 'system', id: null, label: 'Hygie' };

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

/** The secretary's home shows only the measures assigned to her. */
const mine = (ctx: HomeCardContext) => (m: MeasureView) => ctx.role !== 'secretary' || m.assignee?.id === ctx.userId;

/** The score card: where the diagnostic stands and what comes next. */
export function scoreCard(view: ChecklistView, ctx: HomeCardContext): HomeCard {
  const { answered, applicable } = view.progress;
  if (answered === 0) {
    // Those who may answer everything start with the first pass; the others read the full view.
    const firstPass = allows('checklist.answer_all', ctx.role);
    return {
      id: 'checklist',
      title: 'Diagnostic d’hygiène numérique',
      tone: 'info',
      summary: firstPass
        ? `Une vingtaine de questions simples répondent aux ${applicable} mesures qui concernent votre cabinet (une dizaine de minutes) : Hygie calcule votre score et vous dit quoi faire en premier.`
        : `Le diagnostic n’est pas encore commencé : ${applicable} mesures concernent le cabinet.`,
      action: firstPass
        ? { label: 'Commencer le premier diagnostic', href: '/diagnostic/premier-passage' }
        : { label: 'Voir le diagnostic', href: '/diagnostic' },
    };
  }
  const overall = view.scores.overall;
  const next = buildActionPlan(view).items.filter(mine(ctx)).slice(0, 3);
  const unknown = view.scores.unknownCount > 0 ? ` ${view.scores.unknownCount} « je ne sais pas » à vérifier.` : '';
  const { unanswered, completedAt } = view.progress;
  const rest =
    completedAt !== null
      ? ` Diagnostic complet le ${formatDayLong(parisDay(new Date(completedAt)))}.`
      : ` ${unanswered} sans réponse.`;
  return {
    id: 'checklist',
    title: overall === null ? 'Diagnostic d’hygiène numérique' : `Diagnostic : ${overall} sur 100`,
    tone: overall !== null && overall >= 70 ? 'ok' : overall !== null && overall < 40 ? 'warning' : 'info',
    summary: `${answered} mesure${answered > 1 ? 's' : ''} répondue${answered > 1 ? 's' : ''} sur ${applicable}.${rest}${unknown}`,
    ...(next.length > 0 ? { items: next.map((m) => ({ label: m.title, href: `/diagnostic#mesure-${m.id}` })) } : {}),
    action: { label: 'Voir le plan d’action', href: '/plan-d-action' },
  };
}

/** The diagnostic's « à faire » items of a kind that are overdue or due soon, the nearest first. */
const dueItems = (items: readonly TodoItem[], kind: TodoItem['kind']) =>
  items.filter((item) => item.kind === kind && item.state !== 'open');

const cardItems = (items: readonly TodoItem[]) =>
  items.map((item) => ({ label: item.title, due: item.dueDay as string, href: item.href }));

/** Recurring measures overdue or due within {@link DUE_SOON_DAYS} days, read from the « à faire » items; null when none. */
export function recurringCard(items: readonly TodoItem[]): HomeCard | null {
  const due = dueItems(items, 'recurring-measure');
  if (due.length === 0) return null;
  const overdue = due.filter((item) => item.state === 'overdue').length;
  return {
    id: 'checklist-recurring',
    title: 'Mesures à refaire',
    tone: overdue > 0 ? 'danger' : 'info',
    summary:
      overdue > 0
        ? `${overdue} mesure${overdue > 1 ? 's' : ''} en retard : refaites-la${overdue > 1 ? 's' : ''} puis marquez-la${overdue > 1 ? 's' : ''} « Fait ».`
        : `À refaire dans les ${DUE_SOON_DAYS} prochains jours.`,
    items: cardItems(due),
    action: { label: 'Ouvrir le diagnostic', href: '/diagnostic' },
  };
}

/** Measures of the action plan whose due date is passed or within {@link DUE_SOON_DAYS} days; null when none. */
export function planDueCard(items: readonly TodoItem[]): HomeCard | null {
  const due = dueItems(items, 'plan-measure');
  if (due.length === 0) return null;
  const overdue = due.filter((item) => item.state === 'overdue').length;
  return {
    id: 'action-plan-due',
    title: 'Échéances du plan d’action',
    tone: overdue > 0 ? 'warning' : 'info',
    summary:
      overdue > 0
        ? `${overdue} mesure${overdue > 1 ? 's' : ''} du plan ${overdue > 1 ? 'ont' : 'a'} dépassé la date prévue.`
        : `À faire dans les ${DUE_SOON_DAYS} prochains jours, comme prévu dans le plan.`,
    items: cardItems(due),
    action: { label: 'Voir le plan d’action', href: '/plan-d-action' },
  };
}

/**
 * The diagnostic's home cards: the score, then the recurring measures and the plan's measures that
 * are due (these two read the « à faire » items, as the reminders will).
 */
export function checklistHomeCards(db: Db, referential: MeasuresReferential, todo: TodoRegistry): HomeCardProvider[] {
  const load = (ctx: HomeCardContext) => loadChecklistOnce(ctx, db, referential, { ...ctx, actor: SYSTEM }, ctx.now);
  const items = (ctx: HomeCardContext) => todo.from(CHECKLIST_TODO, ctx, ctx);
  return [
    { id: 'checklist', order: 10, roles: ALL_ROLES, load: async (ctx) => scoreCard(await load(ctx), ctx) },
    { id: 'checklist-recurring', order: 11, roles: ALL_ROLES, load: async (ctx) => recurringCard(await items(ctx)) },
    { id: 'action-plan-due', order: 12, roles: ALL_ROLES, load: async (ctx) => planDueCard(await items(ctx)) },
  ];
}
