import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

export const homeFeature: WebFeature = {
  id: 'home',
  nav: {
    label: 'Accueil',
    path: '/',
    group: 'home',
    order: 0,
    roles: ['owner', 'practitioner', 'secretary', 'auditor'],
  },
  routes: [
    { path: '/', Component: lazyPage(() => import('./HomePage.tsx'), 'HomePage'), help: 'ma-mise-en-conformite' },
  ],
};
