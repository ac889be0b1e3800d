import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itPoppler, pdfInfo, pdfPages } from '../../../test/support/pdf.ts';
import { type PdfDocument, renderPdf } from './pdf.ts';
import { bulletList, heading, keyValues, paragraph, table } from './pdf-content.ts';

const ACCENTS = 'Sécurité du poste : mot de passe, chiffrement, sauvegarde — déjà fait ? Été, Noël, œuvre';
const base: Omit<PdfDocument, 'content'> = {
  title: 'Liste de contrôle',
  practiceName: 'Cabinet du Dr Hélène Lefèvre',
  documentDate: new Date('2026-11-29T10:00:00Z'),
};
const threePages: PdfDocument = {
  ...base,
  subtitle: 'Auto-évaluation 2026',
  content: [
    heading('Poste de travail'),
    paragraph(ACCENTS),
    bulletList(['Mot de passe', 'Chiffrement']),
    heading('Sauvegardes', { pageBreakBefore: true }),
    keyValues([['Dernière sauvegarde', new Date('2026-11-28T22:00:00Z')]]),
    heading('Annexe', { pageBreakBefore: true }),
    paragraph('Fin.'),
  ],
};

/** The text of each page, as laid out by pdftotext. */
const pagesOf = (pdf: Buffer): string[] => pdfPages(pdf, { layout: true });

describe('renderPdf', () => {
  it('produces a PDF whose bytes depend only on the input', async () => {
    const first = await renderPdf(threePages);
    const second = await renderPdf(threePages);
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(first.equals(second)).toBe(true);
    expect(first.toString('latin1')).toContain('(D:20261129100000Z)');
  });

  itPoppler('sets the title, author and creator metadata', async () => {
    const info = pdfInfo(await renderPdf(threePages));
    expect(info).toMatch(/^Title:\s+Liste de contrôle$/m);
    expect(info).toMatch(/^Author:\s+Cabinet du Dr Hélène Lefèvre$/m);
    expect(info).toMatch(/^Subject:\s+Auto-évaluation 2026$/m);
    expect(info).toMatch(/^Creator:\s+Hygie$/m);
  });

  itPoppler('keeps accents and puts practice, date and page numbers on every page', async () => {
    const pages = pagesOf(await renderPdf(threePages));
    expect(pages).toHaveLength(3);
    pages.forEach((page, index) => {
      expect(page).toContain('Cabinet du Dr Hélène Lefèvre');
      expect(page).toContain('Liste de contrôle');
      expect(page).toContain('Document du 29 novembre 2026');
      expect(page).toContain(`Page ${index + 1} sur 3`);
    });
    expect(pages[0]).toContain(ACCENTS);
    expect(pages[0]).toContain('Auto-évaluation 2026');
    expect(pages[1]).toMatch(/Dernière sauvegarde\s+28\/11\/2026/);
  });

  itPoppler('repeats the table header row on every page the table spans', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`Poste n° ${i + 1}`, i % 2 ? 'Fait' : 'À faire', null]);
    const pages = pagesOf(
      await renderPdf({ ...base, content: [table({ headers: ['Élément', 'État', 'Note'], rows })] }),
    );
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toMatch(/Élément\s+État\s+Note/);
    expect(pages.at(-1)).toContain('Poste n° 80');
  });

  it('uses the requested page size and orientation', async () => {
    const pdf = await renderPdf({ ...base, pageSize: 'A5', orientation: 'landscape', content: ['Affiche'] });
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 419\.53\]/);
  });

  it('refuses images read from a path or a URL', async () => {
    for (const image of ['/etc/hostname', 'https://example.com/logo.png']) {
      await expect(renderPdf({ ...base, content: [{ image }] })).rejects.toThrow(/denied by resource access policy/);
    }
  });

  it('embeds an inline SVG image but never one read from the disk', async () => {
    // A 1×1 transparent PNG.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const dir = mkdtempSync(join(tmpdir(), 'hygie-svg-'));
    const file = join(dir, 'secret.png');
    writeFileSync(file, Buffer.from(png, 'base64'));
    const svgWith = (href: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="${href}" width="10" height="10"/></svg>`;
    try {
      const inline = await renderPdf({ ...base, content: [{ svg: svgWith(`data:image/png;base64,${png}`) }] });
      const fromDisk = await renderPdf({ ...base, content: [{ svg: svgWith(file) }] });
      expect(inline.toString('latin1')).toContain('/Subtype /Image');
      expect(fromDisk.toString('latin1')).not.toContain('/Subtype /Image');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('content builders', () => {
  it('shows dates, numbers and empty values as text in table cells', () => {
    const node = table({
      headers: ['Date', 'Nombre', 'Vide'],
      rows: [[new Date('2026-11-29T23:30:00Z'), 3, undefined]],
    });
    expect(node.table.body[1]).toEqual(['30/11/2026', '3', '']);
    expect(node.table.headerRows).toBe(1);
  });

  it('rejects rows and widths that do not match the headers', () => {
    expect(() => table({ headers: ['A', 'B'], rows: [['1']] })).toThrow(/row 0 has 1 cells, expected 2/);
    expect(() => table({ headers: ['A', 'B'], rows: [], widths: ['*'] })).toThrow(/1 widths for 2 columns/);
  });
});
