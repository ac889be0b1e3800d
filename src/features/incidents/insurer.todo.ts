import type { Db } from '../../db/connect.ts';
import type { HomeCard, HomeCardProvider } from '../../lib/home/registry.ts';
import { isWithdrawn } from '../../lib/lifecycle/lifecycle.ts';
import type { TodoItem, TodoProvider, TodoRegistry } from '../../lib/todo/registry.ts';
import type { Breach } from '../breaches/breach.ts';
import { listBreachesOnce } from '../breaches/breaches.repository.ts';
import { breachTitle } from '../breaches/breaches-view.ts';
import { deadlineText, remainingTime } from '../breaches/deadline.ts';
import { type Incident, listIncidents } from './incidents.repository.ts';
import { insurerComplaintDeadline, insurerWarns, isAttackOrigin, isAttackScenario } from './insurer-clock.ts';

export const INSURER_TODO = 'insurer-complaint';
/** Who files a complaint: the owner and the practitioners, and the person who raised the incident. */
const FILERS = ['owner', 'practitioner'] as const;
/** Past the deadline the insurer's condition can no longer be met: the item stays a week, then goes. */
const KEPT_AFTER_MS = 7 * 24 * 3_600_000;

function item(
  id: string,
  what: string,
  awareAt: string,
  href: string,
  assigneeId: string | null,
  now: Date,
): TodoItem | null {
  const aware = new Date(awareAt);
  const deadline = insurerComplaintDeadline(aware);
  if (now.getTime() - deadline.getTime() > KEPT_AFTER_MS) return null;
  const remaining = remainingTime(deadline, now);
  const warns = insurerWarns(aware, null, now);
  return {
    id: `insurer-complaint:${id}`,
    kind: 'insurer-complaint',
    title: `Plainte pour l’assureur avant le ${deadlineText(deadline)} — ${what}`,
    detail: remaining.passed ? `délai dépassé depuis ${remaining.duration}` : `il reste ${remaining.duration}`,
    due: deadline.toISOString(),
    dueDay: null,
    state: remaining.passed ? 'overdue' : warns ? 'due_soon' : 'open',
    severity: warns ? 'danger' : 'warning',
    audience: { roles: FILERS, assigneeId },
    href,
  };
}

/**
 * One item per attack whose complaint is not recorded yet (Code des assurances L. 12-10-1: 72
 * hours from awareness): every open incident of an attack scenario, and every breach from an
 * attack not qualified from such an incident (the incident already carries the clock). Withdrawn
 * ones never count. Due soon under 24 hours left.
 */
export function insurerTodos(incidents: readonly Incident[], breaches: readonly Breach[], now: Date): TodoItem[] {
  const attacks = incidents.filter(
    (i) => i.status === 'open' && !isWithdrawn(i) && isAttackScenario(i.scenario) && i.complaintFiledAt === null,
  );
  const attackIncidentIds = new Set(incidents.filter((i) => isAttackScenario(i.scenario)).map((i) => i.id));
  const items = attacks.map((i) =>
    item(i.id, i.title ?? 'incident en cours', i.raisedAt, `/incidents/${i.id}`, i.raisedBy.id, now),
  );
  for (const b of breaches) {
    if (isWithdrawn(b) || !isAttackOrigin(b.origin) || b.complaintFiledAt !== null) continue;
    if (b.incidentId !== null && attackIncidentIds.has(b.incidentId)) continue;
    items.push(item(b.id, breachTitle(b), b.awareAt, `/violations/${b.id}`, null, now));
  }
  return items.filter((i): i is TodoItem => i !== null);
}

/** The provider the incident routes register on `app.todo`. */
export function insurerTodo(db: Db): TodoProvider {
  return {
    id: INSURER_TODO,
    load: async (ctx) =>
      insurerTodos(await listIncidents(db, ctx.practiceId), await listBreachesOnce(ctx, db, ctx.practiceId), ctx.now),
  };
}

/**
 * The complaints to file for the insurer, nearest deadline first; « danger » once one has less than
 * 24 hours left (awareness + 48 h); null when none.
 */
export function insurerCard(items: readonly TodoItem[]): HomeCard | null {
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => ((a.due ?? '') < (b.due ?? '') ? -1 : 1));
  return {
    id: 'insurer',
    title: 'Cyberattaque : déposez plainte dans les 72 heures pour votre assurance',
    tone: sorted.some((i) => i.severity === 'danger') ? 'danger' : 'warning',
    summary:
      'Une assurance ne rembourse les pertes d’une cyberattaque que si une plainte est déposée au plus tard 72 heures après que vous en avez eu connaissance (code des assurances, article L. 12-10-1). Déposez plainte (police, gendarmerie ou procureur), puis notez sa date.',
    items: sorted.map((i) => ({ label: `${i.title} (${i.detail})`, href: i.href })),
  };
}

/** The home card, right after the incidents and the breaches. */
export function insurerHomeCard(todo: TodoRegistry): HomeCardProvider {
  return {
    id: 'insurer',
    order: 2,
    roles: ['owner', 'practitioner', 'secretary'],
    load: async (ctx) => insurerCard(await todo.from(INSURER_TODO, ctx, ctx)),
  };
}
