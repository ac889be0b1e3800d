import type { WebFeature } from '../../app/registry.ts';
import { HomePage } from './HomePage.tsx';

export const homeFeature: WebFeature = {
  id: 'home',
  nav: { label: 'Accueil', path: '/', order: 0, roles: ['owner', 'practitioner', 'secretary', 'auditor'] },
  routes: [{ path: '/', Component: HomePage }],
};
