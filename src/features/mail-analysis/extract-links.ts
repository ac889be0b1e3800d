import { cleanHref, type MailLink, readHtml } from './html-text.ts';
import { MAX_LINKS } from './mail-limits.ts';

/**
 * Links of an HTML part (`<a href>` with its visible text, `<area href>`), read by `readHtml`:
 * nothing is rendered, nothing is fetched. At most `max` links.
 * @example linksFromHtml('<a href="https://x.example">ameli.fr</a>') // [{ href: 'https://x.example', text: 'ameli.fr' }]
 */
export function linksFromHtml(html: string, max = MAX_LINKS): MailLink[] {
  return readHtml(html, max).links;
}

/**
 * Addresses written in a text part (`https://…`, `http://…`, `www.…`); their visible text is the
 * address itself, so only where they go is judged. At most `max` links.
 */
export function linksFromText(text: string, max = MAX_LINKS): MailLink[] {
  const links: MailLink[] = [];
  const pattern = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^\][]{1,2048}/gi;
  for (let match = pattern.exec(text); match && links.length < max; match = pattern.exec(text)) {
    const raw = match[0].replace(/[.,;:!?)»]+$/, '');
    links.push({ href: cleanHref(/^www\./i.test(raw) ? `http://${raw}` : raw), text: '' });
  }
  return links;
}
