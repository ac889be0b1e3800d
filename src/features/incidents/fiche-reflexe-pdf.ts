import { type Content, renderPdf, type TableInput, table } from '../../lib/documents/index.ts';
import { PRACTICE_CONTACT_KIND_LABELS, type PracticeContactKind } from './incident-labels.ts';
import type { IncidentReferential, NationalContact, Playbook } from './incidents.referential.ts';
import type { PracticeContact } from './incidents.repository.ts';

/** Title of the fiche réflexe (page header, first line, PDF metadata). */
export const FICHE_REFLEXE_TITLE = 'Fiche réflexe : en cas de cyberattaque';
/** The playbook whose gestures the fiche lists: the general « comportement anormal / rançon » case. */
export const FICHE_REFLEXE_SCENARIO = 'ransomware' as const;
/** Red of « À ne pas faire » (dark enough for a photocopy). */
export const DO_NOT_RED = '#b00020';

/** The practice's contacts the fiche leaves a blank line for when the practice has none of that kind. */
const EXPECTED_KINDS: readonly PracticeContactKind[] = ['it_provider', 'software_support', 'insurer'];

export interface FicheReflexeInput {
  practiceName: string;
  practiceContacts: readonly PracticeContact[];
  referential: IncidentReferential;
  documentDate: Date;
}

/** How much fits: the first try shows everything, the compact one smaller text and fewer rows. */
interface Density {
  fontSize: number;
  maxPracticeContacts: number;
  withPurpose: boolean;
}
const DENSITIES: readonly Density[] = [
  { fontSize: 9.5, maxPracticeContacts: 8, withPurpose: true },
  { fontSize: 8.5, maxPracticeContacts: 6, withPurpose: true },
  { fontSize: 8, maxPracticeContacts: 5, withPurpose: false },
  { fontSize: 7.5, maxPracticeContacts: 3, withPurpose: false },
];

/** Cuts a text to `max` characters with « … » (a name or an address too long for its cell). */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Pages of a PDF produced by pdfmake (its page objects are written uncompressed). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page(?![s\w])/g) ?? []).length;
}

/**
 * The one-page « fiche réflexe » for the wall, A4 portrait: the first gestures in order, what not
 * to do (in red), the practice's own contacts (with a blank line for the IT provider, the software
 * support and the insurer when missing) and the national contacts with their numbers and sites.
 * Renders again more compactly if the content would run onto a second page.
 */
export async function ficheReflexePdf(input: FicheReflexeInput): Promise<Buffer> {
  let pdf: Buffer | undefined;
  for (const density of DENSITIES) {
    pdf = await renderPdf({
      title: FICHE_REFLEXE_TITLE,
      subtitle: 'À afficher près de chaque poste. Gardez votre calme : suivez les gestes dans l’ordre.',
      practiceName: input.practiceName,
      documentDate: input.documentDate,
      content: ficheContent(input, density),
    });
    if (pdfPageCount(pdf) <= 1) return pdf;
  }
  return pdf as Buffer;
}

function section(text: string): Content {
  return { text, bold: true, fontSize: 12, color: '#1c3d5a', margin: [0, 8, 0, 3] };
}

function ficheContent(input: FicheReflexeInput, density: Density): Content[] {
  const playbook = input.referential.playbook(FICHE_REFLEXE_SCENARIO);
  const national = input.referential.contacts;
  return [
    {
      stack: [
        section('Les premiers gestes, dans l’ordre'),
        gestureList(playbook),
        clocksBox(),
        doNotBox(playbook),
        section('Nos contacts'),
        practiceTable(input.practiceContacts, density),
        section('Contacts nationaux'),
        nationalTable(national, density),
      ],
      fontSize: density.fontSize,
      lineHeight: 1.1,
    },
  ];
}

function gestureList(playbook: Playbook): Content {
  return { ol: playbook.gestures.map((gesture) => gesture.text), margin: [0, 0, 0, 4] };
}

/** The two 72-hour clocks that start when the attack is known: the insurer's and the CNIL's. */
export const FICHE_CLOCKS = [
  'Plainte dans les 72 heures après avoir eu connaissance de l’attaque : sinon, l’assurance ne couvre pas les dommages (article L. 12-10-1 du code des assurances).',
  'CNIL dans les 72 heures si des données de patients ont pu être lues, modifiées ou perdues (article 33 du RGPD).',
] as const;

function clocksBox(): Content {
  return {
    stack: [
      { text: 'DEUX DÉLAIS DE 72 HEURES, À COMPTER DU MOMENT OÙ VOUS SAVEZ', bold: true, margin: [0, 0, 0, 2] },
      { ul: [...FICHE_CLOCKS] },
    ],
    margin: [0, 2, 0, 4],
  };
}

/** « À ne pas faire »: red text in a framed, tinted box, so it reads as a warning even in black and white. */
function doNotBox(playbook: Playbook): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            fillColor: '#fdeced',
            stack: [
              { text: 'À NE PAS FAIRE', bold: true, color: DO_NOT_RED, margin: [0, 0, 0, 2] },
              { ul: playbook.doNot.map((text) => ({ text, color: DO_NOT_RED })) },
            ],
          },
        ],
      ],
    },
    margin: [0, 2, 0, 2],
  };
}

function practiceTable(contacts: readonly PracticeContact[], density: Density): Content {
  const rows: TableInput['rows'] = contacts
    .slice(0, density.maxPracticeContacts)
    .map((c) => [
      PRACTICE_CONTACT_KIND_LABELS[c.kind],
      { text: shorten(c.name, 60), bold: true },
      c.phone ? { text: c.phone, bold: true } : '',
      shorten(c.email ?? '', 40),
    ]);
  const missing = EXPECTED_KINDS.filter((kind) => !contacts.some((c) => c.kind === kind));
  for (const kind of missing) rows.push([PRACTICE_CONTACT_KIND_LABELS[kind], '', '', '']);
  const more = contacts.length - density.maxPracticeContacts;
  const node = table({ headers: ['Qui', 'Nom', 'Téléphone', 'E-mail'], rows, widths: [120, '*', 90, 130] });
  node.margin = [0, 0, 0, 2];
  const notes: Content[] = [];
  if (more > 0)
    notes.push({
      text: `… et ${more} autre${more > 1 ? 's' : ''} contact${more > 1 ? 's' : ''} dans Hygie (page « Contacts utiles »).`,
      italics: true,
    });
  if (missing.length > 0) {
    notes.push({
      text: 'Les lignes vides sont à compléter à la main, ou dans Hygie (page « Contacts utiles ») avant de réimprimer.',
      italics: true,
    });
  }
  return { stack: [node, ...notes] };
}

function nationalTable(contacts: readonly NationalContact[], density: Density): Content {
  const how = (c: NationalContact): Content => {
    const parts: string[] = [];
    if (c.phone) parts.push(c.phoneNote ? `${c.phone} (${c.phoneNote})` : c.phone);
    for (const link of c.links ?? []) parts.push(link.label);
    return { text: parts.join('\n'), bold: true };
  };
  const node = density.withPurpose
    ? table({
        headers: ['Service', 'Numéro ou site', 'Pour quoi'],
        rows: contacts.map((c) => [c.name, how(c), c.purpose]),
        widths: [130, 150, '*'],
      })
    : table({
        headers: ['Service', 'Numéro ou site'],
        rows: contacts.map((c) => [c.name, how(c)]),
        widths: ['*', 220],
      });
  node.margin = [0, 0, 0, 2];
  return node;
}
