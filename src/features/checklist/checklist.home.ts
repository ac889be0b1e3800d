import type { Db } from '../../db/connect.ts';
import { addDays, compareDays } from '../../lib/dates/index.ts';
import type { HomeCard, HomeCardContext, HomeCardProvider } from '../../lib/home/registry.ts';
import type { JournalActor } from '../journal/journal.repository.ts';
import { buildActionPlan } from './action-plan.ts';
import type { MeasuresReferential } from './checklist.referential.ts';
import { loadChecklist } from './checklist.service.ts';
import type { ChecklistView, MeasureView } from './checklist-view.ts';

const SYSTEM: JournalActor = { type: 'system', id: null, label: 'Hygie' };
/** A recurring measure due within this many days is announced on the home page. */
export const DUE_SOON_DAYS = 7;

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

/** The secretary's home shows only the measures assigned to her. */
const mine = (ctx: HomeCardContext) => (m: MeasureView) => ctx.role !== 'secretary' || m.assignee?.id === ctx.userId;

/** The score card: where the diagnostic stands and what comes next. */
export function scoreCard(view: ChecklistView, ctx: HomeCardContext): HomeCard {
  const { answered, applicable } = view.progress;
  if (answered === 0) {
    return {
      id: 'checklist',
      title: 'Diagnostic d’hygiène numérique',
      tone: 'info',
      summary: `Répondez aux ${applicable} mesures qui concernent votre cabinet (une vingtaine de minutes) : Hygie calcule votre score et vous dit quoi faire en premier.`,
      action: { label: 'Commencer le diagnostic', href: '/diagnostic' },
    };
  }
  const overall = view.scores.overall;
  const next = buildActionPlan(view).items.filter(mine(ctx)).slice(0, 3);
  const unknown = view.scores.unknownCount > 0 ? ` ${view.scores.unknownCount} « je ne sais pas » à vérifier.` : '';
  const { unanswered, completedAt } = view.progress;
  const rest = completedAt !== null ? ' Diagnostic complet.' : ` ${unanswered} sans réponse.`;
  return {
    id: 'checklist',
    title: overall === null ? 'Diagnostic d’hygiène numérique' : `Diagnostic : ${overall} sur 100`,
    tone: overall !== null && overall >= 70 ? 'ok' : overall !== null && overall < 40 ? 'warning' : 'info',
    summary: `${answered} mesure${answered > 1 ? 's' : ''} répondue${answered > 1 ? 's' : ''} sur ${applicable}.${rest}${unknown}`,
    ...(next.length > 0 ? { items: next.map((m) => ({ label: m.title, href: `/diagnostic#mesure-${m.id}` })) } : {}),
    action: { label: 'Voir le plan d’action', href: '/plan-d-action' },
  };
}

/** Recurring measures overdue or due within {@link DUE_SOON_DAYS} days; null when none. */
export function recurringCard(view: ChecklistView, ctx: HomeCardContext): HomeCard | null {
  const horizon = addDays(view.today, DUE_SOON_DAYS);
  const due = view.measures
    .filter((m) => m.applies && m.answered && m.recurrence !== null && m.recurrence.lastDone !== null)
    .filter(mine(ctx))
    .filter((m) => compareDays(m.recurrence?.nextDue ?? horizon, horizon) <= 0)
    .sort((a, b) => compareDays(a.recurrence?.nextDue ?? '', b.recurrence?.nextDue ?? ''));
  if (due.length === 0) return null;
  const overdue = due.filter((m) => m.recurrence?.overdue).length;
  return {
    id: 'checklist-recurring',
    title: 'Mesures à refaire',
    tone: overdue > 0 ? 'danger' : 'info',
    summary:
      overdue > 0
        ? `${overdue} mesure${overdue > 1 ? 's' : ''} en retard : refaites-la${overdue > 1 ? 's' : ''} puis marquez-la${overdue > 1 ? 's' : ''} « Fait ».`
        : `À refaire dans les ${DUE_SOON_DAYS} prochains jours.`,
    items: due.map((m) => ({
      label: m.recurrence?.label ?? m.title,
      due: m.recurrence?.nextDue as string,
      href: `/diagnostic#mesure-${m.id}`,
    })),
    action: { label: 'Ouvrir le diagnostic', href: '/diagnostic' },
  };
}

/** The diagnostic's two home cards: the score, and the recurring measures that are due. */
export function checklistHomeCards(db: Db, referential: MeasuresReferential): HomeCardProvider[] {
  const load = (ctx: HomeCardContext) => loadChecklist(db, referential, { ...ctx, actor: SYSTEM }, ctx.now);
  return [
    { id: 'checklist', order: 10, roles: ALL_ROLES, load: async (ctx) => scoreCard(await load(ctx), ctx) },
    {
      id: 'checklist-recurring',
      order: 11,
      roles: ALL_ROLES,
      load: async (ctx) => recurringCard(await load(ctx), ctx),
    },
  ];
}
