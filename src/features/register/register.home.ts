import type { Db } from '../../db/connect.ts';
import type { HomeCard, HomeCardProvider } from '../../lib/home/registry.ts';
import { missingFields } from './missing-fields.ts';
import { listActivities } from './register.repository.ts';
import type { ActivityFields } from './register.types.ts';

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

/**
 * « Registre des traitements : n activités, m à compléter », with the activities to complete as
 * links; an empty register invites to create it.
 * @example registerCard([]).summary // 'Hygie vous propose les activités de votre profession, déjà remplies : une dizaine de minutes suffisent.'
 */
export function registerCard(activities: readonly (ActivityFields & { id: string })[]): HomeCard {
  if (activities.length === 0) {
    return {
      id: 'register',
      title: 'Registre des traitements : aucune activité',
      tone: 'warning',
      summary:
        'Hygie vous propose les activités de votre profession, déjà remplies : une dizaine de minutes suffisent.',
      action: { label: 'Créer le registre', href: '/registre' },
    };
  }
  const incomplete = activities.filter((a) => missingFields(a).length > 0);
  const n = activities.length;
  const m = incomplete.length;
  return {
    id: 'register',
    title: `Registre des traitements : ${n} activité${n > 1 ? 's' : ''}, ${m} à compléter`,
    tone: m > 0 ? 'info' : 'ok',
    summary:
      m > 0
        ? 'Complétez les activités signalées : le registre doit pouvoir être présenté à tout moment.'
        : 'Votre registre est complet. Relisez-le à chaque nouveau logiciel, prestataire ou salarié.',
    ...(m > 0 ? { items: incomplete.map((a) => ({ label: a.name, href: `/registre/${a.id}` })) } : {}),
    action: { label: 'Ouvrir le registre', href: '/registre' },
  };
}

/** The provider the routes plugin registers on `app.home`. */
export function registerHomeCard(db: Db): HomeCardProvider {
  return {
    id: 'register',
    order: 20,
    roles: ALL_ROLES,
    load: async (ctx) => registerCard(await listActivities(db, ctx.practiceId)),
  };
}
