import type { WebFeature } from '../../app/registry.ts';
import { SetupPage } from './SetupPage.tsx';

/** The first-run wizard: a signed-out page, opened while no practice exists yet. */
export const setupFeature: WebFeature = {
  id: 'setup',
  routes: [],
  publicRoutes: [{ path: '/premiere-installation', Component: SetupPage }],
};
