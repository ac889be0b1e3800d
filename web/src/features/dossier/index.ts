import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

/** Who may download the compliance file: whoever reads the register and the journal (not the secretary). */
export const DOSSIER_ROLES: readonly Role[] = ['owner', 'practitioner', 'auditor'];

/** The path of the compliance file's page, which other pages link to. */
export const DOSSIER_PATH = '/dossier-de-conformite';

/** The compliance file (« dossier de conformité »): one PDF, or a ZIP with every document and evidence file. */
export const dossierFeature: WebFeature = {
  id: 'dossier',
  nav: { label: 'Dossier de conformité', path: DOSSIER_PATH, group: 'compliance', order: 6, roles: DOSSIER_ROLES },
  routes: [
    {
      path: DOSSIER_PATH,
      Component: lazyPage(() => import('./DossierPage.tsx'), 'DossierPage'),
      help: 'le-dossier-de-conformite',
    },
  ],
};
