import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertArchivedJournal, tamperArchivedJournal } from '../../src/features/journal/journal.test-support.ts';
import { chromiumAvailable, downloaded, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';

const HEADING = 'Historique avant le transfert';

/** Saves a full-page screenshot when SCREENSHOT_DIR is set (to look at the page, not to compare). */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

describe.skipIf(!chromiumAvailable())('the journal from before the move, on the journal page', () => {
  const { server, browser } = useBrowserSuite();

  it('shows the archive, its verification and its CSV at 1366 and 390 px; says when a row was altered', async () => {
    const { practice, owner } = await createPracticeOn(server());
    await insertArchivedJournal(server().handle.db, practice.id, { count: 4, at: new Date('2026-12-01T08:00:00Z') });
    const page = await newPage(browser());
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInAs(page, server(), owner, '/journal');
    const archives = section(page, HEADING);
    await archives.getByText('Journal d’avant le transfert intact — 4 entrées vérifiées').waitFor();
    expect(await archives.textContent()).toContain(
      '4 entrées du 29/11/2026 au 29/11/2026, au nom de « Cabinet des Tilleuls (ancienne installation) ». Transféré ici le 01/12/2026.',
    );
    await expectNoAxeViolations(page);
    await shoot(page, 'journal-archives-1366');

    const file = await downloaded(page, () =>
      archives.getByRole('button', { name: 'Télécharger ce journal (CSV)' }).click(),
    );
    expect(file.name).toBe('journal-hygie-avant-transfert-2026-12-01.csv');
    expect(file.bytes.toString('utf8')).toContain('Connexion n° 4.');

    await page.setViewportSize({ width: 390, height: 844 });
    await archives.getByRole('button', { name: 'Le code de contrôle de ce journal' }).click();
    await expectNoAxeViolations(page);
    await shoot(page, 'journal-archives-390');

    await tamperArchivedJournal(server().handle.db, practice.id, 3);
    await page.reload();
    const alert = section(page, HEADING).getByRole('alert');
    await alert.getByText('Journal d’avant le transfert altéré', { exact: true }).waitFor();
    expect(await alert.textContent()).toContain(
      'L’entrée n° 3 du 29/11/2026 a été modifiée après son enregistrement. Prévenez votre support informatique',
    );
    await expectNoAxeViolations(page);
    await shoot(page, 'journal-archives-altered-390');
    await page.context().close();
  });

  it('shows nothing for a practice that never moved', async () => {
    const { owner } = await createPracticeOn(server());
    const page = await newPage(browser());
    const answered = page.waitForResponse((res) => res.url().endsWith('/api/v1/journal/archives'));
    await signInAs(page, server(), owner, '/journal');
    expect(await (await answered).json()).toEqual({ archives: [] });
    await page.getByRole('heading', { level: 2, name: 'Entrées' }).waitFor();
    expect(await page.getByRole('heading', { name: HEADING }).count()).toBe(0);
    await page.context().close();
  });
});
