import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { totpAt } from '../../src/features/mfa/mfa.ts';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';

const PASSWORD = 'girafe-lumière-tambour-pivoine-7';
const OWNER = { name: 'Claire Dubois', email: 'claire.dubois@exemple.fr' };

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await expectNoAxeViolations(page);
}

/** Signing out lands on the sign-in page; sign in again there with the password. */
async function signOutThenIn(page: Page) {
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await page.waitForURL(/\/connexion$/);
  await heading(page, 'Se connecter');
  await page.getByLabel('Adresse e-mail').fill(OWNER.email);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

describe.skipIf(!chromiumAvailable())('the main journeys', () => {
  const { server, browser } = useBrowserSuite();

  it('setup → sign-in → MFA enrolment → sign-out → sign-in with a TOTP code → home', async () => {
    const page = await newPage(browser());
    await page.goto(server().url);
    await heading(page, 'Première installation');
    await page.getByLabel('Nom du cabinet').fill('Cabinet des Lilas');
    await page.getByRole('radio', { name: 'Exercice seul' }).check();
    await page.getByRole('checkbox', { name: 'Infirmier ou infirmière' }).check();
    await page.getByLabel('Département du cabinet').fill('93');
    await page.getByLabel('Téléphone du cabinet').fill('01 23 45 67 89');
    await page.getByRole('checkbox', { name: 'En ligne, chez un hébergeur' }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('heading', { name: 'Votre compte de titulaire' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Votre nom et prénom').fill(OWNER.name);
    await page.getByLabel('Votre adresse e-mail').fill(OWNER.email);
    await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
    await page.getByLabel('Confirmez le mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Créer le cabinet' }).click();
    await page.getByText('Votre cabinet est créé').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Accéder à Hygie' }).click();
    await heading(page, 'Bonjour Claire');

    // Sign out, then in again with the password alone.
    await signOutThenIn(page);
    await heading(page, 'Bonjour Claire');

    // Turn on the second factor from « Mon compte ».
    await page.getByRole('link', { name: 'Mon compte' }).click();
    await heading(page, 'Mon compte');
    const mfa = section(page, 'Double authentification');
    await mfa.getByRole('button', { name: 'Activer', exact: true }).click();
    await mfa.getByRole('img', { name: 'QR code à scanner avec votre application d’authentification' }).waitFor();
    await expectNoAxeViolations(page);
    const secret = (await mfa.getByLabel('Clé à saisir à la main').inputValue()).replaceAll(' ', '');
    await mfa.getByLabel('Code à 6 chiffres').fill(totpAt(secret, new Date()));
    await mfa.getByRole('button', { name: 'Activer la double authentification' }).click();
    await expect.poll(() => mfa.getByRole('list', { name: 'Codes de secours' }).getByRole('listitem').count()).toBe(10);
    await expectNoAxeViolations(page);
    await mfa.getByLabel('J’ai mis ces codes en lieu sûr').check();
    await mfa.getByRole('button', { name: 'Terminer' }).click();

    // Sign out; the next sign-in asks for the code. A wrong one fails, the right one opens home.
    await signOutThenIn(page);
    await heading(page, 'Double authentification');
    await page.getByLabel('Code à 6 chiffres').fill('000000');
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Code incorrect ou déjà utilisé.');
    // A code of the next 30-second step: new (the enrolment code's step is already used), and accepted.
    await page.getByLabel('Code à 6 chiffres').fill(totpAt(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await heading(page, 'Bonjour Claire');
    await page.context().close();
  });

  it('an owner invites a secretary, who then sees neither the journal nor the users page', async () => {
    const a = await createPracticeOn(server(), { name: 'Cabinet du Port' });
    const page = await newPage(browser());
    await signInAs(page, server(), a.owner, '/utilisateurs');
    await heading(page, 'Utilisateurs');
    await page.getByLabel('Adresse e-mail').fill('sophie.secretaire@exemple.fr');
    await page.getByRole('radio', { name: 'Secrétaire' }).check();
    await page.getByRole('button', { name: 'Inviter' }).click();
    const link = await page.getByLabel('Lien d’invitation').inputValue();
    expect(link).toMatch(/\/invitation#[\w-]{43}$/);
    await expectNoAxeViolations(page);
    await page.context().close();

    const guest = await newPage(browser());
    await guest.goto(link.replace(/^https?:\/\/[^/]+/, server().url));
    await heading(guest, 'Rejoindre votre cabinet');
    await guest.getByRole('textbox', { name: 'Prénom et nom', exact: true }).fill('Sophie Leroy');
    await guest.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('hibou-carillon-mandarine-falaise-4');
    await guest
      .getByRole('textbox', { name: 'Confirmation du mot de passe', exact: true })
      .fill('hibou-carillon-mandarine-falaise-4');
    await guest.getByRole('button', { name: 'Créer mon compte' }).click();
    await guest.getByText('Votre compte est créé').waitFor();
    await expectNoAxeViolations(guest);
    await signInAs(guest, server(), {
      email: 'sophie.secretaire@exemple.fr',
      password: 'hibou-carillon-mandarine-falaise-4',
    });
    await heading(guest, 'Bonjour Sophie');
    const nav = guest.getByRole('navigation', { name: 'Navigation principale' });
    expect(await nav.getByRole('link', { name: 'Journal' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Utilisateurs' }).count()).toBe(0);
    for (const path of ['/journal', '/utilisateurs']) {
      await guest.goto(`${server().url}${path}`);
      await guest
        .getByText(/réservé|Accès réservé|Page réservée/)
        .first()
        .waitFor();
      await expectNoAxeViolations(guest);
    }
    await guest.context().close();
  });
});
