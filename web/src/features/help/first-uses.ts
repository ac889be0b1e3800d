import { GLOSSARY, type GlossaryEntry } from './glossary.ts';

/**
 * Where a glossary word first appears on a page: the pure part of the page's word links (the DOM
 * part is first-terms.ts). A page's text is read piece by piece, in reading order; each piece
 * gives the first uses of the words not met before, without overlaps.
 */
export interface FirstUse {
  entry: GlossaryEntry;
  start: number;
  end: number;
  /**
   * The words to add after the link when the page uses an acronym spelled out nowhere around it
   * (« RGPD » at first use: « RGPD (règlement général sur la protection des données) »).
   */
  spellOut?: string;
}

/**
 * Where a link to the glossary would be wrong or noisy: inside another link or a control (a link
 * cannot hold a link), titles (a word is explained in the sentence under it), code, and what is hidden from everyone or from sight.
 * The every-page browser test reads the page the same way.
 */
export const NO_TERM_LINK_INSIDE =
  'a, button, summary, label, select, option, textarea, input, h1, h2, h3, h4, h5, h6, [role="heading"], code, pre, script, style, svg, [role="button"], [role="tab"], [role="option"], [role="menuitem"], [role="link"], [role="switch"], [role="checkbox"], [role="radio"], [aria-hidden="true"], [hidden], .mantine-VisuallyHidden-root, [data-no-term-links]';

/** An acronym's full words, as the page adds them after its first use. */
export function spelledOut(text: string, start: number, end: number, words: string): string | undefined {
  const before = text.slice(0, start);
  const after = text.slice(end);
  // Already spelled out next to it: « RGPD (règlement général…) » or « règlement général… (RGPD ».
  if (new RegExp(`^\\s*[(,—–-]?\\s*${words}`, 'i').test(after)) return undefined;
  if (new RegExp(`${words}\\s*[(,—–-]?\\s*$`, 'i').test(before)) return undefined;
  // Inside brackets already (« (article 30 du RGPD) »): no second pair.
  const open = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length;
  return open > 0 ? `, ${words}` : ` (${words})`;
}

/** The first match of `pattern` in `text` at or after `from`. */
function matchFrom(pattern: RegExp, text: string, from: number): { start: number; end: number } | undefined {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`);
  sticky.lastIndex = from;
  const found = sticky.exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : undefined;
}

/**
 * The first uses, in `text`, of the glossary words whose id is not yet in `met`; adds their ids to
 * `met`. Where two words overlap (« registre RGPD » holds « RGPD »), the one that starts first, or
 * the longer, is linked; the other waits for its next use, except an acronym to spell out, which is
 * spelled out after the longer one's link.
 */
export function firstUsesIn(text: string, met: Set<string>, glossary: readonly GlossaryEntry[] = GLOSSARY): FirstUse[] {
  const queue: FirstUse[] = [];
  for (const entry of glossary) {
    if (met.has(entry.id)) continue;
    const found = matchFrom(entry.pattern, text, 0);
    if (found) queue.push({ entry, ...found });
  }
  const chosen: FirstUse[] = [];
  const byPlace = (a: FirstUse, b: FirstUse) => a.start - b.start || b.end - a.end;
  while (queue.length > 0) {
    queue.sort(byPlace);
    const next = queue.shift() as FirstUse;
    const last = chosen.at(-1);
    if (last && next.start < last.end) {
      if (next.entry.spelledOut && !last.spellOut) {
        last.spellOut = spelledOut(text, last.start, last.end, next.entry.spelledOut);
        met.add(next.entry.id);
        continue;
      }
      const again = matchFrom(next.entry.pattern, text, last.end);
      if (again) queue.push({ entry: next.entry, ...again });
      continue;
    }
    const spellOut = next.entry.spelledOut && spelledOut(text, next.start, next.end, next.entry.spelledOut);
    chosen.push(spellOut ? { ...next, spellOut } : next);
    met.add(next.entry.id);
  }
  return chosen;
}
