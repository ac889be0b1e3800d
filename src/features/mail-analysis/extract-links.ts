import { decodeEntities } from './html-entities.ts';
import { htmlToText } from './html-text.ts';
import { MAX_HTML_CHARS, MAX_LINKS, MAX_URL_LENGTH } from './mail-limits.ts';

/** A link of the message: where it goes and the text a reader sees on it (empty in the text part). */
export interface MailLink {
  readonly href: string;
  readonly text: string;
}

const MAX_TAG_CHARS = 4000;
const MAX_LINK_TEXT_CHARS = 1000;

/** The attributes of the tag whose name ends at `from`, and the position of its closing `>`. */
function readAttributes(html: string, from: number): { attributes: Map<string, string>; end: number } {
  const attributes = new Map<string, string>();
  const limit = Math.min(html.length, from + MAX_TAG_CHARS);
  let at = from;
  while (at < limit) {
    const char = html[at] as string;
    if (char === '>') return { attributes, end: at };
    if (/[\s/]/.test(char)) {
      at++;
      continue;
    }
    let name = '';
    while (at < limit && !/[\s=>/]/.test(html[at] as string)) name += html[at++];
    while (at < limit && /\s/.test(html[at] as string)) at++;
    let value = '';
    if (html[at] === '=') {
      at++;
      while (at < limit && /\s/.test(html[at] as string)) at++;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        const stop = close < 0 || close > limit ? limit : close;
        value = html.slice(at + 1, stop);
        at = stop + 1;
      } else {
        while (at < limit && !/[\s>]/.test(html[at] as string)) value += html[at++];
      }
    }
    const key = name.toLowerCase();
    if (key && !attributes.has(key)) attributes.set(key, decodeEntities(value));
  }
  return { attributes, end: limit };
}

const cleanHref = (href: string) => href.replace(/[\s\p{Cc}]+/gu, '').slice(0, MAX_URL_LENGTH);

/**
 * Links of an HTML part (`<a href>` with its visible text, `<area href>`), read with a small
 * tokeniser: nothing is rendered, nothing is fetched. Linear; at most `max` links.
 * @example linksFromHtml('<a href="https://x.example">ameli.fr</a>') // [{ href: 'https://x.example', text: 'ameli.fr' }]
 */
export function linksFromHtml(input: string, max = MAX_LINKS): MailLink[] {
  const html = input.length > MAX_HTML_CHARS ? input.slice(0, MAX_HTML_CHARS) : input;
  const search = html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  const links: MailLink[] = [];
  const opening = /<(a|area)[\s/]/g;
  let closeAt = -2;
  for (let match = opening.exec(search); match && links.length < max; match = opening.exec(search)) {
    const { attributes, end } = readAttributes(html, match.index + match[0].length - 1);
    opening.lastIndex = end + 1;
    const href = attributes.get('href');
    if (!href) continue;
    let text = '';
    if (match[1] === 'a') {
      if (closeAt !== -1 && closeAt <= end) closeAt = search.indexOf('</a', end + 1);
      const stop = closeAt < 0 ? Math.min(html.length, end + 1 + MAX_LINK_TEXT_CHARS) : closeAt;
      text = htmlToText(html.slice(end + 1, Math.min(stop, end + 1 + MAX_LINK_TEXT_CHARS)));
    }
    links.push({ href: cleanHref(href), text: text.replace(/\s+/g, ' ').trim() });
  }
  return links;
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
