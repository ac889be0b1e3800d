import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, signInAs } from '../support/e2e.ts';

describe.skipIf(!chromiumAvailable())('the users page (/utilisateurs)', () => {
  const { server, browser } = useBrowserSuite();

  const userRow = async (id: string) =>
    server().handle.db.selectFrom('users').select(['role', 'status']).where('id', '=', id).executeTakeFirstOrThrow();

  /** Opens the management dialog of one user, from the owner's table. */
  async function openManage(page: Page, name: string) {
    await page.getByRole('button', { name: `Gérer le compte de ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Gérer le compte de ${name}` });
    await dialog.waitFor();
    return dialog;
  }

  it('shows the owner the whole team, then invites a secretary and cancels the invitation', async () => {
    const { owner, practitioner, secretary, auditor } = await createPracticeOn(server());
    const page = await newPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server().url });
    await signInAs(page, server(), owner, '/utilisateurs');
    await page.getByRole('heading', { level: 1, name: 'Utilisateurs' }).waitFor();
    const team = page.getByRole('table', { name: 'Équipe du cabinet' });
    await team.waitFor();
    for (const user of [owner, practitioner, secretary, auditor]) await team.getByText(user.email).waitFor();
    expect(await team.getByRole('row').count()).toBe(5);
    expect(await team.getByRole('row', { name: /Éloïse Martin/ }).textContent()).toMatch(/\(vous\).*Titulaire.*Actif/);
    await page.getByText('Aucune invitation en attente.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Inviter' }).click();
    await page.getByText('Indiquez l’adresse e-mail de la personne.').waitFor();
    await page.getByText('Choisissez le rôle de la personne.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Adresse e-mail').fill('nouvelle.secretaire@exemple.fr');
    await page.getByRole('radio', { name: 'Secrétaire' }).check();
    await page.getByRole('button', { name: 'Inviter' }).click();
    const link = page.getByLabel('Lien d’invitation');
    await link.waitFor();
    expect(await link.inputValue()).toMatch(/\/invitation#.+/);
    // The advice under the link (the glossary under the page names MSSanté too).
    await page
      .getByText(/MSSanté/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await page.getByRole('button', { name: 'Lien copié' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
    const pending = page.getByRole('table', { name: 'Invitations en attente' });
    await pending.getByRole('row', { name: /nouvelle\.secretaire@exemple\.fr.*Secrétaire/ }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Inviter une autre personne' }).click();
    await page.getByLabel('Adresse e-mail').waitFor();
    expect(await page.getByLabel('Lien d’invitation').count()).toBe(0);

    await page.getByRole('button', { name: 'Annuler l’invitation de nouvelle.secretaire@exemple.fr' }).click();
    await page.getByText('Aucune invitation en attente.').waitFor();
    const links = await server()
      .handle.db.selectFrom('one_time_links')
      .select(['kind', 'role', 'used_at'])
      .where('email', '=', 'nouvelle.secretaire@exemple.fr')
      .execute();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'invitation', role: 'secretary' });
    expect(links[0]?.used_at).not.toBeNull();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('lets the owner change a role, and explains why the last titulaire cannot step down', async () => {
    const { owner, practitioner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/utilisateurs');
    const dialog = await openManage(page, practitioner.name);
    expect(await dialog.getByRole('radio', { name: 'Praticien' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page);

    await dialog.getByRole('radio', { name: 'Auditeur' }).check();
    await dialog.getByRole('button', { name: 'Enregistrer le rôle' }).click();
    await dialog.getByText(`${practitioner.name} a maintenant le rôle Auditeur.`, { exact: false }).waitFor();
    expect((await userRow(practitioner.id)).role).toBe('auditor');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('table', { name: 'Équipe du cabinet' }).getByRole('row', { name: /Praticien/ });
    await page.getByRole('row', { name: new RegExp(`${practitioner.name}.*Auditeur`) }).waitFor();
    expect(await row.count()).toBe(0);

    const mine = await openManage(page, 'Éloïse Martin');
    expect(await mine.getByRole('button', { name: 'Désactiver le compte' }).count()).toBe(0);
    expect(await mine.getByRole('button', { name: 'Réinitialiser l’accès' }).count()).toBe(0);
    await mine.getByRole('radio', { name: 'Praticien' }).check();
    await mine.getByRole('button', { name: 'Enregistrer le rôle' }).click();
    await mine.getByText(/garder au moins un titulaire actif/).waitFor();
    expect((await userRow(owner.id)).role).toBe('owner');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('lets the owner deactivate and reactivate an account after a confirmation', async () => {
    const { owner, secretary } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/utilisateurs');
    let dialog = await openManage(page, secretary.name);
    await dialog.getByRole('button', { name: 'Désactiver le compte' }).click();
    dialog = page.getByRole('dialog', { name: `Désactiver le compte de ${secretary.name} ?` });
    await dialog.getByText(/historique sont conservés/).waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Désactiver le compte' }).click();

    dialog = page.getByRole('dialog', { name: `Gérer le compte de ${secretary.name}` });
    await dialog.getByText(`Le compte de ${secretary.name} est désactivé.`, { exact: false }).waitFor();
    expect((await userRow(secretary.id)).status).toBe('deactivated');
    await page.getByRole('row', { name: new RegExp(`${secretary.name}.*Désactivé`) }).waitFor();
    const me = await page.request.get(`${server().url}/api/v1/me`, {
      headers: { authorization: `Bearer ${secretary.token}` },
    });
    expect(me.status()).toBe(401);
    await expectNoAxeViolations(page);

    await dialog.getByRole('button', { name: 'Réactiver le compte' }).click();
    dialog = page.getByRole('dialog', { name: `Réactiver le compte de ${secretary.name} ?` });
    await dialog.getByText(/pourra de nouveau se connecter/).waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Réactiver le compte' }).click();
    dialog = page.getByRole('dialog', { name: `Gérer le compte de ${secretary.name}` });
    await dialog.getByText(`Le compte de ${secretary.name} est réactivé`, { exact: false }).waitFor();
    expect((await userRow(secretary.id)).status).toBe('active');
    await page.getByRole('row', { name: new RegExp(`${secretary.name}.*Actif`) }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('lets the owner reset a person’s access and shows the one-time link once', async () => {
    const { owner, auditor } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/utilisateurs');
    const manage = await openManage(page, auditor.name);
    await manage.getByRole('button', { name: 'Réinitialiser l’accès' }).click();
    const dialog = page.getByRole('dialog', { name: `Réinitialiser l’accès de ${auditor.name}` });
    await dialog.getByText(/Son mot de passe actuel cesse immédiatement de fonctionner/).waitFor();
    await expectNoAxeViolations(page);

    await dialog.getByRole('button', { name: 'Réinitialiser l’accès' }).click();
    const link = dialog.getByLabel('Lien de réinitialisation');
    await link.waitFor();
    expect(await link.inputValue()).toMatch(/\/reinitialisation#.+/);
    await dialog.getByText(/toutes ses sessions et ses jetons d’accès sont fermés/).waitFor();
    const me = await page.request.get(`${server().url}/api/v1/me`, {
      headers: { authorization: `Bearer ${auditor.token}` },
    });
    expect(me.status()).toBe(401);
    const reset = await server()
      .handle.db.selectFrom('one_time_links')
      .select('kind')
      .where('user_id', '=', auditor.id)
      .execute();
    expect(reset.map((r) => r.kind)).toEqual(['password_reset']);
    await expectNoAxeViolations(page);

    await dialog.getByRole('button', { name: 'Terminé' }).click();
    await page.getByRole('dialog', { name: `Gérer le compte de ${auditor.name}` }).waitFor();
    expect(await page.getByLabel('Lien de réinitialisation').count()).toBe(0);
    await page.context().close();
  });

  it('shows the auditor and the practitioner the team without any action', async () => {
    const { auditor, practitioner, secretary } = await createPracticeOn(server());
    for (const reader of [auditor, practitioner]) {
      const page = await newPage(browser());
      await signInAs(page, server(), reader, '/');
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Utilisateurs' })
        .click();
      const team = page.getByRole('table', { name: 'Équipe du cabinet' });
      await team.getByText(secretary.email).waitFor();
      expect(await team.getByRole('row').count()).toBe(5);
      expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Inviter une personne' }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Invitations en attente' }).count()).toBe(0);
      await expectNoAxeViolations(page);
      await page.context().close();
    }
  });

  it('hides the page from the secretary and explains the refusal if she types its address', async () => {
    const { secretary } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), secretary, '/');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Accueil' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Utilisateurs' }).count()).toBe(0);

    await page.goto(`${server().url}/utilisateurs`);
    const alert = page.getByRole('alert').filter({ hasText: 'Page réservée' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Votre rôle ne permet pas cette action\./);
    expect(await page.getByRole('table').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
