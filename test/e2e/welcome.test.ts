import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  startTestServer,
} from '../support/browser.ts';

describe.skipIf(!chromiumAvailable())('the page the server serves', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the welcome page in French with the installation status, without accessibility violations', async () => {
    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bienvenue dans Hygie');
    await page.getByText('En service').waitFor();
    expect(await page.getByRole('region', { name: 'État de l’installation' }).textContent()).toMatch(
      /base chiffrée sur cet ordinateur/,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers an unknown page with a French “page introuvable” and a way back', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/nulle-part`);
    await page.getByRole('heading', { name: 'Page introuvable' }).waitFor();
    await page.getByRole('link', { name: 'Revenir à l’accueil' }).click();
    await page.getByRole('heading', { name: 'Bienvenue dans Hygie' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
