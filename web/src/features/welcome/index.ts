import type { WebFeature } from '../../app/registry.ts';
import { WelcomePage } from './WelcomePage.tsx';

export const welcomeFeature: WebFeature = {
  id: 'welcome',
  nav: { label: 'Accueil', path: '/', order: 0 },
  routes: [{ path: '/', Component: WelcomePage }],
};
