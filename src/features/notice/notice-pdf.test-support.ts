import { pdfInfo as readPdfInfo, pdfText as readPdfText } from '../../../test/support/pdf.ts';
import type { NoticeInput } from './notice.ts';
import { PATIENT_RECORDS } from './register-fixture.test-support.ts';

/** The PDF's text as pdftotext reads it, every run of white space made one space. */
export const pdfText = (pdf: Buffer): string => readPdfText(pdf, { collapseSpaces: true });

/** The PDF's page count and page size as pdfinfo reports them. */
export function pdfInfo(pdf: Buffer): { pages: number; size: string } {
  const info = readPdfInfo(pdf);
  return {
    pages: Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]),
    size: /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '',
  };
}

/** A complete notice input: a solo nurse's practice with contact details and two activities. */
export const COMPLETE_INPUT: NoticeInput = {
  practiceName: 'Cabinet infirmier des Tilleuls',
  contact: { address: '12 rue des Tilleuls, 69003 Lyon', phone: '04 72 00 00 00', email: null },
  fullTextUrl: null,
  settings: {
    controller: null,
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
