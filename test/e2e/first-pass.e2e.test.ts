import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, signInAs } from '../support/e2e.ts';

describe.skipIf(!chromiumAvailable())('the first pass of the diagnostic', () => {
  const { server, browser } = useBrowserSuite();

  it('asks a nurse every question on one page, one click each and one button, and completes her diagnostic', async () => {
    const { owner } = await createPracticeOn(server(), {
      structureType: 'solo',
      professions: ['infirmier'],
      staffCount: 0,
      dataLocations: ['cloud'],
      careSetting: 'home',
    });
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/diagnostic');
    await page.getByRole('heading', { level: 1, name: 'Diagnostic' }).waitFor();
    await page.getByRole('link', { name: 'Répondre au premier diagnostic' }).click();
    await page.getByRole('heading', { level: 1, name: 'Premier diagnostic' }).waitFor();

    const questions = page.getByRole('radiogroup');
    await questions.first().waitFor();
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(15);
    expect(count).toBeLessThanOrEqual(20);
    // No data kept at the practice: the question about its backups is not asked.
    expect(await page.getByText(/Les données gardées au cabinet/).count()).toBe(0);
    await expectNoAxeViolations(page);

    let inputs = 0;
    for (let i = 0; i < count; i++) {
      const answer = i === 0 ? 'En partie' : i === 1 ? 'Je ne sais pas' : 'Oui';
      await questions.nth(i).getByRole('radio', { name: answer, exact: true }).click();
      inputs++;
    }
    await page.getByText(`${count} questions répondues sur ${count}.`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer mes réponses' }).click();
    inputs++;
    await page.getByText('Diagnostic complet', { exact: true }).waitFor();
    await page
      .getByText(/^Le \d+ \S+ \d{4} à \d\d:\d\d, toutes les mesures qui vous concernent ont une réponse\./)
      .waitFor();
    expect(inputs).toBe(count + 1);
    await expectNoAxeViolations(page);

    // The full view tells where each answer came from, and every applicable measure has one.
    await page.getByRole('link', { name: 'Préciser mesure par mesure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Diagnostic' }).waitFor();
    await page.locator('#diagnostic-complet').waitFor();
    expect(await page.getByRole('link', { name: 'Répondre au premier diagnostic' }).count()).toBe(0);
    await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'Sans réponse' });
    await page.getByText(/^0 mesure affichée sur \d+\.$/).waitFor();
    await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'Je ne sais pas' });
    const unknown = page.getByRole('article').first();
    await unknown.getByText(/^Réponse du premier diagnostic, question : « .+ \? »$/).waitFor();
    await page.context().close();
  }, 240_000);

  it('shows the secretary the questions are for the practitioners', async () => {
    const { secretary } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), secretary, '/diagnostic/premier-passage');
    await page.getByRole('heading', { level: 1, name: 'Premier diagnostic' }).waitFor();
    await page.getByText('Le titulaire du cabinet et les praticiens répondent au premier diagnostic.').waitFor();
    expect(await page.getByRole('radiogroup').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
