import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

/** « Mots de passe »: the password checker, the passphrase generator and the advice for each use. */
export const toolsPasswordFeature: WebFeature = {
  id: 'tools-password',
  nav: {
    label: 'Mots de passe',
    path: '/outils/mots-de-passe',
    group: 'everyday',
    order: 4,
    roles: ['owner', 'practitioner', 'secretary', 'auditor'],
  },
  routes: [
    {
      path: '/outils/mots-de-passe',
      Component: lazyPage(() => import('./PasswordToolsPage.tsx'), 'PasswordToolsPage'),
      help: 'les-mots-de-passe',
    },
  ],
};
