import type { WebFeature } from '../../app/registry.ts';
import { UsersPage } from './UsersPage.tsx';

/** The team: accounts, roles and invitations (managed by the titulaire). */
export const usersFeature: WebFeature = {
  id: 'users',
  nav: { label: 'Utilisateurs', path: '/utilisateurs', order: 10, roles: ['owner', 'practitioner', 'auditor'] },
  routes: [{ path: '/utilisateurs', Component: UsersPage }],
};
