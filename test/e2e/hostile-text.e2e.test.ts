import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, signInAs } from '../support/e2e.ts';
import { createUser, type TestPractice } from '../support/factories.ts';
import { XSS_PAYLOADS } from '../support/fuzz.ts';

const [SCRIPT, IMG, LINK, SVG] = XSS_PAYLOADS;

/**
 * Hostile text stored through the API in the free-text fields the pages show (names, descriptions,
 * notes, purposes…) is displayed as text: no dialog opens, no element is injected, and the text
 * reads literally. See docs/security.md « Hostile text in pages and documents ».
 */
describe.skipIf(!chromiumAvailable())('hostile text in the pages', () => {
  const { server, browser } = useBrowserSuite();

  async function api(practice: TestPractice, method: string, path: string, body: unknown): Promise<{ id: string }> {
    const res = await fetch(`${server().url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${practice.owner.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.status, `${path}: ${text}`).toBeLessThan(300);
    return JSON.parse(text) as { id: string };
  }

  /** Opens the page and checks that nothing ran or was injected, and that each payload reads as text. */
  async function expectInert(page: Page, path: string, shown: readonly string[]): Promise<void> {
    const dialogs: string[] = [];
    const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    };
    page.on('dialog', onDialog);
    await page.goto(`${server().url}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const first = shown[0];
    if (first) {
      await expect
        .poll(async () => (await page.locator('main').textContent()) ?? '', { timeout: 15_000 })
        .toContain(first);
    } else if (path === '/cabinet') {
      // A form shows the stored text as a field's value (never markup): the field must hold it whole.
      await expect
        .poll(
          async () =>
            page.getByRole('textbox').evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value)),
          { timeout: 15_000 },
        )
        .toContain(`Cabinet ${SVG}`);
    }
    const body = (await page.locator('body').textContent()) ?? '';
    for (const payload of shown) expect(body, `${path}: ${payload}`).toContain(payload);
    const injected = await page.evaluate(() => ({
      inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      images: document.querySelectorAll('img[src="x"]').length,
      svgHandlers: document.querySelectorAll('svg[onload]').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
        .length,
      scriptLinks: [...document.querySelectorAll('a[href], area[href], iframe[src], form[action]')].filter((el) =>
        /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? ''),
      ).length,
    }));
    expect(injected, path).toEqual({ inlineScripts: 0, images: 0, svgHandlers: 0, handlers: 0, scriptLinks: 0 });
    page.off('dialog', onDialog);
    expect(dialogs, path).toEqual([]);
  }

  it('stored payloads are inert on every page that shows them', async () => {
    const practice = await createPracticeOn(server(), { name: `Cabinet ${SVG}` });
    await createUser(server().handle, practice.practice, 'secretary', `Mme ${IMG}`);
    const activity = await api(practice, 'POST', '/register/activities', {
      name: SCRIPT,
      description: IMG,
      controller: { kind: 'practice' },
      purposes: [LINK],
      legalBasis: { article6: ['e'], article9: 'h', detail: SVG },
      dataSubjects: ['Patients'],
      dataCategories: [],
      sources: [],
      internalRecipients: [],
      externalRecipients: [],
      processors: [],
      transfers: [],
      securityMeasureIds: [],
      otherSecurityMeasures: null,
    });
    const breach = await api(practice, 'POST', '/breaches', {
      awareAt: new Date(Date.now() - 3_600_000).toISOString(),
      description: SCRIPT,
      consequences: IMG,
      measuresTaken: LINK,
      measuresPlanned: SVG,
    });
    const incident = await api(practice, 'POST', '/incidents', { scenario: 'ransomware', title: SCRIPT, summary: IMG });
    await api(practice, 'POST', '/contacts', { kind: 'it_provider', name: SCRIPT, notes: LINK });
    await api(practice, 'POST', '/processors', {
      name: IMG,
      service: SVG,
      contact: LINK,
      hostsHealthData: false,
      hostingInEea: true,
    });
    const request = await api(practice, 'POST', '/requests', {
      kind: 'access',
      receivedAt: new Date().toISOString().slice(0, 10),
      requester: { type: 'patient', name: SCRIPT },
    });

    const page = await newPage(browser());
    await signInAs(page, server(), practice.owner, '/');
    const pages: [string, readonly string[]][] = [
      ['/', [`Cabinet ${SVG}`]],
      ['/cabinet', []],
      ['/utilisateurs', [`Mme ${IMG}`]],
      ['/registre', [SCRIPT]],
      [`/registre/${activity.id}`, [SCRIPT, IMG, LINK]],
      // The list shows dates and states, not the description.
      ['/violations', []],
      [`/violations/${breach.id}`, [SCRIPT, IMG, LINK, SVG]],
      ['/incidents', [SCRIPT]],
      [`/incidents/${incident.id}`, [SCRIPT]],
      ['/contacts', [SCRIPT]],
      ['/sous-traitants', [IMG]],
      ['/demandes', [SCRIPT]],
      [`/demandes/${request.id}`, [SCRIPT]],
      ['/journal', []],
    ];
    for (const [path, shown] of pages) await expectInert(page, path, shown);
  }, 240_000);
});
