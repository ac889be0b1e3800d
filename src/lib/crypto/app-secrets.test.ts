import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/db.ts';
import { ensureInstanceInfo } from '../../server/instance.repository.ts';
import { isSealedText, keyringBox, loadAppSecrets } from './app-secrets.ts';
import { secretBox } from './secret-box.ts';

describeEachDialect('the instance secrets (app-secrets)', (db) => {
  it('keeps one key in the database, the same on every load (two instances, a restart)', async () => {
    await ensureInstanceInfo(db().db, new Date());
    const [first, second] = await Promise.all([loadAppSecrets(db().db, undefined), loadAppSecrets(db().db, undefined)]);
    expect(first.source).toBe('database');
    const sealed = first.sealText('JBSWY3DPEHPK3PXP', 'totp:u1');
    expect(isSealedText(sealed)).toBe(true);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(second.openText(sealed, 'totp:u1')).toBe('JBSWY3DPEHPK3PXP');
    expect((await loadAppSecrets(db().db, undefined)).openText(sealed, 'totp:u1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('seals with HYGIE_SECRET_KEY once given, and still opens what the database key sealed', async () => {
    const before = await loadAppSecrets(db().db, undefined);
    const old = before.sealText('ancien secret', 'smtp:p1');
    const envKey = randomBytes(32);
    const after = await loadAppSecrets(db().db, envKey);
    expect(after.source).toBe('env');
    expect(after.openText(old, 'smtp:p1')).toBe('ancien secret');
    const fresh = after.sealText('nouveau secret', 'smtp:p1');
    // Sealed with the outside key: the database key alone no longer opens it.
    expect(() => before.openText(fresh, 'smtp:p1')).toThrow();
    expect(after.openText(fresh, 'smtp:p1')).toBe('nouveau secret');
  });

  it('refuses a value sealed for another context, and passes a value stored before sealing as it is', async () => {
    const secrets = await loadAppSecrets(db().db, undefined);
    expect(() => secrets.openText(secrets.sealText('x', 'totp:u1'), 'totp:u2')).toThrow();
    expect(secrets.openText('JBSWY3DPEHPK3PXP', 'totp:u1')).toBe('JBSWY3DPEHPK3PXP');
  });
});

it('keyringBox seals with its first key only and opens with any', () => {
  const [a, b] = [randomBytes(32), randomBytes(32)];
  const ring = keyringBox(a, [b]);
  const byB = secretBox(b).seal(Buffer.from('v'), 'c');
  expect(ring.open(byB, 'c').toString()).toBe('v');
  expect(
    secretBox(a)
      .open(ring.seal(Buffer.from('w'), 'c'), 'c')
      .toString(),
  ).toBe('w');
  expect(() => ring.open(secretBox(randomBytes(32)).seal(Buffer.from('v'), 'c'), 'c')).toThrow();
});
