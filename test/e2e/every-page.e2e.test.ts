import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../web/src/app/features.ts';
import { NO_TERM_LINK_INSIDE } from '../../web/src/features/help/first-uses.ts';
import { GLOSSARY, JARGON_WITHOUT_ENTRY } from '../../web/src/features/help/glossary.ts';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, signInAs } from '../support/e2e.ts';

const WIDTHS = [1366, 390] as const;

/** Wordings found on the way that no page may show again (issue « Plain French on every screen »). */
const FAULTY = [
  'Ne s’applique pas : Ne s’applique pas',
  'remplacé par À faire',
  'Responsable : Personne',
  'dont 0 avec la double authentification',
  'Empreinte de tête',
  'À revérifier',
  'Violation de données : Violation de données',
  'Réponses obligatoires ? :',
];

/** What a page shows only in a folded « détail »: hashes and the technical names of formats and checks. */
const ON_DEMAND = /\b[0-9a-f]{16,}\b|SHA-256|Markdown|\b(?:SPF|DKIM|DMARC)\b/g;

/** Every page of the menu, as the owner sees it (the owner sees them all). */
const MENU_PATHS = registry.navFor('owner').map((entry) => entry.path);

/**
 * What makes the page scroll sideways: nothing when the page is no wider than the window, else the
 * innermost elements that stick out (tag, class, width), to name the culprit in the failure.
 */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const wide = [...document.querySelectorAll('body *')].filter((el) => {
      const box = el.getBoundingClientRect();
      if (box.right <= width + 0.5 || box.width === 0) return false;
      // Inside a region that scrolls on its own, sticking out is what it is for.
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (up.scrollWidth > up.clientWidth && getComputedStyle(up).overflowX !== 'visible') return false;
      }
      return true;
    });
    const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    return [
      `${document.documentElement.scrollWidth - width} px de trop`,
      ...innermost
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} « ${(el.textContent ?? '').slice(0, 40)} »`),
    ];
  });
}

/**
 * The glossary words whose first use on the page, as a person reads it, is neither linked to the
 * glossary nor explained, and a first « RGPD » neither spelled out nor linked to its entry. Read
 * from the page as shown, text piece by text piece, skipping where a link cannot go (the title,
 * buttons, other links, form labels: NO_TERM_LINK_INSIDE). A word inside the link of a longer one
 * (« registre RGPD ») counts as linked; « RGPD » there must then be spelled out right after.
 */
function unexplainedFirstUses(page: Page, scope: string): Promise<string[]> {
  const entries = GLOSSARY.map(({ id, pattern, spelledOut }) => ({ id, source: pattern.source, spelledOut }));
  return page.evaluate(
    ({ entries, skip, scope }) => {
      const root = document.querySelector(scope);
      if (!root) return [`${scope} absent`];
      const seen = new Set<string>();
      const faults: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent?.checkVisibility()) continue;
        const link = parent.closest('a[href^="/glossaire#"]');
        if ((link ? link.parentElement : parent)?.closest(skip)) continue;
        const text = node.textContent ?? '';
        for (const entry of entries) {
          if (seen.has(entry.id)) continue;
          const found = new RegExp(entry.source, 'u').exec(text);
          if (!found) continue;
          seen.add(entry.id);
          const own = link?.getAttribute('href') === `/glossaire#${entry.id}`;
          let after = text.slice(found.index + found[0].length);
          if (link && link.textContent === text) after = link.nextSibling?.textContent ?? '';
          const spelled = !!entry.spelledOut && new RegExp(`^\\s*[(,]\\s*${entry.spelledOut}`, 'i').test(after);
          const explained = entry.spelledOut ? own || spelled : !!link;
          if (!explained) faults.push(`« ${found[0]} » (${entry.id}) : « ${text.trim().slice(0, 60)} »`);
        }
      }
      return faults;
    },
    { entries, skip: NO_TERM_LINK_INSIDE, scope },
  );
}

/** Waits for the page's word links (they follow the page's text as it settles), then lists what is left. */
async function expectFirstUsesExplained(page: Page, scope: string): Promise<void> {
  await expect.poll(() => unexplainedFirstUses(page, scope), { timeout: 10_000, interval: 250 }).toEqual([]);
}

