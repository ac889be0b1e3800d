import type { Db } from '../../db/connect.ts';
import type { HomeCard, HomeCardProvider } from '../../lib/home/registry.ts';
import { type Breach, clockRuns } from './breach.ts';
import { listBreaches } from './breaches.repository.ts';
import { breachTitle } from './breaches-view.ts';
import { deadlineText, remainingTime } from './deadline.ts';

/** The roles that read the register (never the secretary). */
export const REGISTER_ROLES = ['owner', 'practitioner', 'auditor'] as const;

/**
 * « Notification CNIL avant le 30/03/2026 à 11:00 — Rançongiciel — connue le 27/03/2026 à 10:00 (il reste 1 j 2 h 07 min) ».
 */
export function countdownLabel(breach: Breach, now: Date): string {
  const remaining = remainingTime(new Date(breach.notificationDeadline), now);
  const left = remaining.passed ? `délai dépassé depuis ${remaining.duration}` : `il reste ${remaining.duration}`;
  return `Notification CNIL avant le ${deadlineText(new Date(breach.notificationDeadline))} — ${breachTitle(breach)} (${left})`;
}

/**
 * The open breaches (CNIL clock still running) with their countdown, the nearest deadline first;
 * « danger » when one has less than 24 hours left or has passed; null when there is none.
 */
export function breachesCard(breaches: readonly Breach[], now: Date): HomeCard | null {
  const open = breaches.filter(clockRuns).sort((a, b) => (a.notificationDeadline < b.notificationDeadline ? -1 : 1));
  const [first] = open;
  if (first === undefined) return null;
  const states = open.map((b) => remainingTime(new Date(b.notificationDeadline), now));
  const passed = states.filter((s) => s.passed).length;
  const urgent = states.some((s) => s.urgent);
  const count =
    open.length === 1 ? 'Une violation de données en cours' : `${open.length} violations de données en cours`;
  const late =
    passed > 0
      ? ` Le délai de 72 heures est dépassé pour ${passed === 1 ? 'l’une d’elles' : `${passed} d’entre elles`} : notifiez sans attendre, en donnant les raisons du retard.`
      : '';
  return {
    id: 'breaches',
    title:
      open.length === 1
        ? 'Violation de données : notification à la CNIL'
        : 'Violations de données : notifications à la CNIL',
    tone: urgent ? 'danger' : 'warning',
    summary: `${count} : évaluez la gravité, décidez, puis notifiez la CNIL avant l’échéance.${late}`,
    items: open.map((breach) => ({
      label: countdownLabel(breach, now),
      href: `/violations/${breach.id}`,
    })),
    action: { label: 'Ouvrir le registre des violations', href: '/violations' },
  };
}

/** The provider the routes plugin registers on `app.home`, right after the incidents. */
export function breachesHomeCard(db: Db): HomeCardProvider {
  return {
    id: 'breaches',
    order: 2,
    roles: REGISTER_ROLES,
    load: async (ctx) => breachesCard(await listBreaches(db, ctx.practiceId), ctx.now),
  };
}
