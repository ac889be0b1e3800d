import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

const EVERYONE: readonly Role[] = ['owner', 'practitioner', 'secretary', 'auditor'];

/** The register of processing activities (GDPR art. 30): onboarding, activities, exports. */
export const registerFeature: WebFeature = {
  id: 'register',
  nav: { label: 'Registre RGPD', path: '/registre', group: 'compliance', order: 3, roles: EVERYONE },
  routes: [
    {
      path: '/registre',
      Component: lazyPage(() => import('./RegisterPage.tsx'), 'RegisterPage'),
      help: 'le-registre-rgpd',
    },
    {
      path: '/registre/nouvelle',
      Component: lazyPage(() => import('./NewActivityPage.tsx'), 'NewActivityPage'),
      help: 'le-registre-rgpd',
    },
    {
      path: '/registre/:id',
      Component: lazyPage(() => import('./ActivityPage.tsx'), 'ActivityPage'),
      help: 'le-registre-rgpd',
    },
  ],
};
