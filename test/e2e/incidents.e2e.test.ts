import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';
import { bearer } from '../support/factories.ts';

const INCIDENT_BUTTON = /^Je pense être victime d’une cyberattaque$/;
const NOTE = 'Message de rançon sur l’écran du poste de l’accueil, photographié.';

describe.skipIf(!chromiumAvailable())('incident mode (« Je pense être victime d’une cyberattaque »)', () => {
  const { server, browser } = useBrowserSuite();

  it('lets a secretary raise a ransomware incident from the header and follow its first gestures; the owner sees it', async () => {
    const { secretary, owner } = await createPracticeOn(server(), { name: 'Cabinet des Tilleuls' });
    const created = await fetch(`${server().url}/api/v1/contacts`, {
      method: 'POST',
      headers: { ...bearer(owner), 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'it_provider', name: 'Informatique Durand', phone: '01 23 45 67 89' }),
    });
    expect(created.status).toBe(201);

    const page = await newPage(browser());
    await signInAs(page, server(), secretary, '/');
    await page.getByRole('banner').getByRole('link', { name: INCIDENT_BUTTON }).click();
    await page.getByRole('heading', { level: 1, name: 'Que se passe-t-il ?' }).waitFor();
    await page
      .getByRole('button', { name: /Mes fichiers ne s’ouvrent plus ou un message demande une rançon/ })
      .waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /Mes fichiers ne s’ouvrent plus ou un message demande une rançon/ }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Incident : Rançongiciel ou comportement anormal d’un ordinateur' })
      .waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/incidents\/[0-9a-f-]{36}$/);

    const gestures = section(page, 'Les premiers gestes, dans l’ordre');
    const first = gestures.getByRole('checkbox', { name: /^1\. Laissez l’ordinateur allumé/ });
    const second = gestures.getByRole('checkbox', { name: /^2\. Coupez l’accès à Internet/ });
    // Each tick is recorded by the server, which answers with the time: the box is checked then.
    await first.click();
    await expect.poll(() => first.isChecked()).toBe(true);
    await gestures
      .getByText(new RegExp(`^Fait à \\d{2}:\\d{2} par ${secretary.name}$`))
      .first()
      .waitFor();
    await second.click();
    await expect.poll(() => second.isChecked()).toBe(true);
    await expect.poll(() => gestures.getByText(/^Fait à \d{2}:\d{2} par /).count()).toBe(2);
    expect(await gestures.getByRole('checkbox', { name: /^3\. / }).isChecked()).toBe(false);

    const doNot = section(page, 'À ne pas faire');
    await doNot.getByText('Ne payez jamais la rançon : rien ne garantit que vous retrouverez vos données.').waitFor();
    const red = await doNot
      .getByText('Ne communiquez jamais avec les pirates, ni par e-mail ni par téléphone.')
      .evaluate((el) => getComputedStyle(el).color);
    expect(red).toMatch(/^rgb\((\d+), (\d+), (\d+)\)$/);
    const [r, g, b] = (red.match(/\d+/g) ?? []).map(Number);
    expect(r).toBeGreaterThan((g ?? 0) + 80);
    expect(r).toBeGreaterThan((b ?? 0) + 80);

    const contacts = section(page, 'Qui appeler');
    expect(await contacts.getByRole('link', { name: /01 23 45 67 89/ }).getAttribute('href')).toBe('tel:0123456789');
    await contacts.getByRole('link', { name: 'cybermalveillance.gouv.fr' }).waitFor();

    const timeline = section(page, 'Chronologie');
    await timeline.getByRole('textbox', { name: 'Note', exact: true }).fill(NOTE);
    await timeline.getByRole('button', { name: 'Ajouter la note' }).click();
    await timeline.getByText(`Note : ${NOTE}`).waitFor();
    const lines = timeline.getByRole('list', { name: 'Chronologie de l’incident' }).getByRole('listitem');
    await expect.poll(() => lines.count()).toBe(4);
    expect(await lines.nth(0).textContent()).toContain('Incident signalé');
    expect(await lines.nth(1).textContent()).toContain('Geste fait : Laissez l’ordinateur allumé');
    expect(await lines.nth(3).textContent()).toContain(secretary.name);
    await expectNoAxeViolations(page);

    const [fiche] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Télécharger la fiche réflexe' }).click(),
    ]);
    expect(fiche.suggestedFilename()).toMatch(/^hygie-fiche-reflexe-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(
      fs
        .readFileSync((await fiche.path()) as string)
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');

    const ownerPage = await newPage(browser());
    await signInAs(ownerPage, server(), owner, '/');
    await ownerPage.getByText('Incident en cours : Rançongiciel ou comportement anormal d’un ordinateur').waitFor();
    await ownerPage
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Incidents' })
      .click();
    await ownerPage.getByRole('heading', { level: 1, name: 'Incidents' }).waitFor();
    const row = ownerPage.getByRole('row', { name: /Rançongiciel ou comportement anormal d’un ordinateur/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(secretary.name);
    expect(await row.textContent()).toContain('2 sur 11');
    await expectNoAxeViolations(ownerPage);
    await row.getByRole('link').click();
    await section(ownerPage, 'Chronologie').getByText(`Note : ${NOTE}`).waitFor();
    await section(ownerPage, 'Suivi de l’incident').getByRole('button', { name: 'Clore l’incident' }).waitFor();
    await expectNoAxeViolations(ownerPage);
  });

  it('shows the button on every page for every role, and the contacts page to the owner', async () => {
    const practice = await createPracticeOn(server());
    for (const [role, path] of [
      ['auditor', '/journal'],
      ['practitioner', '/diagnostic'],
      ['secretary', '/mon-compte'],
    ] as const) {
      const page = await newPage(browser());
      await signInAs(page, server(), practice[role], path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const button = page.getByRole('banner').getByRole('link', { name: INCIDENT_BUTTON });
      expect(await button.getAttribute('href'), role).toBe('/incident');
      // On a phone the button keeps its name and says « Cyberattaque ? » in words, and the header
      // still fits (« Se déconnecter » moves to the menu).
      await page.setViewportSize({ width: 390, height: 800 });
      await expect.poll(() => button.getAttribute('href')).toBe('/incident');
      await button.getByText('Cyberattaque ?').waitFor();
      const box = await button.boundingBox();
      expect(box, role).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), role).toBeLessThanOrEqual(390);
      await page.close();
    }

    const page = await newPage(browser());
    await signInAs(page, server(), practice.owner, '/contacts');
    await page.getByRole('heading', { level: 1, name: 'Contacts utiles' }).waitFor();
    const own = section(page, 'Contacts du cabinet');
    await own.getByLabel('Type de contact').selectOption({ label: 'Assureur (cyber ou responsabilité civile)' });
    await own.getByLabel('Nom').fill('Mutuelle des Tilleuls');
    await own.getByLabel('Téléphone').fill('05 49 00 00 00');
    await own.getByRole('button', { name: 'Ajouter le contact' }).click();
    await own.getByRole('article').getByText('Mutuelle des Tilleuls').waitFor();
    await section(page, 'Services nationaux').getByRole('link', { name: /3608/ }).waitFor();
    await expectNoAxeViolations(page);
  });
});
