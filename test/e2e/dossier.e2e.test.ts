import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, signInAs } from '../support/e2e.ts';

describe.skipIf(!chromiumAvailable())('the compliance file page', () => {
  const { server, browser } = useBrowserSuite();
  let page: Page;
  beforeAll(async () => {
    const { owner } = await createPracticeOn(server());
    page = await newPage(browser());
    await signInAs(page, server(), owner, '/dossier-de-conformite');
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('downloads the PDF and the ZIP from the page, axe clean', async () => {
    await page.getByRole('heading', { level: 1, name: 'Dossier de conformité' }).waitFor();
    await expectNoAxeViolations(page);
    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le dossier (PDF)' }).click();
    expect((await pdf).suggestedFilename()).toMatch(/^hygie-dossier-de-conformite-\d{4}-\d{2}-\d{2}\.pdf$/);
    const zip = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le dossier complet (ZIP)' }).click();
    expect((await zip).suggestedFilename()).toMatch(/^hygie-dossier-de-conformite-\d{4}-\d{2}-\d{2}\.zip$/);
    await expectNoAxeViolations(page);
  }, 180_000);
});
