import { bulletList, type Content, heading, paragraph, renderPdf } from '../../lib/documents/index.ts';
import { type NoticeVersionDocument, stampOf } from './notice-poster.ts';
import { type Block, noticeSections } from './notice-sections.ts';
import { NOTICE_TITLE } from './notice-text.ts';

function blockContent(block: Block): Content[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(block.label ? [{ text: `${block.label} : `, bold: true }, block.text] : block.text)];
    case 'list':
      return [bulletList(block.items)];
    case 'subsection':
      return [heading(block.heading, { level: 2 }), ...block.blocks.flatMap(blockContent)];
  }
}

/**
 * The A5 leaflet to hand out at the desk: the full notice, every activity of the register with its
 * purposes, legal basis, recipients and retention, and the rights with their limits.
 */
export async function noticeLeafletPdf(doc: NoticeVersionDocument): Promise<Buffer> {
  return renderPdf({
    title: NOTICE_TITLE,
    subtitle: stampOf(doc),
    practiceName: doc.content.controller.name,
    documentDate: doc.createdAt,
    pageSize: 'A5',
    content: noticePdfContent(doc),
  });
}

/** The full notice as patients read it, section by section; also a part of the compliance file. */
export function noticePdfContent(doc: NoticeVersionDocument): Content[] {
  return noticeSections(doc.content).flatMap((section) => [
    heading(section.heading),
    ...section.blocks.flatMap(blockContent),
  ]);
}
