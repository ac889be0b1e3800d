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

function* documents(data: DossierData): Generator<ZipEntry> {
  const at = data.generatedAt;
  yield { name: DOSSIER_PDF_NAME, open: () => dossierPdf(data) };
  yield { name: 'parties/registre-des-traitements.pdf', open: () => registerPdf(data.register, at) };
  yield { name: 'parties/registre-des-traitements.xlsx', open: () => registerXlsx(data.register, at) };
  const notice = data.notice.document;
  if (notice) yield { name: 'parties/information-des-patients.pdf', open: () => noticeLeafletPdf(notice) };
  yield { name: 'parties/diagnostic.pdf', open: () => checklistPdf(data.checklist, at) };
  yield { name: 'parties/diagnostic.xlsx', open: () => checklistXlsx(data.checklist, at) };
  yield { name: 'parties/plan-d-action.pdf', open: () => actionPlanPdf(data.plan, at) };
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
