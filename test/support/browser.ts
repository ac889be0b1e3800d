import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type Running, startServer } from '../../src/server/start.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when Debian's Chromium is installed; in CI its absence fails the run instead of skipping. */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium est requis en CI (${CHROMIUM}) : apt-get install chromium`);
  process.stderr.write(
    '\n[hygie] Chromium absent : tests navigateur ignorés. Installez-le : sudo apt-get install chromium\n\n',
  );
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A running test server, as `startTestServer` returns it. */
export type Server = Running & { dataDir: string };

/** The real server on a free port, with its own encrypted database in a temporary folder. */
export async function startTestServer(env: NodeJS.ProcessEnv = {}): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-e2e-'));
  const running = await startServer(
    loadConfig({ HYGIE_DATA_DIR: dataDir, PORT: '0', HYGIE_LOG_LEVEL: 'warn', ...env }),
  );
  return {
    ...running,
    dataDir,
    async stop() {
      await running.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fails the test with the list of accessibility violations axe finds on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** A page in its own browser context (cookies isolated; required by axe). */
/** The downloaded file's name and bytes, once the browser has saved it. */
export async function downloaded(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path()) as string) };
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  return context.newPage();
}

/**
 * Registers, in the current `describe`, the hooks every browser suite needs: before its tests, a test server
 * (`env` goes to `startTestServer`) and a browser; after them, both are stopped. The getters return them once
 * the suite has started; a file's own hooks, registered after this call, run after these `beforeAll`.
 *
 * @example
 * describe.skipIf(!chromiumAvailable())('the users page', () => {
 *   const { server, browser } = useBrowserSuite();
 *
 *   it('opens', async () => {
 *     const page = await newPage(browser());
 *     await page.goto(`${server().url}/utilisateurs`);
 *   });
 * });
 */
export function useBrowserSuite(env: NodeJS.ProcessEnv = {}): { server(): Server; browser(): Browser } {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer(env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    server: () => server ?? notStarted('server'),
    browser: () => browser ?? notStarted('browser'),
  };
}

function notStarted(what: string): never {
  throw new Error(`useBrowserSuite: the ${what} is only there inside the suite's tests and hooks`);
}
