import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';

const CI = process.env.CI === 'true';

/** Whether a command-line tool answers `tool arg`. */
function installed(tool: string, arg: string): boolean {
  try {
    execFileSync(tool, [arg], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether poppler's command-line tools (pdftotext, pdfinfo: poppler-utils) are installed. */
export const hasPoppler = installed('pdftotext', '-v');
if (!hasPoppler && !CI) {
  process.stderr.write(
    '\n[hygie] pdftotext absent : les tests qui relisent le texte des PDF sont ignorés. Installez-le avec « sudo apt-get install poppler-utils ».\n\n',
  );
}

/** A test that reads a PDF back with poppler: skipped locally without it, and failing in CI (never skipped there). */
export const itPoppler = hasPoppler || CI ? it : it.skip;

/** Whether qpdf (Debian package qpdf) is installed: it reads a PDF's bookmarks. */
export const hasQpdf = installed('qpdf', '--version');
if (!hasQpdf && !CI) {
  process.stderr.write(
    '\n[hygie] qpdf absent : les tests qui relisent les signets des PDF sont ignorés. Installez-le avec « sudo apt-get install qpdf ».\n\n',
  );
}

/** A test that reads a PDF's bookmarks with qpdf (and its text with poppler): skipped locally without them, failing in CI. */
export const itQpdf = (hasQpdf && hasPoppler) || CI ? it : it.skip;

/** Runs a poppler tool on the PDF written to a temporary file; `args` receives that file's path. */
function poppler(tool: 'pdftotext' | 'pdfinfo' | 'qpdf', args: (file: string) => string[], pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return execFileSync(tool, args(file), { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfTextOptions {
  /** `pdftotext -raw`: text in content order (a table cell's lines stay together). */
  raw?: boolean;
  /** `pdftotext -layout`: text laid out as on the page. */
  layout?: boolean;
  /** A line cut after a hyphen joined back (« rendez-⏎vous » → « rendez-vous »), before any collapsing. */
  joinHyphens?: boolean;
  /** Every run of white space (line ends included) made one space. */
  collapseSpaces?: boolean;
}

function pdftotext(pdf: Buffer, { raw = false, layout = false }: PdfTextOptions): string {
  const mode = [...(raw ? ['-raw'] : []), ...(layout ? ['-layout'] : [])];
  return poppler('pdftotext', (file) => [...mode, '-enc', 'UTF-8', file, '-'], pdf);
}

function clean(text: string, { joinHyphens = false, collapseSpaces = false }: PdfTextOptions): string {
  const joined = joinHyphens ? text.replace(/-\n/g, '-') : text;
  return collapseSpaces ? joined.replace(/\s+/g, ' ') : joined;
}

/**
 * The text of a PDF as poppler's `pdftotext` reads it (pages separated by form feeds unless white
 * space is collapsed).
 * @example expect(pdfText(pdf, { raw: true, collapseSpaces: true })).toContain('Registre des activités')
 */
export function pdfText(pdf: Buffer, options: PdfTextOptions = {}): string {
  return clean(pdftotext(pdf, options), options);
}

/**
 * The text of each non-blank page of a PDF as `pdftotext` reads it; with `collapseSpaces`, each page
 * is also trimmed.
 */
export function pdfPages(pdf: Buffer, options: PdfTextOptions = {}): string[] {
  return pdftotext(pdf, options)
    .split('\f')
    .map((page) => (options.collapseSpaces ? clean(page, options).trim() : clean(page, options)))
    .filter((page) => page.trim() !== '');
}

/** The metadata of a PDF as poppler's `pdfinfo` reports it (« Title: … », « Pages: 3 », « Page size: … »). */
export function pdfInfo(pdf: Buffer): string {
  return poppler('pdfinfo', (file) => ['-enc', 'UTF-8', file], pdf);
}

/** The number of pages of a PDF, as `pdfinfo` counts them. */
export function pdfPageCount(pdf: Buffer): number {
  return Number(/^Pages:\s+(\d+)$/m.exec(pdfInfo(pdf))?.[1]);
}

/** A bookmark of a PDF (its outline) and the bookmarks nested under it. */
export interface PdfBookmark {
  title: string;
  kids: PdfBookmark[];
}

/** The bookmarks of a PDF as qpdf reads them (`qpdf --json --json-key=outlines`). */
export function pdfBookmarks(pdf: Buffer): PdfBookmark[] {
  const json = JSON.parse(poppler('qpdf', (file) => ['--json', '--json-key=outlines', file], pdf)) as {
    outlines: PdfBookmark[];
  };
  const clean = (items: PdfBookmark[]): PdfBookmark[] => items.map(({ title, kids }) => ({ title, kids: clean(kids) }));
  return clean(json.outlines);
}

/** PDF names that run something or reach out when the file is opened or clicked (none belongs in Hygie's documents). */
const ACTIVE_NAMES =
  /"\/(JavaScript|JS|OpenAction|AA|Launch|SubmitForm|ImportData|RichMedia|EmbeddedFile|EmbeddedFiles|URI|GoToR|AcroForm)"/g;

/**
 * Checks the PDF's structure with `qpdf --check` (throws if qpdf finds an error or a warning) and
 * returns the active names its objects hold (`/JavaScript`, `/OpenAction`, `/URI`…), read from
 * every object's dictionary as qpdf gives them in JSON (without the streams' bytes, where a font
 * may hold « /AA » by chance): an empty list for an inert document.
 */
export function pdfActiveContent(pdf: Buffer): string[] {
  poppler('qpdf', (file) => ['--check', file], pdf);
  const objects = poppler('qpdf', (file) => ['--json', '--json-key=qpdf', '--json-stream-data=none', file], pdf);
  return [...new Set([...objects.matchAll(ACTIVE_NAMES)].map((match) => match[1] ?? ''))];
}
