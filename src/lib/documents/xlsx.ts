import type ExcelJS from 'exceljs';
import { isValidIsoDay, parisDay } from '../dates/calendar.ts';
import { formatDateLong, formatDateShort } from '../dates/format.ts';
import { sheetNames } from './xlsx-sheet-names.ts';

export type XlsxValue = string | number | Date | null | undefined;

export interface XlsxColumn {
  header: string;
  /** Key of the value in each row. */
  key: string;
  /** Width in characters (default 18). */
  width?: number;
  /**
   * 'date': a Date (its Paris calendar day) or a 'YYYY-MM-DD' day, shown dd/mm/yyyy as a real Excel
   * date. Default 'text' (a Date there is written "29/11/2026").
   */
  type?: 'text' | 'date' | 'number';
}

export interface XlsxSheet {
  /** Any text: it is made valid for Excel (31 characters, no []:*?/\) and distinct. */
  name: string;
  columns: XlsxColumn[];
  rows: Record<string, XlsxValue>[];
}

export interface XlsxBook {
  title: string;
  practiceName: string;
  /** The date the document speaks for: "Document du …" line and workbook creation date. */
  documentDate: Date;
  sheets: XlsxSheet[];
}

const TITLE_ROW = 1;
const HEADER_ROW = 2;
const HEADER_FILL = 'FFE8EDF2';

/**
 * Renders a workbook where each sheet starts with a line "title — practice — Document du …",
 * then a bold, frozen, filterable header row, then the rows. Printing repeats the header row and
 * puts the practice name and "Page 1 sur 3" in the footer.
 */
export async function renderXlsx(book: XlsxBook): Promise<Buffer> {
  if (book.sheets.length === 0) throw new Error('renderXlsx(): a workbook needs at least one sheet');
  if (Number.isNaN(book.documentDate.getTime())) throw new Error('renderXlsx(): documentDate is not a valid date');

  // exceljs is loaded on the first workbook (about a second: too long for every start-up).
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Hygie';
  workbook.lastModifiedBy = 'Hygie';
  workbook.created = book.documentDate;
  workbook.modified = book.documentDate;
  workbook.title = book.title;
  workbook.company = book.practiceName;

  const names = sheetNames(book.sheets.map((sheet) => sheet.name));
  book.sheets.forEach((sheet, index) => {
    addSheet(workbook, names[index]!, sheet, book);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, sheet: XlsxSheet, book: XlsxBook): void {
  const { columns } = sheet;
  if (columns.length === 0) throw new Error(`renderXlsx(): sheet "${sheet.name}" has no column`);
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: columns.length > 5 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: {
      oddHeader: `&L${escapeHeaderFooter(book.title)}&R${escapeHeaderFooter(documentLine(book))}`,
      oddFooter: `&L${escapeHeaderFooter(book.practiceName)}&RPage &P sur &N`,
    },
  });

  columns.forEach((column, index) => {
    const col = worksheet.getColumn(index + 1);
    col.width = column.width ?? 18;
    if (column.type === 'date') col.numFmt = 'dd/mm/yyyy';
  });

  const title = worksheet.getCell(TITLE_ROW, 1);
  title.value = `${book.title} — ${book.practiceName} — ${documentLine(book)}`;
  title.font = { bold: true, size: 12 };

  const header = worksheet.getRow(HEADER_ROW);
  header.values = columns.map((column) => column.header);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
  });
  worksheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: columns.length } };

  for (const row of sheet.rows) {
    worksheet.addRow(columns.map((column) => cellValue(row[column.key], column)));
  }
}

function documentLine(book: XlsxBook): string {
  return `Document du ${formatDateLong(book.documentDate)}`;
}

/** In a header or footer "&" starts a code: a literal ampersand is written "&&". */
function escapeHeaderFooter(text: string): string {
  return text.replaceAll('&', '&&');
}

function cellValue(value: XlsxValue, column: XlsxColumn): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    // Excel dates have no time zone: store midnight UTC of the Paris calendar day.
    if (column.type === 'date') return excelDay(parisDay(value));
    return formatDateShort(value);
  }
  if (column.type === 'date' && typeof value === 'string' && isValidIsoDay(value)) return excelDay(value);
  return value;
}

function excelDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
