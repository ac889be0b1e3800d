import { Parser } from 'htmlparser2';
import { MAX_HTML_CHARS, MAX_LINKS, MAX_URL_LENGTH } from './mail-limits.ts';

/** A link of the message: where it goes and the text a reader sees on it (empty in the text part). */
export interface MailLink {
  readonly href: string;
  readonly text: string;
}

/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template']);

/** Elements inside a word (`pass<span>word</span>` reads "password"): no space in their place. */
const INLINE = new Set(['a', 'b', 'i', 'u', 'em', 'strong', 'span', 'font', 'small', 'sub', 'sup', 'mark', 'abbr']);

const MAX_LINK_TEXT_CHARS = 1000;

/** A link's address without spaces or control characters, cut to `MAX_URL_LENGTH`. */
export const cleanHref = (href: string) => href.replace(/[\s\p{Cc}]+/gu, '').slice(0, MAX_URL_LENGTH);
const cleanText = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the analyser reads of an HTML part: its text as a reader sees it, and its links. */
export interface HtmlReading {
  readonly text: string;
  readonly links: MailLink[];
}

/**
 * Reads an HTML part with htmlparser2 (a streaming tokeniser: nothing is rendered, no DOM is
 * built, nothing is fetched): the text a reader sees (scripts, styles, comments and the head
 * dropped, every HTML character reference decoded) and the links (`<a href>` with their visible
 * text, `<area href>`), at most `maxLinks`. Linear in the input, which is cut to `MAX_HTML_CHARS`.
 * @example readHtml('<a href="https://x.example">ameli&#46;fr</a>').links // [{ href: 'https://x.example', text: 'ameli.fr' }]
 */
export function readHtml(input: string, maxLinks = MAX_LINKS): HtmlReading {
  // No HTML part (a text-only message): the parser would call back nothing.
  if (input === '') return { text: '', links: [] };
  const html = input.length > MAX_HTML_CHARS ? input.slice(0, MAX_HTML_CHARS) : input;
  const parts: string[] = [];
  const links: MailLink[] = [];
  let skipped = 0;
  let open: { href: string; text: string } | null = null;
  const closeLink = () => {
    if (open && links.length < maxLinks) links.push({ href: cleanHref(open.href), text: cleanText(open.text) });
    open = null;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipped++;
        if (!INLINE.has(name)) parts.push(' ');
        if (name === 'a') {
          closeLink();
          if (attributes.href) open = { href: attributes.href, text: '' };
        } else if (name === 'area' && attributes.href && links.length < maxLinks) {
          links.push({ href: cleanHref(attributes.href), text: '' });
        }
      },
      onclosetag(name) {
        if (SKIPPED.has(name) && skipped > 0) skipped--;
        if (!INLINE.has(name)) parts.push(' ');
        if (name === 'a') closeLink();
      },
      ontext(text) {
        if (skipped > 0) return;
        parts.push(text);
        if (open && open.text.length < MAX_LINK_TEXT_CHARS)
          open.text = (open.text + text).slice(0, MAX_LINK_TEXT_CHARS);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  closeLink();
  return { text: parts.join(''), links };
}

/**
 * The text of an HTML part, as a reader would see it (see `readHtml`).
 * @example htmlToText('<p>Bonjour&nbsp;<b>Dr</b></p><script>x()</script>') // " Bonjour\u00a0Dr  "
 */
export function htmlToText(html: string): string {
  return readHtml(html, 0).text;
}
