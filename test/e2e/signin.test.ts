import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { totpAt } from '../../src/features/mfa/mfa.ts';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, enrolMfa } from '../support/e2e.ts';
import type { TestPractice, TestUser } from '../support/factories.ts';

describe.skipIf(!chromiumAvailable())('sign-in pages', () => {
  const { server, browser } = useBrowserSuite();

  afterEach(async () => {
    for (const context of browser().contexts()) await context.close();
  });

  async function fillPasswordStep(page: Page, user: { email: string; password: string }) {
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    await page.getByLabel('Adresse e-mail').fill(user.email);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  }

  const home = (page: Page, user: TestUser) =>
    page.getByRole('heading', { level: 1, name: `Bonjour ${user.name.split(' ')[0]}` }).waitFor();

  it('sends a fresh install to the first-run wizard', async () => {
    const page = await newPage(browser());
    await page.goto(`${server().url}/connexion`);
    await page.waitForURL('**/premiere-installation');
  });

  describe('with a practice', () => {
    let p: TestPractice;
    beforeAll(async () => {
      p = await createPracticeOn(server());
    });

    it('signs in with the right password and lands on the home page', async () => {
      const page = await newPage(browser());
      await page.goto(`${server().url}/connexion`);
      await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
      await expectNoAxeViolations(page);
      await fillPasswordStep(page, p.owner);
      await home(page, p.owner);
      expect(new URL(page.url()).pathname).toBe('/');
      await expectNoAxeViolations(page);
    });

    it('refuses a wrong password with the server’s message', async () => {
      const page = await newPage(browser());
      await page.goto(`${server().url}/connexion`);
      await fillPasswordStep(page, { email: p.auditor.email, password: 'pas-le-bon-mot-de-passe' });
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('Adresse e-mail ou mot de passe incorrect.');
      await expect(page.getByRole('textbox', { name: 'Mot de passe', exact: true }).inputValue()).resolves.toBe('');
      await expectNoAxeViolations(page);
    });

    it('returns to the page asked for, and never to another site', async () => {
      const page = await newPage(browser());
      await page.goto(`${server().url}/utilisateurs`);
      await page.waitForURL((url) => url.pathname === '/connexion' && url.search === '?retour=%2Futilisateurs');
      await fillPasswordStep(page, p.owner);
      await page.waitForURL(`${server().url}/utilisateurs`);
      await page.context().clearCookies();
      await page.goto(`${server().url}/connexion?retour=//exemple.org/piege`);
      await fillPasswordStep(page, p.owner);
      await home(page, p.owner);
      expect(page.url()).toBe(`${server().url}/`);
    });

    it('asks for the MFA code, refuses a wrong one and accepts the right one', async () => {
      const user = p.practitioner;
      const { secret } = await enrolMfa(server(), user);
      const page = await newPage(browser());
      await page.goto(`${server().url}/connexion`);
      await fillPasswordStep(page, user);
      await page.getByRole('heading', { level: 1, name: 'Double authentification' }).waitFor();
      const field = page.getByLabel('Code à 6 chiffres');
      await expect(field.getAttribute('inputmode')).resolves.toBe('numeric');
      await expect(field.getAttribute('autocomplete')).resolves.toBe('one-time-code');
      await expectNoAxeViolations(page);

      const valid = [-30, 0, 30, 60].map((s) => totpAt(secret, new Date(Date.now() + s * 1000)));
      const wrong = ['123456', '654321', '111111', '222222'].find((code) => !valid.includes(code)) ?? '333333';
      await field.fill(wrong);
      await page.getByRole('button', { name: 'Valider le code' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Code incorrect ou déjà utilisé.');
      await expectNoAxeViolations(page);

      // The enrolment used the current 30-second step: the app's next code is the one to type now.
      await field.fill(totpAt(secret, new Date(Date.now() + 30_000)));
      await page.getByRole('button', { name: 'Valider le code' }).click();
      await home(page, user);
    });

    it('accepts a recovery code once', async () => {
      const user = p.secretary;
      const {
        recoveryCodes: [firstCode = ''],
      } = await enrolMfa(server(), user);
      const page = await newPage(browser());
      const signInWithRecoveryCode = async () => {
        await page.goto(`${server().url}/connexion`);
        await fillPasswordStep(page, user);
        await page.getByRole('button', { name: 'Utiliser un code de secours' }).click();
        await page.getByLabel('Code de secours').fill(firstCode);
        await expectNoAxeViolations(page);
        await page.getByRole('button', { name: 'Valider le code' }).click();
      };
      await signInWithRecoveryCode();
      await home(page, user);
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();

      await signInWithRecoveryCode();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Code incorrect ou déjà utilisé.');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Se connecter avec un autre compte' }).click();
      await expect(page.getByLabel('Adresse e-mail').inputValue()).resolves.toBe(user.email);
    });

    it('explains what to do when the password is forgotten', async () => {
      const page = await newPage(browser());
      await page.goto(`${server().url}/connexion`);
      await page.getByLabel('Adresse e-mail').fill(p.owner.email);
      await page.getByRole('link', { name: /^Mot de passe oublié/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
      await expect(page.locator('pre').textContent()).resolves.toBe(
        `node bin/hygie user reset --email ${p.owner.email}`,
      );
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Revenir à la connexion' }).click();
      await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    });
  });
});
