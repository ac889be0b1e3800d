import type { DbHandle } from '../../db/connect.ts';
import { loadAppSecrets } from '../../lib/crypto/app-secrets.ts';
import { activateMfa } from './mfa.repository.ts';
import { newRecoveryCodes, newTotpSecret, TOTP_PERIOD_SECONDS, timeStep, totpAt } from './mfa.ts';
import { sealTotpSecret } from './totp-secret.ts';

/** Gives a user a second factor straight in the database; its codes of `now` count as already used. */
export async function enrolDirectly(handle: DbHandle, user: { id: string; practiceId: string }, now: Date) {
  const secret = newTotpSecret();
  const recoveryCodes = newRecoveryCodes();
  const sealed = sealTotpSecret(await loadAppSecrets(handle.db, undefined), user.id, secret);
  await activateMfa(handle.db, user.practiceId, user.id, sealed, timeStep(now), recoveryCodes, now);
  return { secret, recoveryCodes };
}

/** A 6-digit code that is surely wrong at `now`: none of the three codes accepted with clock drift. */
export function wrongCode(secret: string, now: Date): string {
  const period = TOTP_PERIOD_SECONDS * 1000;
  const valid = [-1, 0, 1].map((drift) => totpAt(secret, new Date(now.getTime() + drift * period)));
  const candidate = ['000000', '111111', '222222', '333333'].find((code) => !valid.includes(code));
  if (!candidate) throw new Error('unreachable: three valid codes cannot cover four candidates');
  return candidate;
}
