import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { itLibreOffice, LIBREOFFICE_TIMEOUT_MS, xlsxSheetsAsCsv } from '../../../test/support/office.ts';
import { itPoppler, pdfPages } from '../../../test/support/pdf.ts';
import { categoryFlags, completenessText, controllerText, listText, transfersText } from './register-document.ts';
import {
  FIXTURE_DOCUMENT_DATE,
  FIXTURE_DPO,
  FIXTURE_PRACTICE,
  registerDocumentFixture,
} from './register-documents.test-support.ts';
import { REGISTER_PDF_TITLE, registerPdf } from './register-pdf.ts';
import { registerXlsx, SUMMARY_SHEET } from './register-xlsx.ts';

describe('document text helpers', () => {
  it.each([
    [{ kind: 'practice' as const }, 'Cabinet Noé (le cabinet)'],
    [
      { kind: 'practitioner' as const, userId: 'u', name: 'Dr Zoé Lefèvre' },
      'Dr Zoé Lefèvre (praticien responsable pour ses patients)',
    ],
    [
      { kind: 'joint' as const, coControllers: ['Dr A', 'Dr B'], arrangement: null },
      'Responsables conjoints : Dr A, Dr B',
    ],
    [
      { kind: 'joint' as const, coControllers: ['Dr A'], arrangement: 'Convention du 2 mars' },
      'Responsables conjoints : Dr A — accord : Convention du 2 mars',
    ],
  ])('controllerText(%j) → %s', (controller, expected) => {
    expect(controllerText(controller, 'Cabinet Noé')).toBe(expected);
  });

  it.each([
    [[], 'Aucun transfert hors de l’Union européenne'],
    [
      [{ recipient: 'Hébergeur', country: 'Suisse', safeguard: 'Décision d’adéquation' }],
      'Hébergeur (Suisse) — garantie : Décision d’adéquation',
    ],
  ])('transfersText(%j) → %s', (transfers, expected) => {
    expect(transfersText(transfers)).toBe(expected);
  });

  it.each([
    [{ health: true, nir: true }, 'Données de santé, NIR / INS'],
    [{ health: false, nir: true }, 'NIR / INS'],
    [{ health: false, nir: false }, ''],
  ])('categoryFlags(%j) → %j', (flags, expected) => {
    expect(categoryFlags(flags)).toBe(expected);
  });

  it.each([
    [[], 'Complète'],
    [[{ field: 'sources', message: 'x' }], 'À compléter (1)'],
  ])('completenessText(%j) → %s', (missing, expected) => {
    expect(completenessText({ missing })).toBe(expected);
  });

  it.each([
    [[], '—'],
    [['Patients', 'Proches'], 'Patients ; Proches'],
  ])('listText(%j) → %s', (items, expected) => {
    expect(listText(items)).toBe(expected);
  });
});

// ─── Real readers ──────────────────────────────────────────────────────────────────────────────

/** Each page's text as pdftotext reads it, hyphenated line ends joined and white space made single. */
const pagesOf = (pdf: Buffer): string[] => pdfPages(pdf, { raw: true, joinHyphens: true, collapseSpaces: true });

