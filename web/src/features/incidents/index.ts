import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

const EVERYONE: readonly Role[] = ['owner', 'practitioner', 'secretary', 'auditor'];

export { IncidentButton } from './IncidentButton.tsx';
export { type IncidentAction, type IncidentActionProps, registerIncidentAction } from './incident-actions.tsx';

/**
 * « Je pense être victime d’une cyberattaque »: the choice of what is happening. The header button
 * of every page leads there; the menu's incidents group starts with it too.
 */
export const incidentRaiseFeature: WebFeature = {
  id: 'incident-raise',
  nav: { label: 'Signaler une cyberattaque', path: '/incident', group: 'incidents', order: 1, roles: EVERYONE },
  routes: [
    {
      path: '/incident',
      Component: lazyPage(() => import('./ChooseScenarioPage.tsx'), 'ChooseScenarioPage'),
      help: 'en-cas-de-cyberattaque',
    },
  ],
};

/** The incidents: the list and each incident's guide and timeline. */
export const incidentsFeature: WebFeature = {
  id: 'incidents',
  nav: { label: 'Incidents', path: '/incidents', group: 'incidents', order: 2, roles: EVERYONE },
  routes: [
    {
      path: '/incidents',
      Component: lazyPage(() => import('./IncidentsPage.tsx'), 'IncidentsPage'),
      help: 'en-cas-de-cyberattaque',
    },
    {
      path: '/incidents/:id',
      Component: lazyPage(() => import('./IncidentPage.tsx'), 'IncidentPage'),
      help: 'en-cas-de-cyberattaque',
    },
  ],
};

/** The practice's useful contacts and the national ones. */
export const contactsFeature: WebFeature = {
  id: 'contacts',
  nav: { label: 'Contacts utiles', path: '/contacts', group: 'incidents', order: 4, roles: EVERYONE },
  routes: [
    {
      path: '/contacts',
      Component: lazyPage(() => import('./ContactsPage.tsx'), 'ContactsPage'),
      help: 'en-cas-de-cyberattaque',
    },
  ],
};
