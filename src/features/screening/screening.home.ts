import type { Db } from '../../db/connect.ts';
import type { HomeCard, HomeCardProvider } from '../../lib/home/registry.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { listDecisions } from './screening.repository.ts';
import { screeningAlerts } from './screening.service.ts';

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

/**
 * The home card of the DPO and DPIA screening: what the recorded decisions still require (a DPO
 * to designate, a DPIA to carry out); null when nothing is required or nothing was answered.
 * @example screeningCard([]) // null
 */
export function screeningCard(alerts: string[]): HomeCard | null {
  if (alerts.length === 0) return null;
  return {
    id: 'screening',
    title: 'Délégué à la protection des données et analyse d’impact',
    tone: 'warning',
    summary: alerts.join(' '),
    action: { label: 'Revoir l’évaluation', href: '/information-patients#dpo-aipd' },
  };
}

/** The provider the routes plugin registers on `app.home`. */
export function screeningHomeCard(db: Db): HomeCardProvider {
  return {
    id: 'screening',
    order: 22,
    roles: ALL_ROLES,
    load: async (ctx) => {
      const [practice, [dpo], [dpia]] = await Promise.all([
        findPractice(db, ctx.practiceId),
        listDecisions(db, ctx.practiceId, 'dpo'),
        listDecisions(db, ctx.practiceId, 'dpia'),
      ]);
      return screeningCard(screeningAlerts(dpo, dpia, practice?.dpo != null));
    },
  };
}
