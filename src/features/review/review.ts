import { addMonths, compareDays, type IsoDay, parisDay } from '../../lib/dates/index.ts';
import { dayDue, type TodoItem } from '../../lib/todo/todo-item.ts';

/**
 * What the yearly review walks through: each point is confirmed (« rien n’a changé ») or changed
 * (« j’ai fait la mise à jour »), with the page where it is done.
 */
export const REVIEW_POINTS = [
  {
    key: 'register',
    question: 'Le registre des traitements décrit-il toujours ce que fait le cabinet ?',
    href: '/registre',
  },
  {
    key: 'software',
    question: 'Un nouveau logiciel, un nouvel appareil ou un nouveau service en ligne est-il arrivé ?',
    href: '/registre',
  },
  { key: 'staff', question: 'Quelqu’un est-il arrivé dans l’équipe, ou parti ?', href: '/utilisateurs' },
  {
    key: 'processors',
    question: 'Un nouveau prestataire traite-t-il des données du cabinet (sous-traitant) ?',
    href: '/sous-traitants',
  },
  {
    key: 'notice',
    question: 'L’information des patients affichée est-elle toujours juste ?',
    href: '/information-patients',
  },
  { key: 'diagnostic', question: 'Le diagnostic a-t-il été relu et mis à jour cette année ?', href: '/diagnostic' },
] as const;
export type ReviewPointKey = (typeof REVIEW_POINTS)[number]['key'];
export const REVIEW_POINT_KEYS = REVIEW_POINTS.map((point) => point.key) as [ReviewPointKey, ...ReviewPointKey[]];

export const REVIEW_ANSWERS = ['confirmed', 'changed'] as const;
export type ReviewAnswer = (typeof REVIEW_ANSWERS)[number];

/** The journal action of a completed review; the register rule reads it as the register's confirmation. */
export const YEARLY_REVIEW_ACTION = 'yearly_review.completed';
/** The review is due this many months after the last one (or after the practice was created). */
export const REVIEW_EVERY_MONTHS = 12;
/** The « à faire » item appears this many days before the due day. */
export const REVIEW_NOTICE_DAYS = 30;

/**
 * The day the next review is due: 12 months after the last one, or after the practice's creation.
 * @example reviewDueDay(null, '2026-01-15T10:00:00Z') // '2027-01-15'
 */
export function reviewDueDay(lastReviewAt: string | null, practiceCreatedAt: string): IsoDay {
  return addMonths(parisDay(new Date(lastReviewAt ?? practiceCreatedAt)), REVIEW_EVERY_MONTHS);
}

/** What was confirmed and what was changed, in the points' order. */
export function splitAnswers(answers: Record<ReviewPointKey, ReviewAnswer>) {
  return {
    confirmed: REVIEW_POINT_KEYS.filter((key) => answers[key] === 'confirmed'),
    changed: REVIEW_POINT_KEYS.filter((key) => answers[key] === 'changed'),
  };
}

/**
 * The « à faire » item of the yearly review, from {@link REVIEW_NOTICE_DAYS} days before its due
 * day; none before. For the owner, who confirms the review.
 * @example reviewTodos(null, '2025-01-15T10:00:00Z', new Date('2026-02-01T10:00:00Z'))[0]?.state // 'overdue'
 */
export function reviewTodos(lastReviewAt: string | null, practiceCreatedAt: string, now: Date): TodoItem[] {
  const today = parisDay(now);
  const due = reviewDueDay(lastReviewAt, practiceCreatedAt);
  const timing = dayDue(due, today, REVIEW_NOTICE_DAYS);
  if (timing.state === 'open' && compareDays(today, due) < 0) return [];
  return [
    {
      id: 'yearly-review:practice',
      kind: 'yearly-review',
      title: 'Faire la revue annuelle de la conformité',
      detail: lastReviewAt ? null : 'Aucune revue annuelle n’a encore été faite.',
      ...timing,
      severity: timing.state === 'overdue' ? 'warning' : 'info',
      audience: { roles: ['owner'], assigneeId: null },
      href: '/revue-annuelle',
    },
  ];
}
