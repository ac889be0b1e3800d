import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { section } from '../support/e2e.ts';

const STRONG = 'girafe-lumière-tambour-pivoine-7';
const MAX_INPUTS = 40;
const MAX_WORDS = 2_500;

/**
 * Counts every input (click, typed field, option chosen) per screen, and the words of the main
 * content of each screen the first time it is shown (not the menu or the header), checking axe there.
 */
function journey(page: Page) {
  const inputs = new Map<string, number>();
  const words = new Map<string, number>();
  let screen = '';
  const add = () => inputs.set(screen, (inputs.get(screen) ?? 0) + 1);
  return {
    async screen(name: string) {
      screen = name;
      if (words.has(name)) return;
      // The words shown, as rendered (collapsed details are not read).
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text is what the person reads
      const text = await page.locator('main').innerText();
      words.set(name, text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
      await expectNoAxeViolations(page);
    },
    async click(target: Locator) {
      add();
      await target.click();
    },
    async fill(target: Locator, value: string) {
      add();
      await target.fill(value);
    },
    total: () => ({
      inputs: [...inputs.values()].reduce((a, b) => a + b, 0),
      words: [...words.values()].reduce((a, b) => a + b, 0),
    }),
    detail: () =>
      [...new Set([...inputs.keys(), ...words.keys()])].map(
        (s) => `${s} : ${inputs.get(s) ?? 0} saisies, ${words.get(s) ?? 0} mots`,
      ),
  };
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file.suggestedFilename();
}

describe.skipIf(!chromiumAvailable())('parcours : de l’installation au plan d’action', () => {
  const { server, browser } = useBrowserSuite();

  it('takes a nurse alone from an empty data folder to her plan within 40 inputs and 2 500 words', async () => {
    const page = await newPage(browser());
    const j = journey(page);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });

    // Wizard.
    await page.goto(server().url);
    await page.getByRole('heading', { level: 2, name: 'Votre cabinet' }).waitFor();
    await j.screen('assistant : cabinet');
    await j.fill(page.getByLabel('Nom du cabinet'), 'Cabinet infirmier des Lilas');
    await j.click(page.getByRole('radio', { name: 'Exercice seul' }));
    await j.click(page.getByRole('checkbox', { name: 'Infirmier ou infirmière' }));
    await j.fill(page.getByLabel('Département du cabinet'), '93');
    await j.click(page.getByRole('checkbox', { name: 'Chez un hébergeur, dans un logiciel en ligne' }));
    await j.click(page.getByRole('button', { name: 'Continuer' }));
    await page.getByRole('heading', { name: 'Votre compte de titulaire' }).waitFor();
    await j.screen('assistant : compte');
    await j.fill(page.getByLabel('Votre nom et prénom'), 'Claire Dubois');
    await j.fill(page.getByLabel('Votre adresse e-mail'), 'claire.dubois@exemple.fr');
    await j.fill(page.getByLabel(/^Mot de passe/), STRONG);
    await j.fill(page.getByLabel('Confirmez le mot de passe'), STRONG);
    await j.click(page.getByRole('button', { name: 'Créer le cabinet' }));
    await page.getByRole('heading', { level: 2, name: 'Sécurité' }).waitFor();
    await j.screen('assistant : sécurité');
    await j.click(page.getByRole('button', { name: 'Plus tard' }));
    await j.click(page.getByRole('link', { name: 'Accéder à Hygie' }));

    // Home: the path leads to the register.
    const path = section(page, 'Ma mise en conformité');
    await path.getByRole('link', { name: 'Ouvrir le registre' }).waitFor();
    await j.screen('accueil');
    await j.click(path.getByRole('link', { name: 'Ouvrir le registre' }));
    const onboarding = section(page, 'Hygie vous propose ces activités');
    await onboarding.getByRole('button', { name: /^Créer ces \d+ activités$/ }).waitFor();
    await j.screen('registre');
    await j.click(onboarding.getByRole('radiogroup', { name: /site internet/ }).getByRole('radio', { name: 'Non' }));
    await j.click(
      onboarding.getByRole('radiogroup', { name: /vidéosurveillance/ }).getByRole('radio', { name: 'Non' }),
    );
    await j.click(onboarding.getByRole('button', { name: /^Créer ces \d+ activités$/ }));
    await section(page, 'Activités de traitement')
      .getByText(/activités, toutes complètes/)
      .waitFor();

    // Patient information: contact, poster and leaflet.
    await j.click(nav.getByRole('link', { name: 'Information des patients' }));
    await page.getByRole('heading', { level: 1, name: 'Information des patients' }).waitFor();
    await j.screen('information des patients');
    await j.fill(page.getByLabel('Adresse du cabinet'), '12 rue des Lilas, 93260 Les Lilas');
    await j.fill(page.getByLabel('Téléphone du cabinet'), '01 23 45 67 89');
    await j.click(page.getByRole('button', { name: 'Enregistrer les coordonnées' }));
    const first = page.getByRole('group', { name: 'Documents de la première version' });
    expect(await download(page, () => j.click(first.getByRole('button', { name: 'Affiche A4 (PDF)' })))).toMatch(
      /affiche/,
    );
    expect(await download(page, () => j.click(first.getByRole('button', { name: /Dépliant/ })))).toMatch(/depliant/);

    // First diagnostic: every applicable measure answered.
    await j.click(nav.getByRole('link', { name: 'Diagnostic' }));
    await page.getByRole('heading', { level: 1, name: 'Diagnostic' }).waitFor();
    const controls = page.getByRole('radiogroup', { name: /^Statut de la mesure : / });
    await controls.first().waitFor();
    await j.screen('diagnostic');
    const count = await controls.count();
    for (let i = 0; i < count; i++) {
      const control = controls.nth(i);
      if (await control.getByRole('radio', { name: 'Fait', exact: true }).isDisabled()) continue;
      await j.click(control.getByText('Fait', { exact: true }));
      await expect.poll(() => control.getByRole('radio', { name: 'Fait', exact: true }).isChecked()).toBe(true);
    }

    // Plan opened.
    await j.click(nav.getByRole('link', { name: 'Plan d’action' }));
    await page.getByRole('heading', { level: 1, name: 'Plan d’action' }).waitFor();
    await j.screen('plan d’action');

    const { inputs, words } = j.total();
    process.stdout.write(
      `\nparcours infirmière : ${inputs} saisies, ${words} mots\n${j
        .detail()
        .map((l) => `  ${l}`)
        .join('\n')}\n`,
    );
    expect(inputs).toBeLessThanOrEqual(MAX_INPUTS);
    expect(words).toBeLessThanOrEqual(MAX_WORDS);
  }, 900_000);
});
