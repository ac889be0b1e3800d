import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';

/** A minor, a deceased patient, an adult and, on line 5, a malformed line. */
const INDEX = [
  'identifiant;date_naissance;dernier_contact;date_deces',
  'ADULTE-1;1970-05-02;2018-03-15;',
  'MINEUR-2;02/05/2015;15/03/2016;',
  'DECEDE-3;1930-01-01;2000-03-15;2001-01-01',
  'ligne sans séparateur',
  'RECENT-4;1980-01-01;2025-06-01;',
].join('\n');

describe.skipIf(!chromiumAvailable())('the retention page', () => {
  const { server, browser } = useBrowserSuite();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-e2e-retention-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scans a patient index: summary by action, the malformed line’s number, the result file, no axe violation', async () => {
    const file = path.join(dir, 'index-patients.csv');
    fs.writeFileSync(file, INDEX);
    const { owner } = await createPracticeOn(server(), {
      structureType: 'solo',
      professions: ['medecin'],
      staffCount: 0,
    });
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Conservation' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Conservation des données' }).waitFor();
    await expectNoAxeViolations(page);

    const scan = section(page, 'Analyser l’index des patients');
    await scan.getByLabel('Fichier CSV de l’index des patients').setInputFiles(file);
    await scan.getByLabel('Jour de l’analyse').fill('2026-12-01');
    await scan.getByRole('button', { name: 'Analyser le fichier' }).click();
    const summary = scan.getByRole('table', { name: '4 dossiers analysés, par action à mener' });
    await summary.waitFor();
    const count = (action: string) => summary.getByRole('row', { name: action }).getByRole('cell').textContent();
    expect(await count('À garder en base active')).toBe('1');
    expect(await count('À placer en archive intermédiaire')).toBe('2');
    expect(await count('Peut être détruit')).toBe('1');
    expect(await count('À vérifier')).toBe('0');
    await scan.getByText('Ligne 5 : 1 colonne au lieu de 4 (séparateur « ; »)').waitFor();
    await scan.getByRole('cell', { name: /28e anniversaire du patient né le 02\/05\/2015/ }).waitFor();
    await scan.getByRole('cell', { name: /10 ans après le décès \(01\/01\/2001\)/ }).waitFor();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      scan.getByRole('button', { name: 'Télécharger le résultat (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('hygie-conservation-2026-12-01.csv');
    const lines = fs.readFileSync((await download.path()) as string, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFid;action;next_date;rule;reason');
    expect(lines.slice(1, 5).map((line) => line.split(';').slice(0, 3).join(';'))).toEqual([
      'ADULTE-1;archive;2038-03-15',
      'MINEUR-2;archive;2043-05-02',
      'DECEDE-3;destroy;2011-01-01',
      'RECENT-4;keep;2030-06-01',
    ]);
    await scan.getByText('Fichier de résultat téléchargé.').waitFor();
    await page.context().close();
  });

  it('calculates one record, and lets the owner change a duration within its limits', async () => {
    const { owner } = await createPracticeOn(server(), { professions: ['medecin', 'infirmier'] });
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/conservation');
    const calculator = section(page, 'Calculer une durée de conservation');
    await calculator.getByLabel('Profession').selectOption({ label: 'Médecin' });
    await calculator.getByLabel('Date de naissance').fill('2015-05-02');
    await calculator.getByLabel('Dernier contact').fill('2016-03-15');
    await calculator.getByLabel('Calculer au').fill('2026-12-01');
    await calculator.getByRole('button', { name: 'Calculer' }).click();
    const result = calculator.getByRole('status');
    await result.getByText('Fin de conservation : 02/05/2043').waitFor();
    await result.getByText(/28e anniversaire du patient/).waitFor();

    const durations = section(page, 'Durées appliquées par le cabinet');
    await durations.getByRole('button', { name: 'Modifier la durée : Données de rendez-vous (agenda)' }).click();
    await durations.getByLabel('Base active (en mois)').fill('12');
    await durations.getByRole('button', { name: 'Enregistrer' }).click();
    await durations.getByText('Durée enregistrée pour « Données de rendez-vous (agenda) ».').waitFor();
    await durations
      .getByRole('row', { name: /Données de rendez-vous/ })
      .getByText('1 an', { exact: true })
      .waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
