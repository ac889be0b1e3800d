import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';

describe.skipIf(!chromiumAvailable())('« Ma mise en conformité » on the home page', () => {
  const { server, browser } = useBrowserSuite();

  it('shows the steps, leads to the next one, and counts the plan once opened', async () => {
    const { owner, secretary } = await createPracticeOn(server(), {
      structureType: 'solo',
      professions: ['infirmier'],
      dataLocations: ['cloud'],
      address: '12 rue des Lilas, 93260 Les Lilas',
      phone: '01 23 45 67 89',
      careSetting: 'both',
    });
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/');
    const path = section(page, 'Ma mise en conformité');

    await path.getByText('1 étape sur 7').waitFor();
    await path.getByText('Le plan d’action').waitFor();
    await path.getByText('Le dossier de conformité').waitFor();
    expect(await path.getByText('✓ fait').count()).toBe(1);
    await expectNoAxeViolations(page);

    // One button, to the next step: the register. (The words of the glossary the steps use, such as
    // « registre des traitements », are links to their entry, added once the page has settled: they
    // are explanations, not steps, and are left out of the count whenever they appear.)
    expect(await path.locator('a:not([href^="/glossaire"])').count()).toBe(1);
    await path.getByRole('link', { name: 'Ouvrir le registre' }).click();
    await page.getByRole('heading', { level: 1, name: /registre/i }).waitFor();

    await page.goto(`${server().url}/plan-d-action`);
    await page.getByRole('heading', { level: 1, name: 'Plan d’action' }).waitFor();
    await page.goto(`${server().url}/`);
    await path.getByText('2 étapes sur 7').waitFor();

    // The secretary's home has no path.
    const other = await newPage(browser());
    await signInAs(other, server(), secretary, '/');
    await other.getByRole('heading', { level: 2, name: 'Prochaines étapes' }).waitFor();
    expect(await section(other, 'Ma mise en conformité').count()).toBe(0);
  }, 120_000);
});
