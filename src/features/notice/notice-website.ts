import { type NoticeVersionDocument, stampOf } from './notice-poster.ts';
import { type Block, noticeSections } from './notice-sections.ts';
import { NOTICE_TITLE } from './notice-text.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values: no tag, no entity, no quote gets through. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] as string);
}

/**
 * Text made literal in Markdown: every character that could start emphasis, a link, code, a table
 * or raw HTML is backslash-escaped, and so is a leading list or heading marker, so a practice's text
 * never becomes markup.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/g, (char) => `\\${char}`)
    .replace(/^([-+]|\d+[.)])/, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}

function htmlBlock(block: Block, indent: string, level: number): string {
  switch (block.kind) {
    case 'paragraph':
      return `${indent}<p>${block.label ? `<strong>${escapeHtml(block.label)} :</strong> ` : ''}${escapeHtml(block.text)}</p>`;
    case 'list':
      return [
        `${indent}<ul>`,
        ...block.items.map((item) => `${indent}  <li>${escapeHtml(item)}</li>`),
        `${indent}</ul>`,
      ].join('\n');
    case 'subsection':
      return [
        `${indent}<h${level}>${escapeHtml(block.heading)}</h${level}>`,
        ...block.blocks.map((b) => htmlBlock(b, indent, level + 1)),
      ].join('\n');
  }
}

/**
 * The notice for the practice's website as an HTML page: the `<section>` can be pasted as is into
 * a site. Every text from the practice or the register is escaped.
 */
export function noticeWebsiteHtml(doc: NoticeVersionDocument): string {
  const section = [
    '<section class="information-patients" lang="fr">',
    `  <h2>${escapeHtml(NOTICE_TITLE)}</h2>`,
    `  <p><em>${escapeHtml(doc.content.controller.name)} — ${escapeHtml(stampOf(doc))}</em></p>`,
    ...noticeSections(doc.content).flatMap((s) => [
      `  <h3>${escapeHtml(s.heading)}</h3>`,
      ...s.blocks.map((block) => htmlBlock(block, '  ', 4)),
    ]),
    '</section>',
  ].join('\n');
  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(NOTICE_TITLE)} — ${escapeHtml(doc.content.controller.name)}</title>`,
    '</head>',
    '<body>',
    section,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function markdownBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `${block.label ? `**${escapeMarkdown(block.label)} :** ` : ''}${escapeMarkdown(block.text)}`;
    case 'list':
      return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
    case 'subsection':
      return [`#### ${escapeMarkdown(block.heading)}`, ...block.blocks.map(markdownBlock)].join('\n\n');
  }
}

/** The notice for the practice's website as Markdown; every text is escaped so none becomes markup. */
export function noticeWebsiteMarkdown(doc: NoticeVersionDocument): string {
  return `${[
    `## ${escapeMarkdown(NOTICE_TITLE)}`,
    `*${escapeMarkdown(doc.content.controller.name)} — ${escapeMarkdown(stampOf(doc))}*`,
    ...noticeSections(doc.content).flatMap((s) => [`### ${escapeMarkdown(s.heading)}`, ...s.blocks.map(markdownBlock)]),
  ].join('\n\n')}\n`;
}
