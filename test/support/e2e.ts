import type { Page } from 'playwright-core';
import type { startTestServer } from './browser.ts';
import { createPractice, type TestPractice } from './factories.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

/** A practice with one user of each role, created directly in the running server's database. */
export function createPracticeOn(
  server: Server,
  overrides: Parameters<typeof createPractice>[1] = {},
): Promise<TestPractice> {
  return createPractice(server.handle, overrides);
}

/** Signs in through the API inside the page's browser context (it keeps the cookie), then opens `path`. */
export async function signInAs(
  page: Page,
  server: Server,
  user: { email: string; password: string },
  path = '/',
): Promise<void> {
  const res = await page.request.post(`${server.url}/api/v1/auth/login`, {
    data: { email: user.email, password: user.password },
  });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
  await page.goto(`${server.url}${path}`);
}
