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
