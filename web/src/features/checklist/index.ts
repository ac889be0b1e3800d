import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

const EVERYONE: readonly Role[] = ['owner', 'practitioner', 'secretary', 'auditor'];

/** The practice's hygiene diagnostic: score, evolution, documents and every measure. */
export const checklistFeature: WebFeature = {
  id: 'checklist',
  nav: { label: 'Diagnostic', path: '/diagnostic', group: 'compliance', order: 1, roles: EVERYONE },
  routes: [
    {
      path: '/diagnostic',
      Component: lazyPage(() => import('./DiagnosticPage.tsx'), 'DiagnosticPage'),
      help: 'le-diagnostic-et-le-plan-d-action',
    },
    {
      path: '/diagnostic/premier-passage',
      Component: lazyPage(() => import('./FirstPassPage.tsx'), 'FirstPassPage'),
      help: 'le-diagnostic-et-le-plan-d-action',
    },
  ],
};

/** The action plan drawn from the diagnostic: the next five actions and the whole plan. */
export const actionPlanFeature: WebFeature = {
  id: 'action-plan',
  nav: { label: 'Plan d’action', path: '/plan-d-action', group: 'compliance', order: 2, roles: EVERYONE },
  routes: [
    {
      path: '/plan-d-action',
      Component: lazyPage(() => import('./ActionPlanPage.tsx'), 'ActionPlanPage'),
      help: 'le-diagnostic-et-le-plan-d-action',
    },
  ],
};
