import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

/** The team: accounts, roles and invitations (managed by the titulaire). */
export const usersFeature: WebFeature = {
  id: 'users',
  nav: {
    label: 'Utilisateurs',
    path: '/utilisateurs',
    group: 'admin',
    order: 2,
    roles: ['owner', 'practitioner', 'auditor'],
    team: true,
  },
  routes: [
    {
      path: '/utilisateurs',
      Component: lazyPage(() => import('./UsersPage.tsx'), 'UsersPage'),
      help: 'les-comptes-et-les-roles',
    },
  ],
};
