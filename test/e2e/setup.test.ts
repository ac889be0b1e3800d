import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPractice } from '../../src/features/accounts/practices.repository.ts';
import { issueSetupCode } from '../../src/features/setup/setup-code.ts';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';

const STRONG = 'girafe-lumière-tambour-pivoine-7';

/** Step 1, answered as a nurse working alone would; `department` lets a test send a wrong one. */
async function fillPractice(page: Page, department = '93'): Promise<void> {
  await page.getByLabel('Nom du cabinet').fill('Cabinet infirmier des Lilas');
  await page.getByRole('radio', { name: 'Exercice seul' }).check();
  await page.getByRole('checkbox', { name: 'Infirmier ou infirmière' }).check();
  await page.getByLabel('Département du cabinet').fill(department);
  await page.getByLabel('Téléphone du cabinet').fill('01 23 45 67 89');
  await page.getByRole('checkbox', { name: 'En ligne, chez un hébergeur' }).check();
  await page.getByRole('checkbox', { name: 'Sur papier' }).check();
  await page.getByLabel('Logiciel métier (facultatif)').fill('Logiciel infirmier');
  await page.getByRole('switch', { name: 'Il y a du Wi-Fi au cabinet' }).check();
}

async function fillOwner(page: Page, password: string): Promise<void> {
  await page.getByLabel('Votre nom et prénom').fill('Claire Dubois');
  await page.getByLabel('Votre adresse e-mail').fill('claire.dubois@exemple.fr');
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByLabel('Confirmez le mot de passe').fill(password);
}

/** The text a screen reader reads after the field's name: its help and its error. */
function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

async function toOwnerStep(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('heading', { name: 'Votre compte de titulaire' }).waitFor();
}

describe.skipIf(!chromiumAvailable())('the first-run wizard on the practice’s own computer', () => {
  const { server, browser } = useBrowserSuite();

  it('opens from / on a fresh server and asks, in French, for what step 1 is missing', async () => {
    const page = await newPage(browser());
    await page.goto(server().url);
    await page.getByRole('heading', { level: 1, name: 'Première installation' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/premiere-installation');
    await page.getByRole('heading', { level: 2, name: 'Votre cabinet' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByText('Indiquez le nom du cabinet.').waitFor();
    await page.getByText('Cochez au moins une profession.').waitFor();
    await page.getByText('Cochez au moins un endroit.').waitFor();
    expect(await page.getByLabel('Nom du cabinet').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Informations complémentaires (facultatif)' }).click();
    await page.getByLabel('SIRET').waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('brings back step 1 for a wrong department, then refuses a weak password under its field', async () => {
    const page = await newPage(browser());
    await page.goto(`${server().url}/premiere-installation`);
    await fillPractice(page, '99');
    await toOwnerStep(page);
    await fillOwner(page, 'claire-dubois-2026');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Créer le cabinet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Votre cabinet' }).waitFor();
    await page.getByText(/Numéro de département attendu, par exemple 75, 2A ou 974/).waitFor();
    const department = page.getByLabel('Département du cabinet');
    expect(await department.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(department)).toMatch(/Numéro de département attendu/);
    await expectNoAxeViolations(page);

    await page.getByLabel('Département du cabinet').fill('93');
    await toOwnerStep(page);
    expect(await page.getByLabel('Votre nom et prénom').inputValue()).toBe('Claire Dubois');
    await page.getByRole('button', { name: 'Créer le cabinet' }).click();
    await page.getByText(/Ce mot de passe contient « Claire » et « Dubois » \(votre nom\)/).waitFor();
    const password = page.getByLabel(/^Mot de passe/);
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(password)).toMatch(
      /Ce mot de passe contient « Claire » et « Dubois » \(votre nom\)\. Un pirate essaie ces informations en premier/,
    );
    await expect.poll(() => password.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);
    expect(await server().handle.db.selectFrom('practices').select('id').execute()).toHaveLength(0);
    await page.context().close();
  });

  it('creates the practice, hands over the recovery kit and opens the home page', async () => {
    const page = await newPage(browser());
    await page.goto(`${server().url}/premiere-installation`);
    await fillPractice(page);
    await toOwnerStep(page);
    await fillOwner(page, STRONG);
    await page.getByRole('button', { name: 'Créer le cabinet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sécurité' }).waitFor();
    await page.getByText('Votre cabinet est créé').waitFor();
    await expectNoAxeViolations(page);

    const [kit] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le kit de secours' }).click(),
    ]);
    expect(kit.suggestedFilename()).toBe('hygie-kit-de-secours.pdf');
    await page.getByText('Kit de secours téléchargé').waitFor();
    await page.getByRole('button', { name: 'Plus tard' }).click();
    await page.getByText(/Un rappel restera sur votre page d’accueil jusqu’à ce que/).waitFor();
    expect(await page.getByRole('link', { name: 'Activer maintenant' }).getAttribute('href')).toBe(
      '/mon-compte#double-authentification',
    );
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Accéder à Hygie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bonjour Claire' }).waitFor();
    await page.getByRole('heading', { name: 'Activez la double authentification' }).waitFor();

    const { id } = await server().handle.db.selectFrom('practices').select('id').executeTakeFirstOrThrow();
    expect(await findPractice(server().handle.db, id)).toMatchObject({
      name: 'Cabinet infirmier des Lilas',
      structureType: 'solo',
      professions: ['infirmier'],
      staffCount: 0,
      department: '93',
      dataLocations: ['cloud', 'paper'],
      practiceSoftware: 'Logiciel infirmier',
      appointmentPlatform: null,
      wifi: true,
      mobileDevices: false,
      teleconsultation: false,
      siret: null,
      dpo: null,
    });
    const owner = await server().handle.db.selectFrom('users').select(['email', 'role']).executeTakeFirstOrThrow();
    expect(owner).toEqual({ email: 'claire.dubois@exemple.fr', role: 'owner' });
    await page.context().close();
  });

  it('says that Hygie is already set up when the wizard is opened again', async () => {
    const page = await newPage(browser());
    await page.goto(`${server().url}/premiere-installation`);
    await page.getByRole('heading', { level: 1, name: 'Hygie est déjà installé' }).waitFor();
    await page.getByRole('link', { name: 'Se connecter' }).first().waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe.skipIf(!chromiumAvailable())('the first-run wizard on a server reachable from the network', () => {
  const { server, browser } = useBrowserSuite({ HOST: '0.0.0.0' });
  let url: string;
  beforeAll(() => {
    url = server().url.replace('0.0.0.0', '127.0.0.1');
  });

  it('asks for the installation code, refuses a wrong one in French and accepts the one from the log', async () => {
    const page = await newPage(browser());
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Première installation' }).waitFor();
    await fillPractice(page);
    await toOwnerStep(page);
    await fillOwner(page, STRONG);
    const code = page.getByLabel('Code d’installation');
    await code.fill('AAAA-BBBB-CCCC');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Créer le cabinet' }).click();
    await page.getByText(/Code d’installation incorrect : recopiez celui qui figure dans le journal/).waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(code)).toMatch(/Code d’installation incorrect/);
    await expectNoAxeViolations(page);

    await code.fill((await issueSetupCode(server().handle.db, new Date())).toLowerCase());
    await page.getByRole('button', { name: 'Créer le cabinet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sécurité' }).waitFor();
    expect(await server().handle.db.selectFrom('practices').select('id').execute()).toHaveLength(1);
    await page.context().close();
  });
});
