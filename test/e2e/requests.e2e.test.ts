import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, formatDayLong, parisDay } from '../../src/lib/dates/index.ts';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';

const ANSWER = 'Copie intégrale du dossier remise en main propre au patient.';

describe.skipIf(!chromiumAvailable())('patient requests pages (/demandes)', () => {
  const { server, browser } = useBrowserSuite();

  it('lets a secretary register a medical-file request with its computed due date, and the owner answer it', async () => {
    const { secretary, owner } = await createPracticeOn(server(), { name: 'Cabinet des Acacias' });
    // The server runs on the real clock: received three days ago, the 48 hours are over.
    const received = addDays(parisDay(new Date()), -3);
    const due = addDays(received, 8);

    const page = await newPage(browser());
    await signInAs(page, server(), secretary, '/');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Demandes des patients' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Demandes des patients' }).waitFor();
    await page.getByText('Aucune demande enregistrée.').waitFor();
    await expectNoAxeViolations(page);

    const form = section(page, 'Enregistrer une demande');
    await form.getByLabel('Type de demande').selectOption({ label: 'Accès au dossier médical' });
    await form.getByLabel('Reçue le').fill(received);
    await form.getByRole('radio', { name: 'Le patient lui-même' }).check();
    await form.getByLabel('Référence du demandeur').fill('10234 – J. D.');
    await form.getByText(/le numéro du patient dans votre logiciel métier et ses initiales/).waitFor();
    await form.getByLabel('L’identité du demandeur est déjà vérifiée').check();
    await form.getByRole('button', { name: 'Enregistrer la demande' }).click();

    await page.getByRole('heading', { level: 1, name: 'Demande : Accès au dossier médical' }).waitFor();
    const deadlines = section(page, 'Délais');
    await deadlines.getByText(formatDayLong(due, { weekday: true }), { exact: true }).waitFor();
    await deadlines.getByText(`Pas de communication avant le : ${formatDayLong(addDays(received, 2))}`).waitFor();
    await deadlines.getByText(/article L1111-7 du code de la santé publique/).waitFor();
    await section(page, 'Réponse')
      .getByText('Seuls le titulaire et les praticiens enregistrent la réponse.', { exact: false })
      .waitFor();
    await section(page, 'Que faire ?')
      .getByText(/délai de réflexion est fixé par la loi/)
      .waitFor();
    await expectNoAxeViolations(page);
    const detailPath = new URL(page.url()).pathname;
    expect(detailPath).toMatch(/^\/demandes\/[0-9a-f-]{36}$/);

    await page.getByRole('link', { name: 'Retour au registre des demandes' }).click();
    const row = page.getByRole('row', { name: /Accès au dossier médical/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(formatDayLong(due));
    expect(await row.textContent()).toContain('10234 – J. D.');
    await expectNoAxeViolations(page);

    const ownerPage = await newPage(browser());
    await signInAs(ownerPage, server(), owner, detailPath);
    const answer = section(ownerPage, 'Réponse');
    await answer.getByLabel('Réponse apportée').fill(ANSWER);
    await answer.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await answer.getByText(ANSWER).waitFor();
    await answer.getByText('Réponse envoyée le').waitFor();
    await section(ownerPage, 'Délais').getByText('Répondue').waitFor();
    await expectNoAxeViolations(ownerPage);

    const [letter] = await Promise.all([
      ownerPage.waitForEvent('download'),
      ownerPage.getByRole('button', { name: 'Lettre d’accompagnement de la réponse (PDF)' }).click(),
    ]);
    expect(letter.suggestedFilename()).toBe(`hygie-reponse-${received}.pdf`);
    expect(
      fs
        .readFileSync((await letter.path()) as string)
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');

    // The secretary sees that it was answered, never what was answered.
    await page.goto(`${server().url}${detailPath}`);
    await section(page, 'Réponse')
      .getByText('Le contenu de la réponse est réservé au titulaire et aux praticiens.')
      .waitFor();
    expect(await page.getByText(ANSWER).count()).toBe(0);
  });
});
