import { normaliseHost } from './domains.ts';

/** Top-level domains that make a bare word with a dot read as a site name (« ameli.fr »). */
const COMMON_TLDS = new Set([
  'fr',
  'com',
  'net',
  'org',
  'eu',
  'info',
  'biz',
  'io',
  'co',
  'be',
  'ch',
  'de',
  'uk',
  'es',
  'it',
  'lu',
  're',
  'me',
  'app',
  'online',
  'site',
  'xyz',
  'top',
  'shop',
  'club',
  'live',
  'icu',
  'ru',
  'cn',
  'bnpparibas',
]);

const SITE_TOKEN = /^(?:(https?):\/\/)?([^\s/?#:@]+\.[^\s/?#:@.]+)(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/**
 * The site a link's visible text shows, if it shows one (« www.ameli.fr », « https://ameli.fr/x »,
 * « ameli.fr »); null for « Cliquez ici ».
 * @example visibleHost('Accéder à ameli.fr') // "ameli.fr"
 */
export function visibleHost(text: string): string | null {
  // A site name has a dot: most link texts (« Cliquez ici ») have none.
  if (!text.includes('.')) return null;
  const tokens = text.split(/[\s«»"'()<>[\],;|]+/).slice(0, 40);
  for (const token of tokens) {
    if (!token.includes('.')) continue;
    const match = SITE_TOKEN.exec(token.replace(/[.:!?]+$/, '').slice(0, 300));
    const host = match?.[2]?.toLowerCase();
    if (!match || !host) continue;
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (match[1] || host.startsWith('www.') || COMMON_TLDS.has(tld)) return normaliseHost(host);
  }
  return null;
}

/** A web link's parts, from the WHATWG URL parser (nothing is resolved or fetched); null if not http(s). */
export function parseWebLink(href: string): URL | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The host is a raw IP address (v4, in any of the forms the URL parser normalises, or v6). */
export function isIpHost(hostname: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}
