import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appendJournal } from '../../src/features/journal/journal.repository.ts';
import { chromiumAvailable, downloaded, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, enrolMfa, signInAs } from '../support/e2e.ts';

/** The rows of the journal table, as « action | summary » lines. */
async function journalRows(page: Page): Promise<string[]> {
  const rows = page.getByRole('table').getByRole('row');
  const count = await rows.count();
  const lines: string[] = [];
  for (let i = 1; i < count; i++) {
    const cells = await rows.nth(i).getByRole('cell').allTextContents();
    lines.push(`${cells[2]} | ${cells[3]}`);
  }
  return lines;
}

describe.skipIf(!chromiumAvailable())('practice profile and accountability journal pages', () => {
  const { server, browser } = useBrowserSuite();

  it('lets the owner change the name and the Wi-Fi, and keeps the change after a reload', async () => {
    const { practice, owner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/cabinet');
    await page.getByRole('heading', { level: 1, name: 'Cabinet' }).waitFor();
    const name = page.getByLabel('Nom du cabinet');
    expect(await name.inputValue()).toBe(practice.name);
    await expectNoAxeViolations(page);

    const wifi = page.getByRole('switch', { name: 'Le cabinet a un réseau Wi-Fi' });
    expect(await wifi.isChecked()).toBe(false);
    await name.fill('Cabinet des Tilleuls');
    await wifi.check();
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Modifications enregistrées').waitFor();
    await expectNoAxeViolations(page);

    const row = await server()
      .handle.db.selectFrom('practices')
      .selectAll()
      .where('id', '=', practice.id)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Cabinet des Tilleuls');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Cabinet' }).waitFor();
    expect(await page.getByLabel('Nom du cabinet').inputValue()).toBe('Cabinet des Tilleuls');
    expect(await page.getByRole('switch', { name: 'Le cabinet a un réseau Wi-Fi' }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('lets the owner download the whole practice’s export file, journaled; not shown to a practitioner', async () => {
    const { practice, owner, practitioner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/cabinet');
    await page.getByRole('heading', { level: 2, name: 'Exporter tout le cabinet' }).waitFor();
    await expectNoAxeViolations(page);
    const file = await downloaded(page, () =>
      page.getByRole('button', { name: 'Télécharger l’export du cabinet' }).click(),
    );
    expect(file.name).toMatch(/^hygie-export-cabinet-\d{4}-\d{2}-\d{2}\.json$/);
    const content = JSON.parse(file.bytes.toString('utf8'));
    expect(content).toMatchObject({ format: 'hygie-practice-export', version: 1, practice: { id: practice.id } });
    expect(content.journal.entries.at(-1)).toMatchObject({ action: 'practice.exported', actorId: owner.id });
    await page.context().close();

    const other = await newPage(browser());
    await signInAs(other, server(), practitioner, '/cabinet');
    await other.getByRole('heading', { level: 1, name: 'Cabinet' }).waitFor();
    await other
      .getByText('Seul le ou la titulaire du cabinet peut modifier ces informations', { exact: false })
      .waitFor();
    expect(await other.getByRole('heading', { name: 'Exporter tout le cabinet' }).count()).toBe(0);
    await other.context().close();
  });

  it('shows the server’s message under the department when it is not a department number', async () => {
    const { owner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/cabinet');
    const department = page.getByLabel('Département');
    await department.fill('99');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Modifications non enregistrées').waitFor();
    expect(await department.getAttribute('aria-invalid')).toBe('true');
    const described = await department.getAttribute('aria-describedby');
    const message = await page
      .locator(`[id="${described?.split(' ').find((id) => id.endsWith('error'))}"]`)
      .textContent();
    expect(message).toMatch(/^Numéro de département attendu, par exemple 75, 2A ou 974/);
    await expectNoAxeViolations(page);

    await department.fill('2a');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Modifications enregistrées').waitFor();
    expect(await department.inputValue()).toBe('2A');
    await page.context().close();
  });

  it('scrolls to the security section and lets the owner require MFA for the whole practice', async () => {
    const { practice, owner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/cabinet#securite');
    await page.getByRole('heading', { name: 'Sécurité des connexions' }).waitFor();
    const mfa = page.getByRole('switch', { name: 'Exiger la double authentification pour tout le cabinet' });
    await mfa.check();
    await page.getByText(/chacun aura besoin de son téléphone/).waitFor();
    // The owner must have a second factor before requiring one from everybody.
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page
      .getByText(/Activez d’abord la double authentification sur votre propre compte/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
    await enrolMfa(server(), owner);
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Modifications enregistrées').waitFor();
    await expectNoAxeViolations(page);
    const row = await server()
      .handle.db.selectFrom('practices')
      .select('mfa_required')
      .where('id', '=', practice.id)
      .executeTakeFirstOrThrow();
    expect(Number(row.mfa_required)).toBe(1);
    await page.context().close();
  });

  it('shows the profile read-only to a practitioner', async () => {
    const { practice, practitioner } = await createPracticeOn(server(), { department: '69', wifi: true });
    const page = await newPage(browser());
    await signInAs(page, server(), practitioner, '/cabinet');
    await page
      .getByText('Seul le ou la titulaire du cabinet peut modifier ces informations', { exact: false })
      .waitFor();
    await page.getByRole('main').getByText(practice.name, { exact: true }).waitFor();
    await page.getByText('Cabinet de groupe').waitFor();
    await page.getByText('Médecin, Infirmier ou infirmière').waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Enregistrer les modifications' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('lists the journal newest first, filters it by action, exports it and shows it intact', async () => {
    const { practice, owner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/cabinet');
    await page.getByLabel('Nom du cabinet').fill('Maison de santé du Port');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Modifications enregistrées').waitFor();

    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Journal' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Journal de conformité' }).waitFor();
    await page.getByRole('table').waitFor();
    const rows = await journalRows(page);
    expect(rows[0]).toBe('Cabinet modifié | Profil du cabinet modifié : nom');
    expect(rows.some((line) => line.startsWith('Connexion |'))).toBe(true);
    await page.getByText(/^Journal intact — \d+ entrées vérifiées$/).waitFor();
    const head = await server()
      .handle.db.selectFrom('journal_entries')
      .select('hash')
      .where('practice_id', '=', practice.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    // The code is a technical detail, shown on demand after a plain sentence.
    await page.getByRole('button', { name: 'Le code de contrôle du journal' }).click();
    await page.getByText(head.hash, { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Action').selectOption({ label: 'Cabinet modifié' });
    await expect.poll(() => journalRows(page)).toEqual(['Cabinet modifié | Profil du cabinet modifié : nom']);
    await page.getByRole('table', { name: /^1 entrée affichée/ }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Action').selectOption({ label: 'Journal exporté' });
    await page.getByText('Aucune entrée ne correspond à ces filtres.').waitFor();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^journal-hygie-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toContain('Cabinet modifié');
    // The export is journaled, and the filtered list shows it at once.
    await expect
      .poll(() => journalRows(page))
      .toEqual([expect.stringMatching(/^Journal exporté \| Export du journal/)]);
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect.poll(async () => (await journalRows(page)).length).toBeGreaterThan(2);
    await page.context().close();
  });

  it('filters by period and author, and pages with « Voir plus »', async () => {
    const { practice, owner, auditor } = await createPracticeOn(server());
    const actor = { type: 'user' as const, id: owner.id, label: owner.name };
    for (let i = 1; i <= 60; i++) {
      await appendJournal(
        server().handle.db,
        practice.id,
        { actor, action: 'journal.verified', summary: `Vérification n° ${i}`, data: { intact: true } },
        new Date(),
      );
    }
    const page = await newPage(browser());
    await signInAs(page, server(), auditor, '/journal');
    await page.getByRole('table', { name: /^50 entrées affichées/ }).waitFor();
    await page.getByRole('button', { name: 'Voir plus' }).click();
    await page.getByRole('table', { name: /^61 entrées affichées/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Voir plus' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByLabel('Auteur').selectOption({ label: auditor.name });
    await expect.poll(() => journalRows(page)).toEqual([expect.stringMatching(/^Connexion \|/)]);

    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    await page.getByLabel('Au', { exact: true }).fill(today);
    await expect.poll(() => journalRows(page)).toEqual([expect.stringMatching(/^Connexion \|/)]);
    await page.getByLabel('Du', { exact: true }).fill(tomorrow);
    await page.getByText('Aucune entrée ne correspond à ces filtres.').waitFor();
    await page.getByText('Ce jour précède le premier jour choisi.').waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('says in red where the journal was altered', async () => {
    const { practice, owner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/');
    await server()
      .handle.db.updateTable('journal_entries')
      .set({ summary: 'Entrée réécrite' })
      .where('practice_id', '=', practice.id)
      .where('seq', '=', 1)
      .execute();
    await page.goto(`${server().url}/journal`);
    await page.getByText('Journal altéré').waitFor();
    await page.getByText(/L’entrée n° 1 du .* a été modifiée après son enregistrement\./).waitFor();
    expect(await page.getByText(/^Journal intact/).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('gives the secretary no journal entry in the menu, and refuses the page', async () => {
    const { secretary } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), secretary, '/');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Cabinet' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Journal' }).count()).toBe(0);
    await page.goto(`${server().url}/journal`);
    await page.getByRole('heading', { level: 1, name: 'Journal de conformité' }).waitFor();
    await page.getByText('Accès réservé').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await page.getByRole('link', { name: 'Revenir à l’accueil' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
