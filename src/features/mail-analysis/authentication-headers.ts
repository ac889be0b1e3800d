/** A header as postal-mime gives it: lower-case key, in the order of the message (top first). */
export interface RawHeader {
  readonly key: string;
  readonly value: string;
}

/**
 * The authentication results Hygie trusts: the **top-most** `Authentication-Results` header, added
 * last, by the server that received the message for the practice. Copies lower down were added on
 * the way or written by the sender, and a header below every `Received` line was in the message
 * before it travelled (the sender wrote it): they are ignored. `Received-SPF` is read the same way,
 * only when the message has no trusted `Authentication-Results`. A message without `Received`
 * lines (pasted by hand) cannot show where the sender's part starts: its top-most header is taken.
 * @example trustedAuthenticationResults([{ key: 'authentication-results', value: 'mx; spf=pass' }, { key: 'received', value: '…' }, { key: 'authentication-results', value: 'mx; spf=fail' }]) // ['mx; spf=pass']
 */
export function trustedAuthenticationResults(headers: readonly RawHeader[]): string[] {
  let lastReceived = -1;
  headers.forEach((header, index) => {
    if (header.key === 'received') lastReceived = index;
  });
  const topMost = (key: string) =>
    headers.find((header, index) => header.key === key && (lastReceived < 0 || index < lastReceived));
  const results = topMost('authentication-results');
  if (results) return [results.value];
  const spf = topMost('received-spf');
  return spf ? [`spf=${spf.value}`] : [];
}
