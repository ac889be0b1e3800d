import type { Readable } from 'node:stream';
import { actionPlanPdf } from '../checklist/action-plan-pdf.ts';
import { checklistPdf } from '../checklist/checklist-pdf.ts';
import { checklistXlsx } from '../checklist/checklist-xlsx.ts';
import { noticeLeafletPdf } from '../notice/notice-leaflet.ts';
import { registerPdf } from '../register/register-pdf.ts';
import { registerXlsx } from '../register/register-xlsx.ts';
import type { DossierData } from './dossier-data.ts';
import { dossierPdf } from './dossier-pdf.ts';
import { type ZipEntry, zipWithManifest } from './zip-manifest.ts';

/** The name of the compliance file's PDF inside the ZIP. */
export const DOSSIER_PDF_NAME = 'dossier-de-conformite.pdf';

/** What the ZIP holds besides the documents built from `data`: the evidence files and the JSON export. */
export interface DossierZipExtras {
  /** Each evidence file under `pieces/`, produced one at a time. */
  evidence: () => AsyncIterable<ZipEntry>;
  /** The practice as JSON (`donnees/…`). */
  json: ZipEntry;
}

/** The documents built from `data`: PDFs and workbooks are compressed already, so stored as they are. */
function* documents(data: DossierData): Generator<ZipEntry> {
  const at = data.generatedAt;
  const stored = (name: string, open: ZipEntry['open']): ZipEntry => ({ name, open, compress: false });
  yield stored(DOSSIER_PDF_NAME, () => dossierPdf(data));
  yield stored('parties/registre-des-traitements.pdf', () => registerPdf(data.register, at));
  yield stored('parties/registre-des-traitements.xlsx', () => registerXlsx(data.register, at));
  const notice = data.notice.document;
  if (notice) yield stored('parties/information-des-patients.pdf', () => noticeLeafletPdf(notice));
  yield stored('parties/diagnostic.pdf', () => checklistPdf(data.checklist, at));
  yield stored('parties/diagnostic.xlsx', () => checklistXlsx(data.checklist, at));
  yield stored('parties/plan-d-action.pdf', () => actionPlanPdf(data.plan, at));
}

async function* entries(data: DossierData, extras: DossierZipExtras): AsyncGenerator<ZipEntry> {
  yield* documents(data);
  yield extras.json;
  yield* extras.evidence();
}

/**
 * The compliance file as a ZIP stream: the PDF, each part's own PDF or workbook, the JSON export,
 * the evidence files, and `MANIFEST.sha256` with the SHA-256 of every file.
 */
export function dossierZip(data: DossierData, extras: DossierZipExtras): Readable {
  return zipWithManifest(entries(data, extras), data.generatedAt);
}
