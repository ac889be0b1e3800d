import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { totpAt } from '../../src/features/mfa/mfa.ts';
import type { Server } from './browser.ts';
import { createPractice, type TestPractice, type TestUser } from './factories.ts';

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

/** The page's section whose h2 has this name. */
export function section(page: Page, name: string) {
  return page.getByRole('region', { name });
}

/** Turns MFA on for the user through the API, as the account page would. */
export async function enrolMfa(server: Server, user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
  const headers = { authorization: `Bearer ${user.token}` };
  const setup = await fetch(`${server.url}/api/v1/me/mfa/setup`, { method: 'POST', headers });
  expect(setup.status).toBe(200);
  const { secret } = (await setup.json()) as { secret: string };
  const enable = await fetch(`${server.url}/api/v1/me/mfa/enable`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ code: totpAt(secret, new Date()) }),
  });
  expect(enable.status).toBe(200);
  return { secret, ...((await enable.json()) as { recoveryCodes: string[] }) };
}
