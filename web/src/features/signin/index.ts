import type { WebFeature } from '../../app/registry.ts';
import { ForgotPasswordPage } from './ForgotPasswordPage.tsx';
import { InvitationPage } from './InvitationPage.tsx';
import { ResetPage } from './ResetPage.tsx';
import { SignInPage } from './SignInPage.tsx';

/** Signing in, and the pages reached from links handed out by the titulaire (invitation, reset). */
export const signinFeature: WebFeature = {
  id: 'signin',
  routes: [],
  publicRoutes: [
    { path: '/connexion', Component: SignInPage },
    { path: '/mot-de-passe-oublie', Component: ForgotPasswordPage },
    { path: '/invitation', Component: InvitationPage },
    { path: '/reinitialisation', Component: ResetPage },
  ],
};
