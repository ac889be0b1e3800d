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
  // One pass: the last `Received` line, and the top-most of each header above it.
  let lastReceived = -1;
  for (let index = 0; index < headers.length; index++) if (headers[index]?.key === 'received') lastReceived = index;
  const end = lastReceived < 0 ? headers.length : lastReceived;
  let spf: RawHeader | undefined;
  for (let index = 0; index < end; index++) {
    const header = headers[index] as RawHeader;
    if (header.key === 'authentication-results') return [header.value];
    if (header.key === 'received-spf') spf ??= header;
  }
  return spf ? [`spf=${spf.value}`] : [];
}
