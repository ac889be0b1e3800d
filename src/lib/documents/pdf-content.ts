import type { ColumnWidth, Content, ContentStack, ContentTable, ContentText, ContentToc, ContentUl } from 'pdfmake';
import { formatDateShort } from '../dates/format.ts';
import { KEY_VALUES_LAYOUT, TABLE_LAYOUT } from './pdf-styles.ts';

/** A table cell: plain values are shown as text (dates as "29/11/2026", null/undefined as empty). */
export type Cell = Content | number | Date | null | undefined;

export interface HeadingOptions {
  /** 1 (default) for a section, 2 for a sub-section. */
  level?: 1 | 2;
  /** Start the section on a new page. */
  pageBreakBefore?: boolean;
  /** With `pageBreakBefore`: the orientation of the pages from this heading on. */
  pageOrientation?: 'portrait' | 'landscape';
  /** List the heading in the document's table of contents (see `tableOfContents()`). */
  toc?: boolean;
  /**
   * Make the heading a PDF bookmark; `id` names it (a destination others may nest under), `parentId`
   * nests it under the bookmark of that id.
   */
  bookmark?: { id?: string; parentId?: string };
}

/** A section heading, kept on the same page as what follows it. */
export function heading(text: string, options: HeadingOptions = {}): ContentText {
  const level = options.level ?? 1;
  const node: ContentText = { text, style: level === 1 ? 'h1' : 'h2', headlineLevel: level };
  if (options.pageBreakBefore) node.pageBreak = 'before';
  if (options.pageBreakBefore && options.pageOrientation) node.pageOrientation = options.pageOrientation;
  if (options.toc) node.tocItem = true;
  if (options.bookmark) {
    node.outline = true;
    if (options.bookmark.id) node.id = options.bookmark.id;
    if (options.bookmark.parentId) node.outlineParentId = options.bookmark.parentId;
  }
  return node;
}

/** The table of contents: every heading made with `toc: true`, with its page number; each line is a link. */
export function tableOfContents(title: string): ContentToc {
  return {
    toc: {
      title: { text: title, style: 'h1' },
      textMargin: [0, 2, 0, 2],
      numberStyle: { bold: true },
    },
  };
}

/** A paragraph of body text; pass an array to mix styles, e.g. `['Voir ', { text: 'ici', bold: true }]`. */
export function paragraph(text: string | Content[]): ContentText {
  return { text, style: 'paragraph' };
}

/** A bulleted list. */
export function bulletList(items: Content[]): ContentUl {
  return { ul: items, margin: [0, 0, 0, 8] };
}

export interface TableInput {
  headers: string[];
  rows: Cell[][];
  /** Column widths: numbers (points), '*' (share the rest), 'auto' or '30%'. Defaults to '*' everywhere. */
  widths?: ColumnWidth[];
}

/** A data table whose header row is repeated on every page it spans. */
export function table({ headers, rows, widths }: TableInput): ContentTable {
  if (headers.length === 0) throw new Error('table(): at least one column is required');
  if (widths && widths.length !== headers.length) {
    throw new Error(`table(): ${widths.length} widths for ${headers.length} columns`);
  }
  const body = rows.map((row, index) => {
    if (row.length !== headers.length) {
      throw new Error(`table(): row ${index} has ${row.length} cells, expected ${headers.length}`);
    }
    return row.map(cell);
  });
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      widths: widths ?? headers.map(() => '*'),
      body: [headers.map((text) => ({ text, style: 'tableHeader' })), ...body],
    },
    layout: TABLE_LAYOUT,
    margin: [0, 4, 0, 10],
  };
}

/** Label/value pairs laid out in two aligned columns, e.g. the identity block of a document. */
export function keyValues(pairs: [label: string, value: Cell][]): ContentTable {
  return {
    table: {
      widths: ['auto', '*'],
      body: pairs.map(([label, value]) => [{ text: label, style: 'label' }, cell(value)]),
    },
    layout: KEY_VALUES_LAYOUT,
    margin: [0, 0, 0, 10],
  };
}

/** The title block rendered at the top of the first page. */
export function titleBlock(title: string, subtitle?: string): ContentStack {
  const stack: Content[] = [{ text: title, style: 'title' }];
  if (subtitle) stack.push({ text: subtitle, style: 'subtitle' });
  else stack.push({ text: '', margin: [0, 0, 0, 8] });
  return { stack };
}

function cell(value: Cell): Content {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDateShort(value);
  if (typeof value === 'number') return String(value);
  return value;
}