describe.skipIf(!chromiumAvailable())('every page, on a desktop and on a phone', () => {
  const { server, browser } = useBrowserSuite();

  it('lists the pages of every group of the menu', () => {
    expect(MENU_PATHS.length).toBeGreaterThanOrEqual(17);
    expect(registry.menuFor('owner').map((s) => s.heading ?? 'accueil')).toEqual([
      'accueil',
      'Se mettre en ordre',
      'Au quotidien',
      'En cas d’incident',
      'Administration',
    ]);
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      let page: Page;
      beforeAll(async () => {
        const { owner } = await createPracticeOn(server());
        page = await newPage(browser());
        await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
        await signInAs(page, server(), owner, '/');
      });
      afterAll(async () => {
        await page?.context().close();
      });

      it.each(MENU_PATHS)(
        '%s: no accessibility violation, nothing wider than the screen',
        async (path) => {
          await page.goto(`${server().url}${path}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle');
          expect(await sidewaysOverflow(page)).toEqual([]);
          // « Aide » beside the title opens the user guide at the page's section (the sections
          // themselves are checked against the guide by web/src/features/help/guide.test.ts).
          const help = registry.features.flatMap((f) => f.routes).find((route) => route.path === path)?.help;
          expect(
            await page.locator('#contenu').getByRole('link', { name: 'Aide', exact: true }).getAttribute('href'),
          ).toBe(`/aide#${help}`);
          // biome-ignore lint/performance/useDomNodeTextContent: what a person sees is checked, not hidden text
          const text = await page.locator('#contenu').innerText();
          expect(FAULTY.filter((faulty) => text.includes(faulty))).toEqual([]);
          // Every technical word the page shows is explained on it, with a link to the glossary
          // (« Les mots de cette page », or the glossary itself); none is left without an entry.
          // biome-ignore lint/performance/useDomNodeTextContent: what a person sees is checked, not hidden text
          const own = await page.locator('[data-page-content]').innerText();
          expect(JARGON_WITHOUT_ENTRY.flatMap((jargon) => own.match(jargon) ?? [])).toEqual([]);
          // Technical details only on demand, after a plain sentence: no hash, no « SHA-256 », no
          // « Markdown », no SPF/DKIM/DMARC on a page as it opens (the glossary explains those words).
          if (path !== '/glossaire') expect(own.match(ON_DEMAND) ?? []).toEqual([]);
          for (const entry of GLOSSARY.filter(({ pattern }) => pattern.test(own))) {
            const explained =
              path === '/glossaire'
                ? page.locator(`[id="${entry.id}"]`)
                : page.locator(`#contenu a[href="/glossaire#${entry.id}"]`);
            await explained.first().waitFor({ timeout: 10_000 });
          }
          // Each word linked where it first appears, « RGPD » spelled out there (the glossary page
          // is where the words are explained, so it links none).
          if (path !== '/glossaire') await expectFirstUsesExplained(page, '[data-page-content]');
          await expectNoAxeViolations(page);
        },
        // A long page under axe on a loaded machine (the diagnostic took over 180 s at a load of 26,
        // with the glossary check): a slow page is not a failure here.
        300_000,
      );
    });
  }

  describe('for a visitor who is not signed in', () => {
    const PUBLIC_PATHS = ['/connexion', '/mot-de-passe-oublie', '/aide', '/glossaire'];
    for (const width of WIDTHS) {
      it.each(PUBLIC_PATHS)(
        `%s at ${width} px: the guide and the glossary one click away, words explained, axe clean`,
        async (path) => {
          await createPracticeOn(server());
          const page = await newPage(browser());
          await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
          await page.goto(`${server().url}${path}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle');
          // The guide and the glossary hold no data of a practice: no sign-in asked.
          expect(new URL(page.url()).pathname).toBe(path);
          const help = page.getByRole('navigation', { name: 'Aide' });
          expect(await help.getByRole('link', { name: 'Le guide d’utilisation' }).getAttribute('href')).toBe('/aide');
          expect(await help.getByRole('link', { name: 'Le lexique' }).getAttribute('href')).toBe('/glossaire');
          expect(await sidewaysOverflow(page)).toEqual([]);
          if (path !== '/glossaire') await expectFirstUsesExplained(page, '#contenu');
          await expectNoAxeViolations(page);
          await page.context().close();
        },
        120_000,
      );
    }
  });

  it('opens the user guide at the page’s section from its « Aide » link', async () => {
    const { owner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/outils/mots-de-passe');
    await page.locator('#contenu').getByRole('link', { name: 'Aide', exact: true }).click();
    const section = page.getByRole('heading', { level: 2, name: '8. Les mots de passe' });
    await section.waitFor();
    expect(page.url()).toBe(`${server().url}/aide#les-mots-de-passe`);
    expect(await section.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('names the emergency button in words on a phone, and opens the menu by task', async () => {
    const { owner } = await createPracticeOn(server());
    const page = await newPage(browser());
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, server(), owner, '/');
    const emergency = page.getByRole('link', { name: 'Je pense être victime d’une cyberattaque' });
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked (the long label is hidden on a phone)
    expect(await emergency.innerText()).toBe('Cyberattaque ?');
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    const menu = page.getByRole('navigation', { name: 'Navigation principale' });
    await menu.getByRole('heading', { name: 'Se mettre en ordre' }).waitFor();
    await menu.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
