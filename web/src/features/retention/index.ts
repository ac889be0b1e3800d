import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

/** Retention: the calculator, the patient-index scan and the practice's durations. */
export const retentionFeature: WebFeature = {
  id: 'retention',
  nav: {
    label: 'Conservation',
    path: '/conservation',
    group: 'everyday',
    order: 2,
    roles: ['owner', 'practitioner', 'secretary', 'auditor'],
  },
  routes: [
    {
      path: '/conservation',
      Component: lazyPage(() => import('./RetentionPage.tsx'), 'RetentionPage'),
      help: 'combien-de-temps-garder-les-dossiers',
    },
  ],
};
