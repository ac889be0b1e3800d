import { type FirstUse, firstUsesIn, NO_TERM_LINK_INSIDE } from './first-uses.ts';

const SETTLE_MS = 150;

/** What the page shows of one of its text nodes once its first uses are linked. */
interface Decoration {
  /** The text React wrote, whole. */
  full: string;
  /** What the node keeps: the text before the first link. */
  head: string;
  /** The links and text pieces added after the node. */
  added: Node[];
  /** Where the links are, to tell whether the next reading wants the same. */
  key: string;
}

function visible(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

function keyOf(uses: readonly FirstUse[]): string {
  return uses.map((use) => `${use.entry.id}:${use.start}:${use.end}:${use.spellOut ?? ''}`).join('|');
}

/**
 * Links the first use of each glossary word on the page to its entry (`/glossaire#<id>`), and spells
 * « RGPD » out at its first use; follows the page as its text changes. Built once for every page
 * (the layouts call it), so no page has to mark its words.
 *
 * React owns the text nodes: a decorated node keeps its place and the text before the word, and the
 * link and the rest are added after it. When React rewrites or removes the node, the additions are
 * taken away at once (before the screen is painted), then the page is read again.
 */
export function watchFirstTerms(root: HTMLElement, navigate: (to: string) => void): () => void {
  const decorations = new Map<Text, Decoration>();
  const ours = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const undo = (node: Text, decoration: Decoration) => {
    for (const added of decoration.added) added.parentNode?.removeChild(added);
    if (node.isConnected && node.data === decoration.head) node.data = decoration.full;
    decorations.delete(node);
  };

  const apply = (node: Text, full: string, uses: readonly FirstUse[]) => {
    const added: Node[] = [];
    let cursor = uses[0]?.start ?? full.length;
    const head = full.slice(0, cursor);
    for (const [index, use] of uses.entries()) {
      const link = document.createElement('a');
      link.href = `/glossaire#${use.entry.id}`;
      link.dataset.firstTerm = use.entry.id;
      link.title = 'Voir ce mot dans le lexique';
      // Underlined like a word with a note, in the colour of its sentence (readable on any background).
      link.style.color = 'inherit';
      link.style.textDecoration = 'underline dotted';
      link.style.textUnderlineOffset = '0.2em';
      link.textContent = full.slice(use.start, use.end);
      added.push(link);
      const until = uses[index + 1]?.start ?? full.length;
      const rest = (use.spellOut ?? '') + full.slice(use.end, until);
      if (rest) added.push(document.createTextNode(rest));
      cursor = until;
    }
    for (const piece of added) ours.add(piece);
    node.data = head;
    let after: Node = node;
    for (const piece of added) {
      after.parentNode?.insertBefore(piece, after.nextSibling);
      after = piece;
    }
    decorations.set(node, { full, head, added, key: keyOf(uses) });
  };

  const read = () => {
    // Additions whose node React changed or removed.
    for (const [node, decoration] of decorations) {
      if (!node.isConnected || node.data !== decoration.head || decoration.added.some((piece) => !piece.isConnected)) {
        undo(node, decoration);
      }
    }
    const met = new Set<string>();
    const wanted = new Map<Text, { full: string; uses: FirstUse[] }>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (ours.has(node)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest(NO_TERM_LINK_INSIDE) || !visible(parent)) continue;
      const full = decorations.get(node)?.full ?? node.data;
      const uses = firstUsesIn(full, met);
      if (uses.length > 0) wanted.set(node, { full, uses });
    }
    for (const [node, decoration] of decorations) {
      const want = wanted.get(node);
      if (want && keyOf(want.uses) === decoration.key) wanted.delete(node);
      else undo(node, decoration);
    }
    for (const [node, { full, uses }] of wanted) apply(node, full, uses);
  };

  const observer = new MutationObserver((records) => {
    // A node React rewrote shows its new text alone, at once.
    for (const record of records) {
      const node = record.target;
      if (node instanceof Text) {
        const decoration = decorations.get(node);
        if (decoration && node.data !== decoration.head) {
          for (const added of decoration.added) added.parentNode?.removeChild(added);
          decorations.delete(node);
        }
      }
      for (const removed of record.removedNodes) {
        const decoration = removed instanceof Text ? decorations.get(removed) : undefined;
        if (decoration) undo(removed as Text, decoration);
      }
    }
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  });
  const watch = () =>
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['open', 'hidden', 'style', 'aria-expanded', 'aria-hidden'],
    });
  // The page's own changes are not read back as news.
  const run = () => {
    observer.disconnect();
    try {
      read();
    } finally {
      observer.takeRecords();
      watch();
    }
  };
  // In the application, not a full reload.
  const follow = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[data-first-term]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(link.getAttribute('href') ?? '/glossaire');
  };
  root.addEventListener('click', follow);
  run();
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    root.removeEventListener('click', follow);
    for (const [node, decoration] of decorations) undo(node, decoration);
  };
}
