import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

/** The glossary (« Lexique »): the technical words of Hygie in plain French; the user guide (« Aide »). */
export const helpFeature: WebFeature = {
  id: 'help',
  nav: {
    label: 'Lexique',
    path: '/glossaire',
    group: 'home',
    order: 1,
    roles: ['owner', 'practitioner', 'secretary', 'auditor'],
  },
  routes: [
    // Open to visitors too: the sign-in and first-run pages lead here.
    {
      path: '/glossaire',
      Component: lazyPage(() => import('./GlossaryPage.tsx'), 'GlossaryPage'),
      help: 'le-menu',
      open: true,
    },
    // The guide itself has no « Aide » link.
    { path: '/aide', Component: lazyPage(() => import('./GuidePage.tsx'), 'GuidePage'), help: null, open: true },
  ],
};
