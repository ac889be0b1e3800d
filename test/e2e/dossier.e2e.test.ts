import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, signInAs } from '../support/e2e.ts';
import type { TestPractice } from '../support/factories.ts';
import { SAMPLE_FILES } from '../support/upload.ts';

const PROCESSOR = 'Logiciel Médical en Ligne';

describe.skipIf(!chromiumAvailable())('the compliance file page', () => {
  const { server, browser } = useBrowserSuite({ HYGIE_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') });
  let page: Page;
  let practice: TestPractice;
  beforeAll(async () => {
    practice = await createPracticeOn(server());
    const res = await fetch(`${server().url}/api/v1/processors`, {
      method: 'POST',
      headers: { authorization: `Bearer ${practice.owner.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: PROCESSOR,
        service: 'Dossiers patients',
        hostsHealthData: true,
        hostingInEea: true,
      }),
    });
    expect(res.status).toBe(201);
    page = await newPage(browser());
    await signInAs(page, server(), practice.owner, '/sous-traitants');
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('the owner attaches a contract to a processor, then finds it among the evidence documents, axe clean', async () => {
    const card = page.getByRole('article', { name: PROCESSOR });
    await card.getByRole('button', { name: `Joindre un fichier : ${PROCESSOR}` }).waitFor();
    await card.locator('input[type="file"]').setInputFiles({
      name: 'contrat signé.pdf',
      mimeType: 'application/pdf',
      buffer: SAMPLE_FILES.pdf,
    });
    await card.getByText('Fichier joint.').waitFor();
    await card.getByText('contrat signé.pdf').waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${server().url}/pieces-justificatives`);
    await page.getByRole('heading', { level: 1, name: 'Pièces justificatives' }).waitFor();
    await page.getByText(`Sous-traitant : ${PROCESSOR}`, { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    const file = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger : contrat signé.pdf' }).click();
    expect((await file).suggestedFilename()).toBe('contrat signé.pdf');
  }, 180_000);

  it('downloads the PDF and the ZIP from the page, axe clean', async () => {
    await page.goto(`${server().url}/dossier-de-conformite`);
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

  it('the owner records the yearly review, axe clean', async () => {
    await page.goto(`${server().url}/revue-annuelle`);
    await page.getByRole('heading', { level: 1, name: 'Revue annuelle' }).waitFor();
    await page.getByText('Aucune revue annuelle n’a encore été faite.').waitFor();
    await page.getByRole('button', { name: 'Enregistrer la revue annuelle' }).click();
    await page.getByText('Choisissez une réponse.').first().waitFor();
    for (const radio of await page.getByRole('radio', { name: 'Rien n’a changé : c’est toujours juste' }).all()) {
      await radio.check();
    }
    await page.getByRole('button', { name: 'Enregistrer la revue annuelle' }).click();
    await page.getByText('Revue enregistrée dans le journal.').waitFor();
    await page.getByText(/^Dernière revue le .+, par Éloïse Martin \(Titulaire\)\.$/).waitFor();
    await expectNoAxeViolations(page);
  }, 180_000);
});
