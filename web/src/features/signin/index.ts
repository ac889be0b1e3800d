import { lazyPage } from '../../app/lazy-page.ts';
import type { WebFeature } from '../../app/registry.ts';

/** Signing in, and the pages reached from links handed out by the titulaire (invitation, reset). */
export const signinFeature: WebFeature = {
  id: 'signin',
  routes: [],
  publicRoutes: [
    { path: '/connexion', Component: lazyPage(() => import('./SignInPage.tsx'), 'SignInPage') },
    {
      path: '/mot-de-passe-oublie',
      Component: lazyPage(() => import('./ForgotPasswordPage.tsx'), 'ForgotPasswordPage'),
    },
    { path: '/invitation', Component: lazyPage(() => import('./InvitationPage.tsx'), 'InvitationPage') },
    { path: '/reinitialisation', Component: lazyPage(() => import('./ResetPage.tsx'), 'ResetPage') },
  ],
};
