import type { FastifyInstance, InjectOptions } from 'fastify';
import { bearer } from '../../../test/support/factories.ts';
import type { Db } from '../../db/connect.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { createLink, type LinkKind } from './links.repository.ts';

/** A caller: a factory user (sent as its bearer token), a signed-in session (cookie + CSRF), or nobody. */
export type Caller = { token: string } | { headers: Record<string, string> } | null;

/** Calls /api/v1 as the given caller. */
export function call(
  app: FastifyInstance,
  method: InjectOptions['method'],
  url: string,
  as: Caller,
  payload?: unknown,
) {
  const headers = as === null ? {} : 'token' in as ? bearer(as) : as.headers;
  return app.inject({
    method,
    url: `/api/v1${url}`,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** The practice's journal entries of one action, newest first. */
export function journalOf(db: Db, practiceId: string, action: string) {
  return listJournal(db, practiceId, { action });
}

/** The body every refused role gets. */
export const FORBIDDEN = { code: 'forbidden', message: 'Votre rôle ne permet pas cette action.' };

/** The body of a change made with the session cookie but without the CSRF header. */
export const CSRF_REFUSED = {
  code: 'forbidden',
  message: 'Jeton anti-falsification absent ou invalide : rechargez la page puis recommencez.',
};

/** The token of a one-time link URL (after the #). */
export const tokenOf = (url: string) => url.slice(url.indexOf('#') + 1);

/** A strong password unrelated to any factory name (not the factories' PASSWORD). */
export const NEW_PASSWORD = 'cerf-volant-orage-mandarine-42';

let counter = 0;
/** An e-mail address no account uses yet. */
export const freshEmail = () => `recrue-${Date.now()}-${++counter}@exemple.fr`;

/** The token of a link made 100 hours ago: past both lifetimes (72 h and 24 h). */
export async function expiredLink(db: Db, practiceId: string, kind: LinkKind, userId?: string): Promise<string> {
  const { token } = await createLink(
    db,
    { practiceId, kind, email: freshEmail(), role: 'auditor', ...(userId ? { userId } : {}) },
    new Date(Date.now() - 100 * 3_600_000),
  );
  return token;
}

/** The refusal of `azertyuiop1234`, which names both weak pieces it holds (issue 18). */
export const AZERTY_REFUSAL =
  'Ce mot de passe est trop facile à deviner : « azertyuiop » est une suite de touches voisines du clavier et « 1234 » est un mot de passe très courant. Ajoutez des mots sans rapport entre eux, par exemple une phrase de passe de 4 ou 5 mots.';