describe('registerPdf', () => {
  const doc = registerDocumentFixture();

  it('renders an A4 PDF whose bytes depend only on its input', async () => {
    const first = await registerPdf(doc, FIXTURE_DOCUMENT_DATE);
    const second = await registerPdf(doc, FIXTURE_DOCUMENT_DATE);
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(first.equals(second)).toBe(true);
    expect(first.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  itPoppler('puts the practice, the title, the date and « Page n sur m » on every page', async () => {
    const pages = pagesOf(await registerPdf(doc, FIXTURE_DOCUMENT_DATE));
    expect(pages.length).toBeGreaterThan(doc.activities.length);
    pages.forEach((page, index) => {
      expect(page).toContain(FIXTURE_PRACTICE);
      expect(page).toContain(REGISTER_PDF_TITLE);
      expect(page).toContain('Document du 29 novembre 2026');
      expect(page).toContain(`Page ${index + 1} sur ${pages.length}`);
    });
  });

  itPoppler('opens with the practice, its DPO and the list of activities', async () => {
    const pages = pagesOf(await registerPdf(doc, FIXTURE_DOCUMENT_DATE));
    const cover = pages
      .slice(
        0,
        pages.findIndex((page) => page.includes('Fiche n° 1 —')),
      )
      .join(' ');
    expect(cover).toContain(`RGPD, article 30 — état au 29 novembre 2026, ${doc.activities.length} activités`);
    expect(cover).toContain('Type de structure Maison de santé pluriprofessionnelle (MSP)');
    expect(cover).toContain(
      'Adresse 12 rue des Lilas, 69003 Lyon Téléphone 04 78 00 00 00 E-mail contact@msp-lilas.fr',
    );
    expect(cover).toContain(
      `Délégué à la protection des données (DPO) ${FIXTURE_DPO.name} — ${FIXTURE_DPO.email} — ${FIXTURE_DPO.phone}`,
    );
    expect(cover).toContain('N° Activité Responsable Finalité principale État');
    for (const activity of doc.activities) expect(cover).toContain(activity.name);
    expect(cover).toContain('Responsables conjoints : Dr Benoît Noël, Mme Hélène Lefèvre');
    expect(cover).toContain('À compléter (1)');
    expect(cover).toContain('2 Dossiers de soins infirmiers Le cabinet Gestion médicale');
  });

  itPoppler('has no DPO line for a practice without a DPO', async () => {
    const [cover = ''] = pagesOf(await registerPdf(registerDocumentFixture({ dpo: false }), FIXTURE_DOCUMENT_DATE));
    expect(cover).not.toContain('Délégué à la protection des données');
  });

  itPoppler('gives each activity its own page with every art. 30 field, accents intact', async () => {
    const pages = pagesOf(await registerPdf(doc, FIXTURE_DOCUMENT_DATE));
    for (const activity of doc.activities) {
      const start = pages.find((page) => page.includes(`Fiche n° ${activity.number} — ${activity.name}`));
      expect(start, activity.name).toBeDefined();
    }
    const text = pages.join(' ');
    const [records] = doc.activities;
    expect(text).toContain(`Fiche n° 1 — ${records!.name} Responsable du traitement Responsables conjoints`);
    expect(text).toContain('Base légale Mission d’intérêt public (art. 6.1.e)');
    expect(text).toContain('Catégories de données Durée de conservation Source de la durée');
    expect(text).toContain('Données de santé');
    expect(text).toContain('NIR / INS');
    expect(text).toContain('Aucun transfert hors de l’Union européenne');
    expect(text).toContain('Mesure État dans le diagnostic');
    expect(text).toContain('Fait');
    expect(text).toContain('À compléter Indiquez d’où viennent les données (le patient, un confrère…).');
    expect(text).toContain('Éditeur et hébergeur du logiciel « Logiciel Éole » (données en ligne)');
    expect(text).toContain('Créée le 2 novembre 2026, mise à jour le 29 novembre 2026');
  });

  itPoppler('says a retention shared by several categories once per activity', async () => {
    const pages = pagesOf(await registerPdf(doc, FIXTURE_DOCUMENT_DATE));
    for (const activity of doc.activities) {
      const page = pages.filter((p) => p.includes(`Fiche n° ${activity.number} — `)).join(' ');
      const [shared] = activity.dataCategories;
      const head = shared!.retention.slice(0, 30);
      const said = page.split(head).length - 1;
      expect(said, activity.name).toBe(1);
    }
  });
});

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number >= 2) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
}

describe('registerXlsx', () => {
  const doc = registerDocumentFixture();

  it('has a summary sheet and one sheet per activity', async () => {
    const workbook = await load(await registerXlsx(doc, FIXTURE_DOCUMENT_DATE));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe(SUMMARY_SHEET);
    expect(names).toHaveLength(doc.activities.length + 1);
    expect(names[1]).toBe('n° 1 - Dossiers médicaux des pa');
    expect(names.every((name) => name.length <= 31)).toBe(true);
  });

  it('sums up every activity in one row, then the practice and its DPO', async () => {
    const sheet = (await load(await registerXlsx(doc, FIXTURE_DOCUMENT_DATE))).getWorksheet(SUMMARY_SHEET)!;
    expect(sheet.getCell('A1').value).toBe(
      `${REGISTER_PDF_TITLE} — ${FIXTURE_PRACTICE} — Document du 29 novembre 2026`,
    );
    const [header, ...rows] = rowsOf(sheet);
    expect(header?.slice(0, 5)).toEqual(['N°', 'Activité', 'Responsable', 'Finalités', 'Base légale']);
    expect(rows.slice(0, doc.activities.length).map((row) => row[1])).toEqual(doc.activities.map((a) => a.name));
    expect(rows[0]?.[13]).toBe('À compléter (1)');
    expect(rows).toContainEqual(['DPO', `${FIXTURE_DPO.name} — ${FIXTURE_DPO.email} — ${FIXTURE_DPO.phone}`]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('details an activity field by field, with each data category’s retention and each measure’s status', async () => {
    const workbook = await load(await registerXlsx(doc, FIXTURE_DOCUMENT_DATE));
    const rows = rowsOf(workbook.worksheets[1]!);
    expect(rows[0]).toEqual(['Rubrique', 'Contenu', 'Détail']);
    const fields = rows.map((row) => row[0]);
    expect(fields).toContain('Responsable du traitement');
    expect(fields).toContain('Base légale');
    expect(fields).toContain('Transferts hors UE');
    const health = rows.find((row) => String(row[0]).startsWith('Données : Antécédents'));
    expect(health?.[1]).toMatch(/^20 ans à compter du dernier contact/);
    expect(health?.[2]).toMatch(/^Données de santé — /);
    expect(rows).toContainEqual(['Mesure de sécurité', expect.any(String), 'Fait']);
  });
});

// ─── LibreOffice ──────────────────────────────────────────────────────────────────────────────

describe('registerXlsx in LibreOffice', () => {
  itLibreOffice(
    'opens in LibreOffice Calc with the activities and their accents',
    async () => {
      const doc = registerDocumentFixture();
      const sheets = xlsxSheetsAsCsv(await registerXlsx(doc, FIXTURE_DOCUMENT_DATE));
      expect(sheets.size).toBe(doc.activities.length + 1);
      const summary = sheets.get(SUMMARY_SHEET) ?? '';
      for (const activity of doc.activities) expect(summary).toContain(activity.name);
      expect(summary).toContain('Données de santé');
      expect(summary).toContain(FIXTURE_PRACTICE);
      const all = [...sheets.values()].join('\n');
      expect(all).toContain('Responsables conjoints : Dr Benoît Noël, Mme Hélène Lefèvre');
      expect(all).toContain('Aucun transfert hors de l’Union européenne');
    },
    LIBREOFFICE_TIMEOUT_MS,
  );
});
