import type { Db } from '../../db/connect.ts';
import { compareDays, type IsoDay, parisDay } from '../../lib/dates/index.ts';
import type { HomeCard, HomeCardProvider } from '../../lib/home/registry.ts';
import { DUE_SOON_DAYS, KIND_LABELS } from './request-labels.ts';
import { currentDueDate, isDueSoon, isOverdue } from './request-state.ts';
import { listRequests, type PatientRequest } from './requests.repository.ts';

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/**
 * The home card of the requests register: open requests overdue or due within
 * {@link DUE_SOON_DAYS} days, the most urgent first; null when there is none.
 * @example requestsCard([], '2026-12-01') // null
 */
export function requestsCard(open: PatientRequest[], today: IsoDay): HomeCard | null {
  const overdue = open.filter((r) => isOverdue(r, today));
  const soon = open.filter((r) => isDueSoon(r, today));
  if (overdue.length === 0 && soon.length === 0) return null;
  const parts = [
    ...(overdue.length > 0 ? [plural(overdue.length, 'demande en retard', 'demandes en retard')] : []),
    ...(soon.length > 0
      ? [`${plural(soon.length, 'demande', 'demandes')} à traiter dans les ${DUE_SOON_DAYS} prochains jours`]
      : []),
  ];
  const urgent = [...overdue, ...soon].sort((a, b) => compareDays(currentDueDate(a), currentDueDate(b)));
  return {
    id: 'patient-requests',
    title: 'Demandes des patients',
    tone: overdue.length > 0 ? 'danger' : 'warning',
    summary: `${parts.join(' et ')}.${overdue.length > 0 ? ' Répondez sans attendre : le délai légal est dépassé.' : ''}`,
    items: urgent.map((r) => ({
      label: `${KIND_LABELS[r.kind]} — ${r.requester.name}${isOverdue(r, today) ? ' (en retard)' : ''}`,
      due: currentDueDate(r),
      href: `/demandes/${r.id}`,
    })),
    action: { label: 'Ouvrir le registre des demandes', href: '/demandes' },
  };
}

/** The provider the routes plugin registers on `app.home`. */
export function requestsHomeCard(db: Db): HomeCardProvider {
  return {
    id: 'patient-requests',
    order: 20,
    roles: ALL_ROLES,
    load: async (ctx) => requestsCard(await listRequests(db, ctx.practiceId, { openOnly: true }), parisDay(ctx.now)),
  };
}
