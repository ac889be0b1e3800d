import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

const EVERYONE: readonly Role[] = ['owner', 'practitioner', 'secretary', 'auditor'];

/** The patient information notice (poster, leaflet, website text) and the DPO and DPIA screening. */
export const noticeFeature: WebFeature = {
  id: 'notice',
  nav: {
    label: 'Information des patients',
    path: '/information-patients',
    group: 'compliance',
    order: 5,
    roles: EVERYONE,
  },
  routes: [
    {
      path: '/information-patients',
      Component: lazyPage(() => import('./NoticePage.tsx'), 'NoticePage'),
      help: 'l-information-des-patients',
    },
  ],
};
