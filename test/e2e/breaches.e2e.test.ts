import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';
import { bearer } from '../support/factories.ts';

const INCIDENT_BUTTON = /^Je pense être victime d’une cyberattaque$/;
const RANSOMWARE = /Mes fichiers ne s’ouvrent plus ou un message demande une rançon/;

/** The answers of the journey, question by question (a ransomware on health records, names in the files). */
const ANSWERS: [RegExp, RegExp][] = [
  [/^Quelles informations les données révèlent-elles \?/, /^L’état de santé ou d’autres informations sensibles/],
  [/^Peut-on savoir facilement/, /^Directement : les noms/],
  [/^Des personnes qui ne devaient pas voir/, /^Non, ou rien ne montre qu’elles ont été vues/],
  [/^Les données ont-elles pu être modifiées \?/, /^Non, ou rien ne montre qu’elles ont été modifiées/],
  [/^Le cabinet peut-il encore utiliser ces données \?/, /^Pas pour le moment/],
  [/^La violation vient-elle d’un acte malveillant \?/, /^Oui : quelqu’un a agi volontairement/],
];

async function downloadPdf(page: Page, document: string): Promise<string> {
  const article = page.getByRole('article', { name: document });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    article.getByRole('button', { name: 'Télécharger le PDF' }).click(),
  ]);
  const bytes = fs.readFileSync((await file.path()) as string);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  return file.suggestedFilename();
}

