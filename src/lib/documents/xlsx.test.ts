import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx, type XlsxBook } from './xlsx.ts';
import { sheetNames } from './xlsx-sheet-names.ts';

describe('sheetNames', () => {
  it.each([
    { names: ['Registre'], expected: ['Registre'] },
    { names: ['Sous-traitants [2026]'], expected: ['Sous-traitants -2026-'] },
    { names: ['a/b\\c:d*e?f'], expected: ['a-b-c-d-e-f'] },
    { names: ["'Cabinet'"], expected: ['Cabinet'] },
    { names: ['', '   '], expected: ['Feuille', 'Feuille (2)'] },
    { names: ['Traitements de données de santé'], expected: ['Traitements de données de santé'] },
    { names: ['Traitements de données de santé 2026'], expected: ['Traitements de données de santé'] },
    { names: ['Registre', 'registre', 'REGISTRE'], expected: ['Registre', 'registre (2)', 'REGISTRE (3)'] },
    {
      names: ['Traitements de données de santé 2026', 'Traitements de données de santé 2027'],
      expected: ['Traitements de données de santé', 'Traitements de données de s (2)'],
    },
    { names: ['History'], expected: ['History (2)'] },
    { names: ['Ligne\nnouvelle\u0007'], expected: ['Ligne nouvelle'] },
    { names: ['Émoji 😀😀😀😀😀😀😀😀😀😀😀😀😀😀'], expected: ['Émoji 😀😀😀😀😀😀😀😀😀😀😀😀'] },
  ])('$names → $expected', ({ names, expected }) => {
    const result = sheetNames(names);
    expect(result).toEqual(expected);
    for (const name of result) expect(name.length).toBeLessThanOrEqual(31);
  });
});

const book: XlsxBook = {
  title: 'Registre des traitements',
  practiceName: 'Cabinet Lefèvre & Noël',
  documentDate: new Date('2026-11-29T10:00:00Z'),
  sheets: [
    {
      name: 'Traitements',
      columns: [
        { header: 'Finalité', key: 'purpose', width: 40 },
        { header: 'Mise à jour', key: 'updatedAt', type: 'date' },
        { header: 'Durée (ans)', key: 'years', type: 'number' },
      ],
      rows: [
        {
          purpose: 'Gestion du dossier médical — données de santé',
          updatedAt: new Date('2026-11-29T23:30:00Z'),
          years: 20,
        },
        { purpose: 'Prise de rendez-vous', updatedAt: null, years: undefined },
        { purpose: 'Facturation', updatedAt: '2026-05-01', years: 10 },
      ],
    },
    { name: 'Traitements', columns: [{ header: 'Note', key: 'note' }], rows: [{ note: 'Été, Noël, œuvre' }] },
    { name: 'Sous-traitants: 2026/2027', columns: [{ header: 'Nom', key: 'name' }], rows: [] },
  ],
};

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('renderXlsx', () => {
  it('writes valid, distinct sheet names and the workbook properties', async () => {
    const workbook = await load(await renderXlsx(book));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Traitements',
      'Traitements (2)',
      'Sous-traitants- 2026-2027',
    ]);
    expect(workbook.creator).toBe('Hygie');
    expect(workbook.created.toISOString()).toBe('2026-11-29T10:00:00.000Z');
  });

  it('starts each sheet with the title line, then a bold, frozen, filterable header row', async () => {
    const sheet = (await load(await renderXlsx(book))).getWorksheet('Traitements')!;
    expect(sheet.getCell('A1').value).toBe(
      'Registre des traitements — Cabinet Lefèvre & Noël — Document du 29 novembre 2026',
    );
    expect(sheet.getRow(2).values).toEqual([undefined, 'Finalité', 'Mise à jour', 'Durée (ans)']);
    expect(sheet.getCell('A2').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:C2');
    expect(sheet.headerFooter.oddFooter).toBe('&LCabinet Lefèvre && Noël&RPage &P sur &N');
    expect(sheet.pageSetup.printTitlesRow).toBe('2:2');
  });

  it('keeps accents, numbers and the Paris calendar day of dates', async () => {
    const workbook = await load(await renderXlsx(book));
    const sheet = workbook.getWorksheet('Traitements')!;
    expect(sheet.getCell('A3').value).toBe('Gestion du dossier médical — données de santé');
    // 23:30 UTC on 29 November is already 30 November in Paris.
    expect(sheet.getCell('B3').value).toEqual(new Date(Date.UTC(2026, 10, 30)));
    expect(sheet.getCell('B3').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('C3').value).toBe(20);
    expect(sheet.getCell('B4').value).toBeNull();
    expect(sheet.getCell('B5').value).toEqual(new Date(Date.UTC(2026, 4, 1)));
    expect(workbook.getWorksheet('Traitements (2)')!.getCell('A3').value).toBe('Été, Noël, œuvre');
  });

  it('refuses a workbook without sheets', async () => {
    await expect(renderXlsx({ ...book, sheets: [] })).rejects.toThrow(/at least one sheet/);
  });
});
