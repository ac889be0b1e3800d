import type { AppSecrets } from '../../lib/crypto/app-secrets.ts';

/** What an unsubscribe link stops: one kind of e-mail, for one member. */
export type Unsubscribe = { userId: string; practiceId: string; what: 'digest' | 'alerts' | 'anchor' };

const CONTEXT = 'reminders-unsubscribe';

/** A signed (sealed) token for the link: it cannot be forged, nor used for anything but this. */
export function unsubscribeToken(secrets: AppSecrets, target: Unsubscribe): string {
  const plain = JSON.stringify({ u: target.userId, p: target.practiceId, w: target.what });
  return secrets.box.seal(Buffer.from(plain, 'utf8'), CONTEXT).toString('base64url');
}

/** The link's target, or null when the token was altered, forged or sealed for another use. */
export function readUnsubscribeToken(secrets: AppSecrets, token: string): Unsubscribe | null {
  try {
    const parsed = JSON.parse(secrets.box.open(Buffer.from(token, 'base64url'), CONTEXT).toString('utf8')) as {
      u?: unknown;
      p?: unknown;
      w?: unknown;
    };
    if (typeof parsed.u !== 'string' || typeof parsed.p !== 'string') return null;
    if (parsed.w !== 'digest' && parsed.w !== 'alerts' && parsed.w !== 'anchor') return null;
    return { userId: parsed.u, practiceId: parsed.p, what: parsed.w };
  } catch {
    return null;
  }
}

export const unsubscribeUrl = (base: string, token: string) => `${base}/desabonnement#${token}`;
