import { expect } from 'vitest';

/** Signs in over HTTP (a served instance, not app.inject): the session cookie and CSRF header to send. */
export async function signIn(url: string, user: { email: string; password: string }) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => /hygie_session=./.test(pair));
  const body = (await res.json()) as { me: { csrfToken: string } };
  return { cookie: cookie as string, 'x-csrf-token': body.me.csrfToken };
}
