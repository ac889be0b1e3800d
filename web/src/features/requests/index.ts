import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

const EVERYONE: readonly Role[] = ['owner', 'practitioner', 'secretary', 'auditor'];

/** The patient requests register: access to the medical file and GDPR rights, with their legal deadlines. */
export const requestsFeature: WebFeature = {
  id: 'requests',
  nav: { label: 'Demandes des patients', path: '/demandes', group: 'everyday', order: 1, roles: EVERYONE },
  routes: [
    {
      path: '/demandes',
      Component: lazyPage(() => import('./RequestsPage.tsx'), 'RequestsPage'),
      help: 'les-demandes-des-patients',
    },
    {
      path: '/demandes/:id',
      Component: lazyPage(() => import('./RequestDetailPage.tsx'), 'RequestDetailPage'),
      help: 'les-demandes-des-patients',
    },
  ],
};
