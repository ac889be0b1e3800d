import { decodeEntities } from './html-entities.ts';
import { MAX_HTML_CHARS } from './mail-limits.ts';

/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template']);

/** Elements inside a word (`pass<span>word</span>` reads "password"): no space in their place. */
const INLINE = new Set(['a', 'b', 'i', 'u', 'em', 'strong', 'span', 'font', 'small', 'sub', 'sup', 'mark', 'abbr']);

function skipElement(html: string, search: string, start: number, name: string): number {
  const close = search.indexOf(`</${name}`, start);
  if (close < 0) return html.length;
  const end = html.indexOf('>', close);
  return end < 0 ? html.length : end + 1;
}

/**
 * The text of an HTML part, as a reader would see it, without rendering anything: tags removed,
 * scripts, styles and comments dropped, character references decoded. Linear in the input, which
 * is cut to `MAX_HTML_CHARS`.
 * @example htmlToText('<p>Bonjour&nbsp;<b>Dr</b></p><script>x()</script>') // " Bonjour Dr  "
 */
export function htmlToText(input: string): string {
  const html = input.length > MAX_HTML_CHARS ? input.slice(0, MAX_HTML_CHARS) : input;
  // ASCII lower case only, so that positions in `search` are positions in `html`.
  const search = html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  const parts: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      parts.push(html.slice(at));
      break;
    }
    parts.push(html.slice(at, open));
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close < 0) break;
    const name = /^<\s*\/?\s*([a-z][a-z0-9]*)/.exec(search.slice(open, Math.min(close + 1, open + 40)))?.[1] ?? '';
    if (!INLINE.has(name)) parts.push(' ');
    const opening = search[open + 1] !== '/';
    at = opening && SKIPPED.has(name) ? skipElement(html, search, close + 1, name) : close + 1;
  }
  return decodeEntities(parts.join(''));
}
