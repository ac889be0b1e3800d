import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

export const journalFeature: WebFeature = {
  id: 'journal',
  nav: { label: 'Journal', path: '/journal', group: 'admin', order: 3, roles: ['owner', 'practitioner', 'auditor'] },
  routes: [
    {
      path: '/journal',
      Component: lazyPage(() => import('./JournalPage.tsx'), 'JournalPage'),
      help: 'le-journal-de-conformite',
    },
  ],
};
