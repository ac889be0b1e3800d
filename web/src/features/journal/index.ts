import type { WebFeature } from '../../app/registry.ts';
import { JournalPage } from './JournalPage.tsx';

export const journalFeature: WebFeature = {
  id: 'journal',
  nav: { label: 'Journal', path: '/journal', order: 30, roles: ['owner', 'practitioner', 'auditor'] },
  routes: [{ path: '/journal', Component: JournalPage }],
};