describe.skipIf(!chromiumAvailable())('the breach register (violations de données)', () => {
  const { server, browser } = useBrowserSuite();

  it('a secretary raises a ransomware incident; the owner qualifies it, sees the countdown, assesses, decides and downloads the documents', async () => {
    const { secretary, owner } = await createPracticeOn(server(), { name: 'Cabinet des Tilleuls' });

    // The secretary raises the incident and follows the first gestures.
    const desk = await newPage(browser());
    await signInAs(desk, server(), secretary, '/');
    await desk.getByRole('banner').getByRole('link', { name: INCIDENT_BUTTON }).click();
    await desk.getByRole('button', { name: RANSOMWARE }).click();
    await desk.getByRole('heading', { level: 1, name: /^Incident : / }).waitFor();
    const incidentUrl = new URL(desk.url()).pathname;
    const gestures = section(desk, 'Les premiers gestes, dans l’ordre');
    for (const name of [/^1\. /, /^2\. /]) {
      const box = gestures.getByRole('checkbox', { name });
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    // She neither sees the register nor qualifies the incident.
    expect(await desk.getByRole('button', { name: 'Qualifier en violation de données' }).count()).toBe(0);
    expect(
      await desk
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Violations de données' })
        .count(),
    ).toBe(0);
    await desk.goto(`${server().url}/violations`);
    await desk.getByText(/^Le registre des violations de données est réservé au titulaire/).waitFor();
    await desk.context().close();

    // The owner qualifies it as a breach: the clock starts.
    const page = await newPage(browser());
    await signInAs(page, server(), owner, incidentUrl);
    await page.getByRole('button', { name: 'Qualifier en violation de données' }).click();
    await page.getByRole('heading', { level: 1, name: /^Violation de données : Rançongiciel — connue le / }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/violations\/[0-9a-f-]{36}$/);
    const timer = page.getByRole('timer');
    await expect.poll(() => timer.textContent()).toMatch(/^Il reste (3 j 0 h 00 min|2 j 23 h 59 min)$/);
    await page.getByText(/^Notification CNIL avant le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} \(heure de Paris\)$/).waitFor();
    await page.getByRole('link', { name: 'Voir l’incident et sa chronologie' }).waitFor();

    // Severity: six plain-French questions; each answer shows how it moves the score.
    const severity = section(page, 'Gravité de la violation');
    for (const [question, answer] of ANSWERS) {
      const group = severity.getByRole('radiogroup', { name: question });
      const radio = group.getByRole('radio', { name: answer });
      await radio.check();
      await expect.poll(() => radio.isChecked()).toBe(true);
    }
    await severity.getByText('Score 4,75', { exact: true }).waitFor();
    await severity.getByText('Gravité très élevée', { exact: true }).waitFor();
    await severity
      .getByText(/Effet sur le score : score 4,25 \(−0,5\)/)
      .first()
      .waitFor();
    await severity.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
    await severity.getByRole('status').getByText('Enregistré.').waitFor();

    // The decision follows the recommendation and is journaled with the score.
    const decision = section(page, 'Décision');
    await decision
      .getByText(/^Recommandation pour un score de 4,75 : notifier la CNIL et informer les personnes concernées\.$/)
      .waitFor();
    await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await decision
      .getByText(
        /^Décision du .* : notifier la CNIL, informer les personnes concernées — score 4,75 \(très élevée\), conforme à la recommandation\.$/,
      )
      .waitFor();
    await expectNoAxeViolations(page);

    // The documents: the CNIL draft and the patient letter.
    expect(await downloadPdf(page, 'Notification à la CNIL (initiale)')).toMatch(
      /^hygie-violation-cnil-initial-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    expect(await downloadPdf(page, 'Lettre d’information des patients')).toMatch(
      /^hygie-violation-patient-letter-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const cnil = page.getByRole('article', { name: 'Notification à la CNIL (initiale)' });
    await cnil.getByRole('button', { name: 'Copier le texte' }).click();
    const text = cnil.getByRole('textbox', { name: 'Texte : Notification à la CNIL (initiale)' });
    await expect.poll(() => text.inputValue()).toContain('RUBRIQUES DU FORMULAIRE DE LA CNIL');
    expect(await text.inputValue()).toContain('Organisme : Cabinet des Tilleuls');
    await expectNoAxeViolations(page);

    // The journal holds the decision with its score; the home page shows the countdown.
    const journal = await fetch(`${server().url}/api/v1/journal?action=breach.decision_recorded`, {
      headers: bearer(owner),
    });
    const entries = ((await journal.json()) as { entries: { data: Record<string, unknown> }[] }).entries;
    expect(entries[0]?.data).toMatchObject({
      score: 4.75,
      level: 'very_high',
      notifyAuthority: true,
      informSubjects: true,
    });
    await page.goto(`${server().url}/`);
    await page.getByText(/^Notification CNIL avant le .* — Rançongiciel — connue le .* \(il reste /).waitFor();

    // The register lists it.
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Violations de données' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Violations de données' }).waitFor();
    await page.getByRole('link', { name: /^Rançongiciel — connue le / }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('starts the countdown from the register after a confirmation, and lets the auditor read without changing', async () => {
    const { owner, auditor } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/violations');
    await page.getByRole('button', { name: 'Démarrer le compte à rebours' }).click();
    // A confirmation says what the click creates; nothing is recorded before it.
    const confirm = page.getByRole('dialog', { name: 'Démarrer le compte à rebours ?' });
    await confirm.getByText('compter les 72 heures').waitFor();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Oui, démarrer maintenant' }).click();
    await page.getByRole('heading', { level: 1, name: /^Violation de données — connue le / }).waitFor();
    await expect
      .poll(() => page.getByRole('timer').textContent())
      .toMatch(/^Il reste (3 j 0 h 00 min|2 j 23 h 59 min)$/);
    const scope = section(page, 'Données et personnes concernées');
    await scope.getByLabel('Nombre approximatif de personnes').fill('-3');
    await scope.getByRole('button', { name: 'Enregistrer' }).click();
    await scope.getByText(/le nombre ne peut pas être négatif/).waitFor();
    await expectNoAxeViolations(page);
    const url = new URL(page.url()).pathname;
    await page.context().close();

    const reader = await newPage(browser());
    await signInAs(reader, server(), auditor, url);
    await reader.getByText('Lecture seule.').waitFor();
    expect(await reader.getByRole('button', { name: 'Enregistrer' }).count()).toBe(0);
    await reader.getByRole('timer').waitFor();
    await expectNoAxeViolations(reader);
    await reader.context().close();
  });
});
