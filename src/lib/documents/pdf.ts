import type { Readable } from 'node:stream';
import type { Content, DocumentDefinition, DynamicContent } from 'pdfmake';
import { formatDateLong } from '../dates/format.ts';
import { titleBlock } from './pdf-content.ts';
import { prepareContent } from './pdf-safety.ts';
import { colors, defaultStyle, styles, tableLayouts } from './pdf-styles.ts';

export interface PdfDocument {
  /** Shown at the top of the first page, in every page header and in the PDF metadata. */
  title: string;
  /** Shown under the title on the first page. */
  subtitle?: string;
  practiceName: string;
  /** The date the document speaks for: footer "Document du …" and PDF creation date. */
  documentDate: Date;
  content: Content[];
  pageSize?: 'A4' | 'A5';
  orientation?: 'portrait' | 'landscape';
  /** A poster: no page header, no title block, no page numbers — the content is the whole page. */
  poster?: boolean;
}

const MARGIN_X = 40;
const PAGE_MARGINS: [number, number, number, number] = [MARGIN_X, 62, MARGIN_X, 50];
const POSTER_MARGINS: [number, number, number, number] = [32, 32, 32, 28];

/**
 * Renders a PDF with the practice name and title in the header of every page, and
 * "Document du 29 novembre 2026" and "Page 2 sur 5" in the footer. The output is deterministic
 * for a given input (the metadata dates come from `documentDate`).
 */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  const definition = pdfDefinition(doc);
  const pdfmake = await configuredPdfmake();
  return pdfmake.createPdf(definition).getBuffer();
}

/**
 * Like `renderPdf`, but hands the PDF over as a stream, to be piped into a response or an archive
 * without first joining its chunks into one buffer.
 */
export async function streamPdf(doc: PdfDocument): Promise<Readable> {
  const definition = pdfDefinition(doc);
  const pdfmake = await configuredPdfmake();
  const stream = await pdfmake.createPdf(definition).getStream();
  stream.end();
  return stream as unknown as Readable;
}

/**
 * pdfmake exports one shared instance: (re)apply Hygie's settings just before each render, so no
 * other code can loosen them. createPdf() reads them synchronously, so concurrent renders are safe.
 * Fonts are the Roboto files shipped with pdfmake; no other file and no URL may be read.
 */
async function configuredPdfmake() {
  // Loaded on the first PDF (about a second: too long for every start-up).
  const [{ default: pdfmake }, { default: roboto }] = await Promise.all([
    import('pdfmake'),
    import('pdfmake/fonts/Roboto.js'),
  ]);
  const fontPaths = new Set<string>(Object.values(roboto.Roboto));
  pdfmake.setFonts({ Roboto: { ...roboto.Roboto } });
  pdfmake.addTableLayouts(tableLayouts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontPaths.has(path));
  return pdfmake;
}

function pdfDefinition(doc: PdfDocument): DocumentDefinition {
  if (Number.isNaN(doc.documentDate.getTime())) throw new Error('renderPdf(): documentDate is not a valid date');
  const dateLine = `Document du ${formatDateLong(doc.documentDate)}`;

  const header: DynamicContent = (_page, _count, pageSize) => ({
    margin: [MARGIN_X, 24, MARGIN_X, 0],
    stack: [
      {
        columns: [
          { text: doc.practiceName, bold: true, color: colors.accent },
          { text: doc.title, alignment: 'right' },
        ],
        columnGap: 16,
        style: 'pageHeader',
      },
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 4,
            x2: pageSize.width - 2 * MARGIN_X,
            y2: 4,
            lineWidth: 0.5,
            lineColor: colors.rule,
          },
        ],
      },
    ],
  });

  const footer: DynamicContent = (page, count) => ({
    margin: [MARGIN_X, 20, MARGIN_X, 0],
    columns: [dateLine, { text: `Page ${page} sur ${count}`, alignment: 'right' }],
    style: 'pageFooter',
  });

  const frame = doc.poster
    ? { content: prepareContent(doc.content), pageMargins: POSTER_MARGINS }
    : { content: [titleBlock(doc.title, doc.subtitle), ...prepareContent(doc.content)], header, footer };
  return {
    ...frame,
    // Never leave a heading alone at the bottom of a page.
    pageBreakBefore: (node, helpers) =>
      node.headlineLevel !== undefined &&
      helpers.getFollowingNodesOnPage().length === 0 &&
      helpers.getNodesOnNextPage().length > 0,
    pageSize: doc.pageSize ?? 'A4',
    pageOrientation: doc.orientation ?? 'portrait',
    pageMargins: frame.pageMargins ?? PAGE_MARGINS,
    styles,
    defaultStyle,
    language: 'fr-FR',
    info: {
      title: doc.title,
      author: doc.practiceName,
      subject: doc.subtitle,
      creator: 'Hygie',
      producer: 'Hygie',
      creationDate: doc.documentDate,
      modDate: doc.documentDate,
    },
  };
}
