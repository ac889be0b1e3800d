import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

/** The reminder e-mails' unsubscribe link (no sign-in); the settings sit on « Mon compte ». */
export const remindersFeature: WebFeature = {
  id: 'reminders',
  routes: [],
  publicRoutes: [
    { path: '/desabonnement', Component: lazyPage(() => import('./UnsubscribePage.tsx'), 'UnsubscribePage') },
  ],
};
