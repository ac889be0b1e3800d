import { domainToASCII, domainToUnicode } from 'node:url';

/**
 * Domain helpers. Server and CLI only: they use `node:url` to read internationalised (punycode)
 * names, and never resolve or contact anything.
 */

/** Public suffixes of two labels that mail practitioners receive commonly comes under. */
const TWO_LABEL_SUFFIXES = new Set([
  'gouv.fr',
  'asso.fr',
  'com.fr',
  'nom.fr',
  'tm.fr',
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'com.au',
  'co.jp',
  'com.br',
  'co.nz',
  'co.za',
]);

/**
 * The domain of an address, lower case and in ASCII (punycode) form; null when there is none.
 * @example domainOfAddress('Jean <jean@Cabinet.FR>') // null (pass the address alone)
 * @example domainOfAddress('jean@Cabinet.FR') // "cabinet.fr"
 */
export function domainOfAddress(address: string): string | null {
  // The checks of one message ask for the sender's domain several times: the last answer is kept.
  if (address === lastAddress) return lastDomain;
  const at = address.lastIndexOf('@');
  const domain = at < 0 ? null : normaliseHost(address.slice(at + 1));
  lastAddress = address;
  lastDomain = domain;
  return domain;
}

let lastAddress: string | undefined;
let lastDomain: string | null = null;

/** A host name in lower-case ASCII form without a final dot; null when it is not a valid name. */
export function normaliseHost(host: string): string | null {
  const trimmed = host
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (trimmed === '' || trimmed.length > 253) return null;
  const lower = trimmed.toLowerCase();
  // Nearly every host is already plain lower-case ASCII, which `domainToASCII` gives back as is.
  if (isPlainHost(lower)) return lower;
  const ascii = domainToASCII(lower);
  return ascii === '' ? null : ascii;
}

/**
 * Labels of ASCII letters, digits and hyphens, the last one starting with a letter (so the host
 * cannot be read as an IPv4 address), none in punycode: `domainToASCII` returns such a host
 * unchanged (`domains.test.ts` holds the two to it).
 */
const PLAIN_HOST = /^(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*$/;

export const isPlainHost = (host: string): boolean => PLAIN_HOST.test(host) && !host.includes('xn--');

/** `normaliseHost` always through `domainToASCII` (the tests hold the other to it). */
export function normaliseHostByTheBook(host: string): string | null {
  const trimmed = host
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (trimmed === '' || trimmed.length > 253) return null;
  const ascii = domainToASCII(trimmed.toLowerCase());
  return ascii === '' ? null : ascii;
}

/** The readable (Unicode) form of an ASCII domain: `xn--amli-bpa.fr` → `améli.fr`. */
export function unicodeOf(domain: string): string {
  return domainToUnicode(domain) || domain;
}

/** True when one label is punycode, i.e. the domain is written with non-Latin or accented letters. */
export function isPunycode(domain: string): boolean {
  // A label starting with « xn-- »: the first one, or one after a dot (without splitting).
  return domain.startsWith('xn--') || domain.includes('.xn--');
}

/** `domain` is `parent` or one of its subdomains. */
export function belongsTo(domain: string, parent: string): boolean {
  // Without building `.${parent}`: called for every known domain on every address and link.
  const at = domain.length - parent.length - 1;
  return domain === parent || (at > 0 && domain.charCodeAt(at) === 46 && domain.endsWith(parent));
}

/**
 * The part of a domain its owner registered (approximate, without the public suffix list):
 * the last two labels, or three under a known two-label suffix.
 * @example siteOf('news.mail.example.com') // "example.com"
 * @example siteOf('impots.gouv.fr') // "impots.gouv.fr"
 */
export function siteOf(domain: string): string {
  // Without splitting: from the last dots (called for every address and link).
  const last = domain.lastIndexOf('.');
  const second = last > 0 ? domain.lastIndexOf('.', last - 1) : -1;
  if (second < 0) return domain;
  const lastTwo = domain.slice(second + 1);
  if (!TWO_LABEL_SUFFIXES.has(lastTwo)) return lastTwo;
  const third = second > 0 ? domain.lastIndexOf('.', second - 1) : -1;
  return third < 0 ? domain : domain.slice(third + 1);
}

/** `siteOf` by splitting the labels (the tests hold the other to it). */
export function siteOfByTheBook(domain: string): string {
  const labels = domain.split('.');
  const keep = labels.length >= 3 && TWO_LABEL_SUFFIXES.has(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Two domains of the same organisation (same registered domain). */
export function sameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}
