import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusMessage } from '../../src/features/mail-analysis/mail-test-corpus.ts';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';

describe.skipIf(!chromiumAvailable())('the suspicious e-mail analyser (/outils/e-mail)', () => {
  const { server, browser } = useBrowserSuite();

  it('analyses a phishing file, keeps its verdict, then finds no signal in a pasted benign message', async () => {
    const { secretary } = await createPracticeOn(server());
    const page = await newPage(browser());
    const bodies: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/tools/mail-analysis/verdicts') && request.method() === 'POST') {
        bodies.push(request.postData() ?? '');
      }
    });
    await signInAs(page, server(), secretary, '/');
    await page.getByRole('link', { name: 'Analyser un e-mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Analyser un e-mail' }).waitFor();
    const rule = section(page, 'Comment Hygie décide').getByRole('table', { name: /Les lignes de la règle/ });
    await rule.getByRole('row', { name: '1 au moins un signal grave « Dangereux »' }).waitFor();
    await rule
      .getByRole('row', { name: /^2 une adresse de réponse sur un autre domaine, avec une demande d’argent/ })
      .waitFor();
    await page.getByText('Aucun verdict gardé pour le moment.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Choisir le fichier du message').setInputFiles(`${CORPUS_DIR}phish-ameli-refund.eml`);
    const result = section(page, 'Résultat de l’analyse');
    await result.getByText('Verdict : Dangereux').waitFor();
    await result
      .getByText('Règle appliquée : ligne 1 du tableau « Comment Hygie décide » (au moins un signal grave).')
      .waitFor();
    await result.getByText(/imite « ameli\.fr » \(Assurance Maladie\)/).waitFor();
    await result.getByText('Grave').first().waitFor();
    await result.getByText(/3608/).first().waitFor();
    await expectNoAxeViolations(page);

    await result.getByRole('button', { name: 'Garder le verdict' }).click();
    await result.getByText('Verdict gardé').waitFor();
    const kept = page.getByRole('table', { name: /1 verdict gardé/ });
    await kept.getByRole('cell', { name: 'ameli-remboursement.example', exact: true }).waitFor();
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0] ?? '{}')).toEqual({
      verdict: 'dangerous',
      findingCodes: expect.arrayContaining(['lookalike_domain']),
      senderDomain: 'ameli-remboursement.example',
    });
    expect(bodies[0]).not.toMatch(/Remboursement en attente|89,40/);

    await page
      .getByLabel('Collez ici le message d’origine')
      .fill(corpusMessage('benign-appointment.eml').toString('utf8'));
    await page.getByRole('button', { name: 'Analyser le message collé' }).click();
    await result.getByText('Verdict : Aucun signal').waitFor();
    await result.getByText('Aucun signal d’alerte.', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('says in French when the pasted text is not an e-mail', async () => {
    const { auditor } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), auditor, '/outils/e-mail');
    await page.getByRole('button', { name: 'Analyser le message collé' }).click();
    await page.getByText('Collez d’abord le message d’origine dans la zone de texte.').waitFor();
    await page.getByLabel('Collez ici le message d’origine').fill('Bonjour, ceci n’est pas un e-mail.');
    await page.getByRole('button', { name: 'Analyser le message collé' }).click();
    await page.getByText(/ne ressemble pas à un e-mail/).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Collez ici le message d’origine').fill(corpusMessage('phish-reply-to.eml').toString('utf8'));
    await page.getByRole('button', { name: 'Analyser le message collé' }).click();
    const result = section(page, 'Résultat de l’analyse');
    await result.getByText('Verdict : Suspect').waitFor();
    await result.getByText(/Règle appliquée : ligne 5 du tableau/).waitFor();
    await result.getByText('Moyen', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
