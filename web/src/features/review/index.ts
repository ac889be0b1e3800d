import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

/** Who reads the yearly review (the owner alone records it). */
const REVIEW_ROLES: readonly Role[] = ['owner', 'practitioner', 'auditor'];

/** The yearly review (« revue annuelle »). */
export const reviewFeature: WebFeature = {
  id: 'review',
  nav: { label: 'Revue annuelle', path: '/revue-annuelle', group: 'compliance', order: 8, roles: REVIEW_ROLES },
  routes: [
    {
      path: '/revue-annuelle',
      Component: lazyPage(() => import('./ReviewPage.tsx'), 'ReviewPage'),
      help: 'la-revue-annuelle',
    },
  ],
};
