import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

/** The first-run wizard: a signed-out page, opened while no practice exists yet. */
export const setupFeature: WebFeature = {
  id: 'setup',
  routes: [],
  publicRoutes: [{ path: '/premiere-installation', Component: lazyPage(() => import('./SetupPage.tsx'), 'SetupPage') }],
};
