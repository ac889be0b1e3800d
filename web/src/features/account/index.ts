import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

/** « Mon compte »: every signed-in person manages their own password, second factor, tokens and sessions. */
export const accountFeature: WebFeature = {
  id: 'account',
  nav: {
    label: 'Mon compte',
    path: '/mon-compte',
    group: 'admin',
    order: 4,
    roles: ['owner', 'practitioner', 'secretary', 'auditor'],
  },
  routes: [
    {
      path: '/mon-compte',
      Component: lazyPage(() => import('./AccountPage.tsx'), 'AccountPage'),
      help: 'la-double-authentification',
    },
  ],
};
