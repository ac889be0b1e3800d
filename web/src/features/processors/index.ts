import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

const EVERYONE: readonly Role[] = ['owner', 'practitioner', 'secretary', 'auditor'];

/** The processors (sous-traitants): HDS certificate, hosting place, contract and its clauses, with warnings. */
export const processorsFeature: WebFeature = {
  id: 'processors',
  nav: { label: 'Sous-traitants', path: '/sous-traitants', group: 'compliance', order: 4, roles: EVERYONE },
  routes: [
    {
      path: '/sous-traitants',
      Component: lazyPage(() => import('./ProcessorsPage.tsx'), 'ProcessorsPage'),
      help: 'les-sous-traitants',
    },
  ],
};
