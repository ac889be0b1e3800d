import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

export const practiceFeature: WebFeature = {
  id: 'practice',
  nav: {
    label: 'Cabinet',
    path: '/cabinet',
    group: 'admin',
    order: 1,
    roles: ['owner', 'practitioner', 'secretary', 'auditor'],
  },
  routes: [
    {
      path: '/cabinet',
      Component: lazyPage(() => import('./PracticePage.tsx'), 'PracticePage'),
      help: 'premier-demarrage',
    },
  ],
};
