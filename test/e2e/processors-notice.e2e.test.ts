import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../src/features/notice/notice-pdf.test-support.ts';
import { addActivity, changeActivity } from '../../src/features/notice/register-fixture.test-support.ts';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';

describe.skipIf(!chromiumAvailable())('processors and patient information pages', () => {
  const { server, browser } = useBrowserSuite();

  it('warns of a processor without HDS certificate, records the DPO screening, generates the notice and downloads its poster', async () => {
    const { owner, secretary, practice } = await createPracticeOn(server(), {
      name: 'Cabinet infirmier des Acacias',
      structureType: 'solo',
      professions: ['infirmier'],
      staffCount: 0,
      address: '3 allée des Acacias, 33000 Bordeaux',
    });
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });

    // A cloud practice software keeping patient files, without HDS certificate.
    await nav.getByRole('link', { name: 'Sous-traitants' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sous-traitants' }).waitFor();
    await page.getByText('Aucun sous-traitant enregistré.').waitFor();
    await expectNoAxeViolations(page);
    const add = section(page, 'Ajouter un sous-traitant');
    await add.getByLabel('Nom du prestataire').fill('Logiciel Infirmier en Ligne');
    await add.getByLabel('Service rendu').fill('Logiciel du cabinet en ligne (dossiers de soins)');
    await add.getByRole('button', { name: 'Ajouter le sous-traitant' }).click();
    const card = page.getByRole('article', { name: 'Logiciel Infirmier en Ligne' });
    await card.getByText(/aucun certificat HDS n’est enregistré/).waitFor();
    await card.getByText('À corriger :').first().waitFor();
    await card.getByText(/Aucun contrat de sous-traitance n’est enregistré/).waitFor();
    await expectNoAxeViolations(page);

    // The notice lists what is missing until the register is there (the contact comes from the profile).
    await nav.getByRole('link', { name: 'Information des patients' }).click();
    await page.getByRole('heading', { level: 1, name: 'Information des patients' }).waitFor();
    const check = section(page, 'Vérification des mentions obligatoires');
    await check.getByText(/Le registre des traitements ne contient aucune activité/).waitFor();
    await expectNoAxeViolations(page);

    // The DPO screening of a nurse practising alone.
    const screening = section(page, 'DPO et analyse d’impact (AIPD)');
    await screening.getByText('Aucune évaluation enregistrée', { exact: false }).waitFor();
    // The questions are folded until opened (they are not read on every visit).
    await screening.getByRole('button', { name: 'Répondre aux questions' }).click();
    expect(await screening.getByLabel('Comment exercez-vous ?').inputValue()).toBe('solo');
    // The result follows the answers before anything is recorded.
    await screening.getByLabel('Comment exercez-vous ?').selectOption({ label: 'Cabinet de groupe' });
    await screening.getByLabel(/partagent un même système d’information/).check();
    await screening.getByLabel('Nombre de patients par an (tous professionnels confondus)').fill('12000');
    await screening
      .getByRole('article', { name: 'Délégué à la protection des données (DPO)' })
      .getByText('Vous devez désigner un délégué à la protection des données (DPO) et communiquer ses coordonnées.')
      .waitFor();
    await expectNoAxeViolations(page);
    await screening.getByLabel('Nombre de patients par an (tous professionnels confondus)').fill('');
    await screening
      .getByRole('article', { name: 'Analyse d’impact (AIPD)' })
      .getByText('recommandé', { exact: true })
      .waitFor();
    await expectNoAxeViolations(page);
    await screening.getByLabel(/partagent un même système d’information/).uncheck();
    await screening.getByLabel('Comment exercez-vous ?').selectOption({ label: 'Exercice seul' });
    await screening.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
    await screening
      .getByText(/^Délégué à la protection des données \(DPO\) : non obligatoire — évaluation n° 1/)
      .waitFor();
    await screening.getByText(/^Analyse d’impact \(AIPD\) : non obligatoire — évaluation n° 1/).waitFor();
    await expectNoAxeViolations(page);

    // The register (built by its own pages) gets its first activity; the address comes from the profile.
    const activity = await addActivity(server().handle.db, practice.id);
    await page.reload();
    // Nothing missing: the practice's details are folded, one click away.
    const details = section(page, 'Coordonnées et mentions');
    await details.getByRole('button', { name: 'Voir ou modifier' }).click();
    await details.getByText(/3 allée des Acacias, 33000 Bordeaux/).waitFor();
    await section(page, 'Vérification des mentions obligatoires')
      .getByText('Toutes les mentions obligatoires sont présentes')
      .waitFor();

    const versions = section(page, 'Versions et documents');
    await versions.getByRole('button', { name: 'Générer la première version' }).click();
    const first = versions.getByRole('article', { name: 'Version n° 1' });
    await first.getByText('à jour', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    const [poster] = await Promise.all([
      page.waitForEvent('download'),
      first.getByRole('button', { name: 'Affiche A4 (PDF)' }).click(),
    ]);
    expect(poster.suggestedFilename()).toBe('hygie-information-patients-affiche-v1.pdf');
    const pdf = fs.readFileSync((await poster.path()) as string);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(pdf);
    expect(text).toContain('Cabinet infirmier des Acacias');
    expect(text).toContain('3 allée des Acacias, 33000 Bordeaux');
    expect(text).not.toContain('Délégué à la protection des données');

    // A change of the register makes the version obsolete; the secretary sees it, without the buttons to change it.
    await changeActivity(server().handle.db, activity, { purposes: ['Tenue du dossier de soins infirmiers'] });
    const secretaryPage = await newPage(browser());
    await signInAs(secretaryPage, server(), secretary, '/information-patients');
    const seen = section(secretaryPage, 'Versions et documents');
    await seen.getByRole('article', { name: 'Version n° 1' }).getByText('obsolète', { exact: true }).waitFor();
    await seen
      .getByText(/Le registre des traitements a été modifié le/)
      .first()
      .waitFor();
    expect(await seen.getByRole('button', { name: /^Générer/ }).count()).toBe(0);
    await expectNoAxeViolations(secretaryPage);
  }, 180_000);
});
