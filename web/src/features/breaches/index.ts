import { createElement, lazy, Suspense } from 'react';
import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';
import { type IncidentActionProps, registerIncidentAction } from '../incidents/index.ts';

const REGISTER_ROLES: readonly Role[] = ['owner', 'practitioner', 'auditor'];

/** The breach register (GDPR art. 33(5)): every breach, its 72-hour countdown, severity, decision and documents. */
export const breachesFeature: WebFeature = {
  id: 'breaches',
  nav: { label: 'Violations de données', path: '/violations', group: 'incidents', order: 3, roles: REGISTER_ROLES },
  routes: [
    {
      path: '/violations',
      Component: lazyPage(() => import('./BreachesPage.tsx'), 'BreachesPage'),
      help: 'violation-de-donnees-le-registre-et-les-72-heures',
    },
    {
      path: '/violations/:id',
      Component: lazyPage(() => import('./BreachPage.tsx'), 'BreachPage'),
      help: 'violation-de-donnees-le-registre-et-les-72-heures',
    },
  ],
};

const QualifyBreachAction = lazy(async () => ({
  default: (await import('./QualifyBreachAction.tsx')).QualifyBreachAction,
}));

/** « Qualifier en violation de données » on the incident page, loaded with it (its own Suspense: the page never blinks). */
registerIncidentAction({
  id: 'qualify-breach',
  order: 10,
  Component: (props: IncidentActionProps) =>
    createElement(Suspense, { fallback: null }, createElement(QualifyBreachAction, props)),
});
