import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHECK_MESSAGES } from '../../src/features/password-tools/check-messages.ts';
import { PASSPHRASE_WORDS } from '../../src/features/password-tools/passphrase.ts';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';

/** Every request the page makes from now on: method, URL, headers and body, as one text to search. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    seen.push(
      [request.method(), request.url(), JSON.stringify(request.headers()), request.postData() ?? ''].join('\n'),
    );
  });
  return seen;
}

/** The forms a typed text could take in a request: as is, URL-encoded, JSON-escaped. */
const encodings = (text: string) => [text, encodeURIComponent(text), JSON.stringify(text).slice(1, -1)];

describe.skipIf(!chromiumAvailable())('Mots de passe (browser)', () => {
  const { server, browser } = useBrowserSuite();

  it('rates passwords in the browser, generates a passphrase, and never sends nor stores what is typed', async () => {
    const { secretary } = await createPracticeOn(server(), { name: 'Cabinet des Tilleuls' });
    const page = await newPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server().url });
    await signInAs(page, server(), secretary, '/');
    await page.getByRole('link', { name: 'Mots de passe', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mots de passe' }).waitFor();
    // The practice's words are loaded before anything is typed.
    await page.getByText(/^Hygie vérifie aussi que le mot de passe ne contient ni le nom du cabinet/).waitFor();
    await page.getByText('Saisissez un mot de passe : le résultat s’affiche ici pendant la frappe.').waitFor();
    await expectNoAxeViolations(page);

    const requests = recordRequests(page);
    const typed: string[] = [];
    const checker = section(page, 'Vérifier un mot de passe');
    const result = section(page, 'Résultat');
    const password = checker.getByLabel('Mot de passe à vérifier', { exact: true });
    async function rate(text: string, verdict: string) {
      typed.push(text);
      await password.fill(text);
      await result.getByText(verdict, { exact: true }).waitFor();
    }

    // The practice's name (from the API), a city and a birth date (typed in): each rated weak, with the reason.
    await rate('Tilleuls2024!x', 'Solidité : Faible (1 sur 4)');
    // What was found is named (issue 18): the word itself, from the practice's name.
    await result.getByText(CHECK_MESSAGES.forbiddenWords(['Tilleuls'])).waitFor();
    await result.getByText(/^Hors ligne : (\d+ \S+|moins d’une seconde|plusieurs siècles)$/).waitFor();
    await result.getByText(/^En ligne : (\d+ \S+|moins d’une seconde|plusieurs siècles)$/).waitFor();
    await result.getByText(/10\u202f000 essais par seconde/).waitFor();
    await expectNoAxeViolations(page);

    await checker.getByLabel('Autres mots à éviter').fill('Rueil-Malmaison');
    await rate('Malmaison-orage-vertical', 'Solidité : Faible (1 sur 4)');
    await result.getByText(CHECK_MESSAGES.forbiddenWords(['Malmaison'])).waitFor();

    await checker.getByLabel('Dates de naissance à éviter').fill('12/03/1984');
    await rate('Pivoine-tambour-girafe-120384', 'Solidité : Faible (1 sur 4)');
    await result.getByText(CHECK_MESSAGES.forbiddenDates(['120384'])).waitFor();

    await rate('azertyuiop123', 'Solidité : Faible (1 sur 4)');
    await result.getByText('Les touches qui se suivent sur le clavier sont faciles à deviner.').waitFor();

    // A long passphrase: strong, nothing to warn about.
    await rate('Orage vertical sur la théière bleue', 'Solidité : Très solide (4 sur 4)');
    expect(await result.getByText(/^Pourquoi/).count()).toBe(0);
    await expectNoAxeViolations(page);

    // The generator: 7 words from the list by default (the CNIL's example), its entropy, a copy to the clipboard.
    const generator = section(page, 'Générer une phrase de passe');
    await generator.getByRole('button', { name: 'Générer' }).click();
    const passphrase = (await generator.getByTestId('passphrase').textContent()) ?? '';
    typed.push(passphrase);
    const words = passphrase.split('-');
    expect(words).toHaveLength(7);
    for (const word of words) expect(PASSPHRASE_WORDS).toContain(word);
    await generator.getByText('Entropie : 77 bits').waitFor();
    await generator.getByRole('button', { name: 'Copier' }).click();
    await generator.getByRole('button', { name: 'Copiée' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(passphrase);

    await generator.getByLabel('Nombre de mots').selectOption('4');
    await generator.getByLabel('Séparateur').selectOption(' ');
    await generator.getByRole('checkbox', { name: 'Ajouter un chiffre' }).check();
    await generator.getByRole('button', { name: 'Générer' }).click();
    await generator.getByText('Entropie : 49,3 bits').waitFor();
    const second = (await generator.getByTestId('passphrase').textContent()) ?? '';
    typed.push(second);
    expect(second.split(' ')).toHaveLength(4);
    expect(second).toMatch(/\d/);

    // The generated passphrase, checked in turn.
    await rate(passphrase, 'Solidité : Très solide (4 sur 4)');

    // The advice for each use.
    const guidance = section(page, 'Conseils pour chaque usage');
    for (const use of [
      'Logiciel métier',
      'Messagerie',
      'Ameli Pro',
      'Wi-Fi du cabinet',
      'Coffre-fort de mots de passe',
    ]) {
      await guidance.getByRole('button', { name: use }).waitFor();
    }
    await guidance.getByRole('button', { name: 'Ameli Pro' }).click();
    await guidance.getByText(/appelez l’assistance Ameli Pro au 3608/).waitFor();
    await expectNoAxeViolations(page);

    // Nothing typed or generated left the page, nor stayed in the browser's storage. (The recorder
    // works: a request made now by the page is in the list.)
    await page.evaluate(() => fetch('/api/v1/tools/password-context?sonde=1'));
    expect(requests.some((request) => request.includes('/api/v1/tools/password-context?sonde=1'))).toBe(true);
    expect(typed.length).toBeGreaterThanOrEqual(7);
    for (const request of requests) {
      for (const secret of typed) {
        for (const form of encodings(secret)) expect(request).not.toContain(form);
      }
    }
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie);
    for (const secret of typed) expect(storage).not.toContain(secret);
    await page.context().close();
  });

  it('is in every role’s menu', async () => {
    const practice = await createPracticeOn(server());
    for (const role of ['owner', 'practitioner', 'auditor'] as const) {
      const page = await newPage(browser());
      await signInAs(page, server(), practice[role], '/outils/mots-de-passe');
      await page.getByRole('heading', { level: 1, name: 'Mots de passe' }).waitFor();
      expect(await page.getByRole('link', { name: 'Mots de passe', exact: true }).count()).toBe(1);
      await page.context().close();
    }
  });
});
