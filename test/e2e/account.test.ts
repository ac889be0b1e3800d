import { describe, expect, it } from 'vitest';
import { WRONG_CURRENT_PASSWORD } from '../../src/features/accounts/change-password.ts';
import { totpAt } from '../../src/features/mfa/mfa.ts';
import { openTotpSecret } from '../../src/features/mfa/totp-secret.ts';
import { loadAppSecrets } from '../../src/lib/crypto/app-secrets.ts';
import {
  chromiumAvailable,
  expectNoAxeViolations,
  newPage,
  type Server,
  startTestServer,
  useBrowserSuite,
} from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';

const NEW_PASSWORD = 'marmotte-violoncelle-cerisier-brume-42';

async function apiLogin(server: Server, email: string, password: string): Promise<Response> {
  return fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

describe.skipIf(!chromiumAvailable())('Mon compte (browser)', () => {
  const { server, browser } = useBrowserSuite();

  it('shows the profile and every section, reachable from the menu', async () => {
    const { owner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/');
    await page.getByRole('link', { name: 'Mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    const profile = section(page, 'Profil');
    await profile.getByText(owner.email).waitFor();
    expect(await profile.getByText('Titulaire').isVisible()).toBe(true);
    for (const name of [
      'Mot de passe',
      'Double authentification',
      'Jetons d’accès',
      'Sessions ouvertes',
      'Sauvegarde et kit de secours',
    ]) {
      expect(await page.getByRole('heading', { level: 2, name }).count()).toBe(1);
    }
    await section(page, 'Sessions ouvertes').getByRole('table').waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('changes the password: a wrong current one is refused, the new one then signs in', async () => {
    const { practitioner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), practitioner, '/mon-compte#mot-de-passe');
    const form = section(page, 'Mot de passe');
    await form.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await form.getByText('Saisissez votre mot de passe actuel.').waitFor();

    await form.getByLabel('Mot de passe actuel').fill('ce-n-est-pas-le-bon-mot-de-passe');
    await form.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
    await form.getByLabel('Confirmation du nouveau mot de passe').fill(`${NEW_PASSWORD}x`);
    await form.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await form.getByText('Les deux mots de passe ne sont pas identiques.').waitFor();
    await expectNoAxeViolations(page);

    await form.getByLabel('Confirmation du nouveau mot de passe').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await form.getByText(WRONG_CURRENT_PASSWORD).waitFor();
    await expectNoAxeViolations(page);

    await form.getByLabel('Mot de passe actuel').fill(practitioner.password);
    await form.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await form.getByText('Mot de passe changé').waitFor();
    expect(await form.getByLabel(/^Nouveau mot de passe/).inputValue()).toBe('');
    await expectNoAxeViolations(page);

    expect((await apiLogin(server(), practitioner.email, practitioner.password)).status).toBe(401);
    expect((await apiLogin(server(), practitioner.email, NEW_PASSWORD)).status).toBe(200);
    await page.context().close();
  });

  it('enrols MFA with the manual key, shows ten recovery codes once, then regenerates them and turns MFA off', async () => {
    const { practitioner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), practitioner, '/mon-compte#double-authentification');
    const mfa = section(page, 'Double authentification');
    await mfa.getByText('Désactivée').waitFor();
    await expectNoAxeViolations(page);

    await mfa.getByRole('button', { name: 'Activer', exact: true }).click();
    await mfa.getByRole('img', { name: 'QR code à scanner avec votre application d’authentification' }).waitFor();
    const key = (await mfa.getByLabel('Clé à saisir à la main').inputValue()).replaceAll(' ', '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    await expectNoAxeViolations(page);

    await mfa.getByLabel('Code à 6 chiffres').fill('12');
    await mfa.getByRole('button', { name: 'Activer la double authentification' }).click();
    await mfa.getByText('Le code compte 6 chiffres.').waitFor();
    await mfa.getByLabel('Code à 6 chiffres').fill(totpAt(key, new Date()));
    await mfa.getByRole('button', { name: 'Activer la double authentification' }).click();
    const codes = mfa.getByRole('list', { name: 'Codes de secours' }).getByRole('listitem');
    await codes.first().waitFor();
    const first = await codes.allTextContents();
    expect(first).toHaveLength(10);
    expect(await mfa.getByRole('button', { name: 'Terminer' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);

    const download = page.waitForEvent('download');
    await mfa.getByRole('button', { name: 'Télécharger (.txt)' }).click();
    expect((await download).suggestedFilename()).toBe('hygie-codes-de-secours.txt');

    await mfa.getByLabel('J’ai mis ces codes en lieu sûr').check();
    await mfa.getByRole('button', { name: 'Terminer' }).click();
    await mfa.getByText('Il vous reste 10 codes de secours sur 10.').waitFor();
    expect(await mfa.getByText('Activée', { exact: true }).isVisible()).toBe(true);
    expect(await codes.count()).toBe(0);
    const user = await server()
      .handle.db.selectFrom('users')
      .select('mfa_secret')
      .where('id', '=', practitioner.id)
      .executeTakeFirstOrThrow();
    // Stored sealed (src/lib/crypto/app-secrets.ts), never in clear.
    expect(user.mfa_secret).not.toContain(key);
    const secrets = await loadAppSecrets(server().handle.db, undefined);
    expect(openTotpSecret(secrets, practitioner.id, user.mfa_secret ?? '')).toBe(key);
    await expectNoAxeViolations(page);

    await mfa.getByRole('button', { name: 'Générer de nouveaux codes de secours' }).click();
    await mfa.getByLabel('Votre mot de passe').fill('pas-le-bon-mot-de-passe');
    await mfa.getByRole('button', { name: 'Générer les nouveaux codes' }).click();
    await mfa.getByText('Mot de passe incorrect.').waitFor();
    await expectNoAxeViolations(page);
    await mfa.getByLabel('Votre mot de passe').fill(practitioner.password);
    await mfa.getByRole('button', { name: 'Générer les nouveaux codes' }).click();
    await codes.first().waitFor();
    const second = await codes.allTextContents();
    expect(second).toHaveLength(10);
    expect(second.filter((code) => first.includes(code))).toEqual([]);
    await mfa.getByLabel('J’ai mis ces codes en lieu sûr').check();
    await mfa.getByRole('button', { name: 'Terminer' }).click();

    await mfa.getByRole('button', { name: 'Désactiver', exact: true }).click();
    await mfa.getByLabel('Votre mot de passe').waitFor();
    await expectNoAxeViolations(page);
    await mfa.getByLabel('Votre mot de passe').fill(practitioner.password);
    await mfa.getByRole('button', { name: 'Désactiver la double authentification' }).click();
    await mfa.getByRole('button', { name: 'Activer', exact: true }).waitFor();
    expect(await mfa.getByText('Désactivée').isVisible()).toBe(true);
    const after = await server()
      .handle.db.selectFrom('users')
      .select('mfa_secret')
      .where('id', '=', practitioner.id)
      .executeTakeFirstOrThrow();
    expect(after.mfa_secret).toBeNull();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('when the practice requires MFA, says so at the top and offers no way to turn it off', async () => {
    const { practice, owner } = await createPracticeOn(server());
    await server().handle.db.updateTable('practices').set({ mfa_required: 1 }).where('id', '=', practice.id).execute();
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/mon-compte');
    await page.getByText('Votre cabinet exige la double authentification').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Sauvegarde et kit de secours' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    const mfa = section(page, 'Double authentification');
    await mfa.getByRole('button', { name: 'Activer', exact: true }).click();
    const key = (await mfa.getByLabel('Clé à saisir à la main').inputValue()).replaceAll(' ', '');
    await mfa.getByLabel('Code à 6 chiffres').fill(totpAt(key, new Date()));
    await mfa.getByRole('button', { name: 'Activer la double authentification' }).click();
    await mfa.getByLabel('J’ai mis ces codes en lieu sûr').check();
    await mfa.getByRole('button', { name: 'Terminer' }).click();
    await mfa.getByText('elle ne peut pas être désactivée').waitFor();
    expect(await mfa.getByRole('button', { name: 'Désactiver', exact: true }).count()).toBe(0);
    expect(await page.getByText('les autres pages de Hygie restent fermées').count()).toBe(0);
    await page.getByRole('heading', { name: 'Sauvegarde et kit de secours' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('creates an API token shown once, which works until it is revoked', async () => {
    const { secretary } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), secretary, '/mon-compte#jetons');
    const tokens = section(page, 'Jetons d’accès');
    await tokens.getByRole('table').waitFor();
    await tokens.getByLabel('Nom du jeton').fill('Logiciel de télétransmission');
    await tokens.getByLabel('Durée de validité (en jours)').fill('400');
    await tokens.getByRole('button', { name: 'Créer le jeton' }).click();
    await tokens.getByText('Choisissez entre 1 et 365 jours.').waitFor();
    await tokens.getByLabel('Durée de validité (en jours)').fill('30');
    await tokens.getByRole('button', { name: 'Créer le jeton' }).click();
    const shown = tokens.getByLabel('Votre nouveau jeton');
    await shown.waitFor();
    const token = await shown.inputValue();
    await expectNoAxeViolations(page);

    const me = () => fetch(`${server().url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect((await me()).status).toBe(200);
    await tokens.getByRole('button', { name: 'J’ai copié le jeton' }).click();
    expect(await shown.count()).toBe(0);
    const row = tokens.getByRole('row').filter({ hasText: 'Logiciel de télétransmission' });
    await row.getByText('Actif').waitFor();
    expect(await page.getByText(token).count()).toBe(0);

    await row.getByRole('button', { name: 'Révoquer le jeton « Logiciel de télétransmission »' }).click();
    const dialog = page.getByRole('dialog', { name: 'Révoquer ce jeton ?' });
    await dialog.waitFor();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Révoquer le jeton' }).click();
    await row.getByText(/^Révoqué le /).waitFor();
    expect((await me()).status).toBe(401);
    await dialog.waitFor({ state: 'detached' });
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('lists the open sessions and signs out everywhere', async () => {
    const { auditor } = await createPracticeOn(server());
    const other = await apiLogin(server(), auditor.email, auditor.password);
    const otherCookie = other.headers.get('set-cookie')?.split(';')[0] ?? '';
    const page = await newPage(browser());
    await signInAs(page, server(), auditor, '/mon-compte#sessions');
    const sessions = section(page, 'Sessions ouvertes');
    const rows = sessions.getByRole('row');
    await sessions.getByText('Cet appareil').waitFor();
    expect(await rows.count()).toBe(3);
    expect(await rows.filter({ hasText: 'Cet appareil' }).getByText('Chrome sur Linux').isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await sessions.getByRole('button', { name: 'Se déconnecter partout' }).click();
    await page.waitForURL(/\/connexion/);
    const left = await server()
      .handle.db.selectFrom('sessions')
      .select('id')
      .where('user_id', '=', auditor.id)
      .execute();
    expect(left).toEqual([]);
    expect((await fetch(`${server().url}/api/v1/me`, { headers: { cookie: otherCookie } })).status).toBe(401);
    await page.context().close();
  });

  it('explains, without an error tone, that an instance with several practices is not backed up from here', async () => {
    const { owner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/mon-compte#sauvegarde');
    const backup = section(page, 'Sauvegarde et kit de secours');
    // The home page's cards link to /mon-compte#sauvegarde: the page opens scrolled to it.
    await section(page, 'Sessions ouvertes').getByRole('table').waitFor();
    const heading = page.getByRole('heading', { level: 2, name: 'Sauvegarde et kit de secours' });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(page.viewportSize()?.height ?? 0);
    await backup.getByLabel(/^Phrase de passe de la sauvegarde/).fill(NEW_PASSWORD);
    await backup.getByLabel('Confirmation de la phrase de passe').fill(NEW_PASSWORD);
    await backup.getByRole('button', { name: 'Sauvegarder' }).click();
    await backup.getByText('plusieurs cabinets').waitFor();
    expect(await backup.getByRole('alert').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('lets the owner of a single-practice install download a backup and the recovery kit', async () => {
    const alone = await startTestServer();
    try {
      const { owner } = await createPracticeOn(alone);
      const page = await newPage(browser());
      await signInAs(page, alone, owner, '/mon-compte#sauvegarde');
      const backup = section(page, 'Sauvegarde et kit de secours');
      await backup.getByLabel(/^Phrase de passe de la sauvegarde/).fill('soleil');
      await backup.getByLabel('Confirmation de la phrase de passe').fill('soleil');
      await backup.getByRole('button', { name: 'Sauvegarder' }).click();
      await backup.getByText(/Phrase de passe trop faible/).waitFor();
      await expectNoAxeViolations(page);

      await backup.getByLabel(/^Phrase de passe de la sauvegarde/).fill(NEW_PASSWORD);
      await backup.getByLabel('Confirmation de la phrase de passe').fill(NEW_PASSWORD);
      const file = page.waitForEvent('download');
      await backup.getByRole('button', { name: 'Sauvegarder' }).click();
      expect((await file).suggestedFilename()).toMatch(/^hygie-sauvegarde-\d{4}-\d{2}-\d{2}\.hygie$/);
      await backup.getByText('Sauvegarde téléchargée').waitFor();
      await expectNoAxeViolations(page);

      const kit = page.waitForEvent('download');
      await backup.getByRole('button', { name: 'Télécharger le kit de secours' }).click();
      expect((await kit).suggestedFilename()).toBe('hygie-kit-de-secours.pdf');
      await backup.getByText('Kit téléchargé').waitFor();
      await expectNoAxeViolations(page);
      await page.context().close();
    } finally {
      await alone.stop();
    }
  });

  it('shows a secretary no backup section', async () => {
    const { secretary } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), secretary, '/mon-compte');
    await section(page, 'Profil').getByText('Secrétaire').waitFor();
    await section(page, 'Sessions ouvertes').getByRole('table').waitFor();
    expect(await page.getByRole('heading', { name: 'Sauvegarde et kit de secours' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Télécharger le kit de secours' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
