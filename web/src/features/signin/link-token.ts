import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Accepted } from './types.ts';

/**
 * The one-time token of an e-mailed link (`…/invitation#<token>`). It sits in the URL fragment,
 * which the browser never sends to the server, so it stays out of access logs.
 */
export function readLinkToken(hash: string = window.location.hash): string | null {
  const raw = hash.replace(/^#/, '');
  let token = raw;
  try {
    token = decodeURIComponent(raw);
  } catch {
    // A malformed escape: send it as it is, the server will call the link invalid.
  }
  token = token.trim();
  return token === '' ? null : token;
}

/**
 * Sends a one-time link's token with the form's values to `path`, and says whether the server
 * refused the link itself (used, expired, replaced) rather than a field of the form.
 */
export function useLinkAcceptance(path: string, body: (token: string | null) => Record<string, unknown>) {
  const [token] = useState(() => readLinkToken());
  const accept = useMutation({
    mutationFn: () => api<Accepted>(path, { method: 'POST', body: body(token) }),
  });
  const linkRefused = accept.error instanceof ApiError && accept.error.field === 'token';
  return { token, accept, linkRefused, showForm: Boolean(token) && !linkRefused && !accept.data };
}
