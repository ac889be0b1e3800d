// Minimal types for the parts of pdfmake 0.3 (server build) that Hygie uses.
// Features import these types through `src/lib/documents/index.ts`, never from 'pdfmake' directly,
// so this file can be replaced by `@types/pdfmake` (0.3.x) without touching them.
declare module 'pdfmake' {
  export type Alignment = 'left' | 'right' | 'center' | 'justify';
  export type Margins = number | [number, number] | [number, number, number, number];
  export type ColumnWidth = number | 'auto' | '*' | `${number}%`;
  export type PageBreak = 'before' | 'after' | 'beforeOdd' | 'beforeEven' | 'afterOdd' | 'afterEven';

  export interface Style {
    font?: string;
    fontSize?: number;
    bold?: boolean;
    italics?: boolean;
    color?: string;
    background?: string;
    alignment?: Alignment;
    lineHeight?: number;
    characterSpacing?: number;
    decoration?: 'underline' | 'lineThrough' | 'overline';
    margin?: Margins;
    fillColor?: string;
    noWrap?: boolean;
    preserveLeadingSpaces?: boolean;
  }

  /** Properties every node accepts (including table-cell properties). */
  export interface NodeBase extends Style {
    style?: string | string[];
    pageBreak?: PageBreak;
    unbreakable?: boolean;
    id?: string;
    width?: ColumnWidth;
    headlineLevel?: number;
    colSpan?: number;
    rowSpan?: number;
    border?: [boolean, boolean, boolean, boolean];
    /** With `pageBreak`: the orientation of the pages from this node on. */
    pageOrientation?: 'portrait' | 'landscape';
    /** Listed in the document's table of contents (`ContentToc`). */
    tocItem?: boolean;
    tocMargin?: Margins;
    tocStyle?: string | string[];
    /** A PDF bookmark (outline entry) pointing at this node; `outlineParentId` nests it under the node of that `id`. */
    outline?: boolean;
    outlineText?: string;
    outlineParentId?: string;
    outlineExpanded?: boolean;
  }

  export interface ContentText extends NodeBase {
    text: string | number | Content[];
    link?: string;
    linkToDestination?: string;
  }
  export interface ContentStack extends NodeBase {
    stack: Content[];
  }
  export interface ContentColumns extends NodeBase {
    columns: Content[];
    columnGap?: number;
  }
  export interface ContentUl extends NodeBase {
    ul: Content[];
    type?: 'disc' | 'circle' | 'square' | 'none';
    markerColor?: string;
  }
  export interface ContentOl extends NodeBase {
    ol: Content[];
    start?: number;
    type?: 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman' | 'none';
  }
  export interface Table {
    body: Content[][];
    widths?: ColumnWidth | ColumnWidth[];
    heights?: number | number[];
    headerRows?: number;
    keepWithHeaderRows?: number;
    dontBreakRows?: boolean;
  }
  export interface ContentTable extends NodeBase {
    table: Table;
    /** A layout name: pdfmake's own ('noBorders', 'lightHorizontalLines', 'headerLineOnly') or Hygie's. */
    layout?: string;
  }
  /** `image` must be a `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL: paths and URLs are refused. */
  export interface ContentImage extends NodeBase {
    image: string;
    height?: number;
    fit?: [number, number];
    opacity?: number;
  }
  export interface ContentSvg extends NodeBase {
    svg: string;
    height?: number;
    fit?: [number, number];
  }
  export interface ContentQr extends NodeBase {
    qr: string;
    fit?: number;
    eccLevel?: 'L' | 'M' | 'Q' | 'H';
    foreground?: string;
  }
  export interface CanvasLine {
    type: 'line';
    x1: number;
    y1: number;
    x2: number;
    y2: number;
    lineWidth?: number;
    lineColor?: string;
  }
  export interface CanvasRect {
    type: 'rect';
    x: number;
    y: number;
    w: number;
    h: number;
    r?: number;
    color?: string;
    lineWidth?: number;
    lineColor?: string;
  }
  export interface ContentCanvas extends NodeBase {
    canvas: (CanvasLine | CanvasRect)[];
  }
  /** An empty node: a table cell covered by a colSpan/rowSpan, or a spacer with a margin. */
  export type ContentEmpty = NodeBase;

  export type Content =
    | string
    | Content[]
    | ContentText
    | ContentStack
    | ContentColumns
    | ContentUl
    | ContentOl
    | ContentTable
    | ContentImage
    | ContentSvg
    | ContentQr
    | ContentCanvas
    | ContentToc
    | ContentEmpty;

  /** The table of contents: every node with `tocItem` and its page number, each line a link. */
  export interface ContentToc extends NodeBase {
    toc: { title?: Content; textStyle?: Style; numberStyle?: Style; textMargin?: Margins; outlines?: boolean };
  }

  export interface TableLayout {
    hLineWidth?: (i: number, node: { table: Table }) => number;
    vLineWidth?: (i: number, node: { table: Table }) => number;
    hLineColor?: string | ((i: number, node: { table: Table }) => string);
    vLineColor?: string | ((i: number, node: { table: Table }) => string);
    paddingLeft?: (i: number, node: { table: Table }) => number;
    paddingRight?: (i: number, node: { table: Table }) => number;
    paddingTop?: (i: number, node: { table: Table }) => number;
    paddingBottom?: (i: number, node: { table: Table }) => number;
    fillColor?: (rowIndex: number, node: { table: Table }, columnIndex: number) => string | null;
  }

  export interface PageSize {
    width: number;
    height: number;
  }
  export type DynamicContent = (currentPage: number, pageCount: number, pageSize: PageSize) => Content;

  /** What `pageBreakBefore` sees of a node (a subset of its properties plus its position). */
  export interface NodeInfo {
    headlineLevel?: number;
    pageNumbers: number[];
  }
  export interface PageBreakHelpers {
    getFollowingNodesOnPage(): NodeInfo[];
    getNodesOnNextPage(): NodeInfo[];
    getPreviousNodesOnPage(): NodeInfo[];
  }

  export interface DocumentDefinition {
    content: Content;
    header?: DynamicContent;
    footer?: DynamicContent;
    pageBreakBefore?: (node: NodeInfo, helpers: PageBreakHelpers) => boolean;
    pageSize?: string;
    pageOrientation?: 'portrait' | 'landscape';
    pageMargins?: Margins;
    styles?: Record<string, Style>;
    defaultStyle?: Style;
    language?: string;
    compress?: boolean;
    info?: {
      title?: string;
      author?: string;
      subject?: string;
      keywords?: string;
      creator?: string;
      producer?: string;
      creationDate?: Date;
      modDate?: Date;
    };
  }

  export interface FontDescriptor {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  export interface OutputDocument {
    getBuffer(): Promise<Buffer>;
    /** pdfkit's document: a readable stream that emits the PDF once `end()` is called. */
    getStream(): Promise<NodeJS.ReadableStream & { end(): void }>;
  }

  export interface PdfMake {
    setFonts(fonts: Record<string, FontDescriptor>): void;
    addTableLayouts(layouts: Record<string, TableLayout>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(definition: DocumentDefinition): OutputDocument;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}

declare module 'pdfmake/fonts/Roboto.js' {
  import type { FontDescriptor } from 'pdfmake';

  const fonts: { Roboto: FontDescriptor };
  export default fonts;
}
