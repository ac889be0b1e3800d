import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn } from '../support/e2e.ts';
import type { TestPractice, TestUser } from '../support/factories.ts';

const NEW_PASSWORD = 'violon-cascade-nuage-moutarde-42';

describe.skipIf(!chromiumAvailable())('pages opened from a one-time link', () => {
  const { server, browser } = useBrowserSuite();
  let p: TestPractice;

  beforeAll(async () => {
    p = await createPracticeOn(server());
  });
  afterEach(async () => {
    for (const context of browser().contexts()) await context.close();
  });

  /** Calls the API as `user` with their bearer token; returns the JSON answer. */
  async function apiAs<T>(user: TestUser, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${server().url}/api/v1${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${user.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(res.status).toBeLessThan(300);
    return (await res.json()) as T;
  }

  /** The link the server made, on the test server (its own base URL does not know the port). */
  const local = (url: string) => `${server().url}/${url.split('/').slice(3).join('/')}`;
  const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

  async function signIn(page: Page, email: string, password: string) {
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    await expect(page.getByLabel('Adresse e-mail').inputValue()).resolves.toBe(email);
    await expectNoAxeViolations(page);
    await field(page, 'Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  }

  it('lets an invited person create an account, then sign in', async () => {
    const email = `claire.dubois.${Date.now()}@exemple.fr`;
    const { url } = await apiAs<{ url: string }>(p.owner, '/users/invitations', { email, role: 'secretary' });
    const page = await newPage(browser());
    await page.goto(local(url));
    await page.getByRole('heading', { level: 1, name: 'Rejoindre votre cabinet' }).waitFor();
    await expectNoAxeViolations(page);

    await field(page, 'Prénom et nom').fill('Claire Dubois');
    await field(page, 'Mot de passe').fill(NEW_PASSWORD);
    await field(page, 'Confirmation du mot de passe').fill(`${NEW_PASSWORD}x`);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText('Les deux mots de passe ne sont pas identiques.').waitFor();
    await expectNoAxeViolations(page);

    await field(page, 'Mot de passe').fill('azertyuiop12');
    await field(page, 'Confirmation du mot de passe').fill('azertyuiop12');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText(/Ce mot de passe est trop facile à deviner/).waitFor();
    await expectNoAxeViolations(page);

    await field(page, 'Mot de passe').fill(NEW_PASSWORD);
    await field(page, 'Confirmation du mot de passe').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText('Votre compte est créé').waitFor();
    await expectNoAxeViolations(page);
    const joined = await server()
      .handle.db.selectFrom('users')
      .select(['name', 'role'])
      .where('email', '=', email)
      .execute();
    expect(joined).toEqual([{ name: 'Claire Dubois', role: 'secretary' }]);

    await page.getByRole('link', { name: 'Se connecter' }).first().click();
    await signIn(page, email, NEW_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Bonjour Claire' }).waitFor();
  });

  it('explains a used or missing invitation link', async () => {
    const email = `paul.leroy.${Date.now()}@exemple.fr`;
    const { url } = await apiAs<{ url: string }>(p.owner, '/users/invitations', { email, role: 'practitioner' });
    const page = await newPage(browser());
    await apiAs(p.owner, '/users/invitations', { email, role: 'auditor' }); // replaces the first link
    await page.goto(local(url));
    await field(page, 'Prénom et nom').fill('Paul Leroy');
    await field(page, 'Mot de passe').fill(NEW_PASSWORD);
    await field(page, 'Confirmation du mot de passe').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText('Ce lien ne fonctionne plus').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('demandez-en un nouveau au titulaire');
    await expectNoAxeViolations(page);

    await page.goto(`${server().url}/connexion`);
    await page.goto(`${server().url}/invitation`);
    await page.getByText('Ce lien est incomplet').waitFor();
    await expectNoAxeViolations(page);
  });

  it('lets a person choose a new password from a reset link', async () => {
    const user = p.practitioner;
    const { url } = await apiAs<{ url: string }>(p.owner, `/users/${user.id}/reset`);
    const page = await newPage(browser());
    await page.goto(local(url));
    await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    await expectNoAxeViolations(page);
    await field(page, 'Nouveau mot de passe').fill(NEW_PASSWORD);
    await field(page, 'Confirmation du mot de passe').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByText('Votre mot de passe est changé').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Se connecter' }).first().click();
    await signIn(page, user.email, user.password);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('mot de passe incorrect');
    await signIn(page, user.email, NEW_PASSWORD);
    await page.getByRole('heading', { level: 1, name: `Bonjour ${user.name.split(' ')[0]}` }).waitFor();

    await page.context().clearCookies();
    await page.goto(local(url));
    await field(page, 'Nouveau mot de passe').fill(NEW_PASSWORD);
    await field(page, 'Confirmation du mot de passe').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByText('Ce lien ne fonctionne plus').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Ce lien de réinitialisation');
    await expectNoAxeViolations(page);
  });
});
