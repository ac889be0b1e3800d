import { Lexer, type Token, type Tokens } from 'marked';

/**
 * The French user guide (docs/guide-utilisateur.md) as the « Aide » page shows it: Markdown read
 * into tokens by marked's lexer (never turned into HTML), its headings given stable anchors.
 */

/** A heading's anchor: « 7. Le diagnostic et le plan d’action » → `le-diagnostic-et-le-plan-d-action`. */
export function guideAnchor(heading: string): string {
  return heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^\d+\.\s*/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The guide's text without the Markdown of a heading (`**x**`, `` `x` ``): what the anchor is made of. */
function plainText(tokens: readonly Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens.map((token) => ('tokens' in token && token.tokens ? plainText(token.tokens, '') : token.raw)).join('');
}

/** A heading's anchor, from its text without its Markdown. */
export function headingAnchor(heading: Tokens.Heading): string {
  return guideAnchor(plainText(heading.tokens, heading.text));
}

export interface GuideSection {
  anchor: string;
  title: string;
  /** 2 for a part (« ## 7. … »), 3 for a section inside it. */
  depth: number;
}

/** The guide read once: its block tokens and its sections (parts and their sections, in order). */
export function readGuide(markdown: string): { tokens: Token[]; sections: GuideSection[] } {
  const tokens = new Lexer().lex(markdown);
  const sections = tokens
    .filter((token): token is Tokens.Heading => token.type === 'heading' && token.depth >= 2)
    .map((heading) => {
      const title = plainText(heading.tokens, heading.text);
      return { anchor: guideAnchor(title), title, depth: heading.depth };
    });
  return { tokens: [...tokens], sections };
}
