import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

/** « Analyser un e-mail »: the suspicious e-mail analyser, for every role. */
export const toolsMailFeature: WebFeature = {
  id: 'tools-mail',
  nav: {
    label: 'Analyser un e-mail',
    path: '/outils/e-mail',
    group: 'everyday',
    order: 3,
    roles: ['owner', 'practitioner', 'secretary', 'auditor'],
  },
  routes: [
    {
      path: '/outils/e-mail',
      Component: lazyPage(() => import('./MailAnalysisPage.tsx'), 'MailAnalysisPage'),
      help: 'un-e-mail-vous-semble-douteux',
    },
  ],
};
