import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

const EVERYONE: readonly Role[] = ['owner', 'practitioner', 'secretary', 'auditor'];

/** Evidence documents (« pièces justificatives »): the practice's own files and the list of all of them. */
export const evidenceFeature: WebFeature = {
  id: 'evidence',
  nav: {
    label: 'Pièces justificatives',
    path: '/pieces-justificatives',
    group: 'compliance',
    order: 7,
    roles: EVERYONE,
  },
  routes: [
    {
      path: '/pieces-justificatives',
      Component: lazyPage(() => import('./EvidencePage.tsx'), 'EvidencePage'),
      help: 'les-pieces-justificatives',
    },
  ],
};
