import { expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { signIn } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { loadAppSecrets } from '../../lib/crypto/app-secrets.ts';
import { newTotpSecret, totpAt } from './mfa.ts';
import { openTotpSecret, sealClearTotpSecrets } from './totp-secret.ts';

describeEachDialect('TOTP secrets are sealed in the database', (db) => {
  const clock = fixedClock('2026-12-07T10:00:00Z');
  const t = routeFixture(db, { clock });
  const stored = async (id: string) =>
    db()
      .db.selectFrom('users')
      .select(['mfa_secret', 'mfa_pending_secret'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('stores the enrolment secret sealed, and the sign-in code still works', async () => {
    const app = t.app();
    const p = t.practice();
    const { headers } = await signIn(app, p.owner);
    const setup = await app.inject({ method: 'POST', url: '/api/v1/me/mfa/setup', headers });
    expect(setup.statusCode).toBe(200);
    const { secret } = setup.json();
    const pending = (await stored(p.owner.id)).mfa_pending_secret ?? '';
    expect(pending.startsWith('sb1:')).toBe(true);
    expect(pending).not.toContain(secret);
    const enable = await app.inject({
      method: 'POST',
      url: '/api/v1/me/mfa/enable',
      headers,
      payload: { code: totpAt(secret, clock.now()) },
    });
    expect(enable.statusCode).toBe(200);
    const active = (await stored(p.owner.id)).mfa_secret ?? '';
    expect(active.startsWith('sb1:')).toBe(true);
    expect(active).not.toContain(secret);
    expect(openTotpSecret(app.deps.secrets, p.owner.id, active)).toBe(secret);
  });

  it('seals a secret stored in clear by an older version, once, and only that one', async () => {
    const p = t.practice();
    const user = p.practitioner;
    const clear = newTotpSecret();
    await db().db.updateTable('users').set({ mfa_secret: clear }).where('id', '=', user.id).execute();
    const secrets = await loadAppSecrets(db().db, undefined);
    expect(await sealClearTotpSecrets(db().db, secrets)).toBe(1);
    expect(await sealClearTotpSecrets(db().db, secrets)).toBe(0);
    const value = (await stored(user.id)).mfa_secret ?? '';
    expect(value).not.toContain(clear);
    expect(openTotpSecret(secrets, user.id, value)).toBe(clear);
    // Sealed for its user: the same value on another account does not open.
    expect(() => openTotpSecret(secrets, p.owner.id, value)).toThrow();
  });
});
