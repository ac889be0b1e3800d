import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

export const journalFeature: WebFeature = {
  id: 'journal',
  nav: { label: 'Journal', path: '/journal', order: 30, roles: ['owner', 'practitioner', 'auditor'] },
  routes: [{ path: '/journal', Component: lazyPage(() => import('./JournalPage.tsx'), 'JournalPage') }],
};
