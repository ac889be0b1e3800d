export type {
  Alignment,
  ColumnWidth,
  Content,
  ContentTable,
  ContentText,
  Margins,
  Style,
} from 'pdfmake';
export { type PdfDocument, renderPdf, streamPdf } from './pdf.ts';
export {
  bulletList,
  type Cell,
  type HeadingOptions,
  heading,
  keyValues,
  paragraph,
  type TableInput,
  table,
  tableOfContents,
} from './pdf-content.ts';
export { colors, KEY_VALUES_LAYOUT, type StyleName, styles, TABLE_LAYOUT } from './pdf-styles.ts';
export { renderXlsx, type XlsxBook, type XlsxColumn, type XlsxSheet, type XlsxValue } from './xlsx.ts';
export { sheetNames } from './xlsx-sheet-names.ts';
