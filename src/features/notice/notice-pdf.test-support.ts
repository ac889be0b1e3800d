import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NoticeInput } from './notice.ts';
import { PATIENT_RECORDS } from './register-fixture.test-support.ts';

/** Runs a poppler tool (pdftotext, pdfinfo; CI installs poppler-utils) on the PDF written to a temporary file. */
function poppler(tool: string, args: (file: string) => string[], pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-notice-'));
  try {
    const file = join(dir, 'notice.pdf');
    writeFileSync(file, pdf);
    return execFileSync(tool, args(file), { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as pdftotext reads it, every run of white space made one space. */
export function pdfText(pdf: Buffer): string {
  return poppler('pdftotext', (file) => ['-enc', 'UTF-8', file, '-'], pdf).replace(/\s+/g, ' ');
}

/** The PDF's page count and page size as pdfinfo reports them. */
export function pdfInfo(pdf: Buffer): { pages: number; size: string } {
  const info = poppler('pdfinfo', (file) => [file], pdf);
  return {
    pages: Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]),
    size: /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '',
  };
}

/** A complete notice input: a solo nurse's practice with contact details and two activities. */
export const COMPLETE_INPUT: NoticeInput = {
  practiceName: 'Cabinet infirmier des Tilleuls',
  settings: {
    controller: null,
    address: '12 rue des Tilleuls, 69003 Lyon',
    phone: '04 72 00 00 00',
    email: null,
    rightsContact: null,
    mandatoryData: null,
  },
  dpo: null,
  dpoRequired: false,
  activities: [
    PATIENT_RECORDS,
    {
      ...PATIENT_RECORDS,
      name: 'Facturation et télétransmission',
      purposes: ['Facturation des soins et transmission des feuilles de soins électroniques'],
      legalBasis: { article6: ['c'], article9: 'h', detail: 'Obligation de facturer les actes.' },
      dataCategories: [
        {
          label: 'Copies des feuilles de soins électroniques',
          health: false,
          nir: true,
          retention: '3 mois',
          retentionSource: 'Article R161-47 du code de la sécurité sociale',
          retentionRuleId: null,
        },
      ],
      externalRecipients: ['L’Assurance maladie', 'Les organismes complémentaires'],
    },
  ],
};
