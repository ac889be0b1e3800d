import { formatDayLong, parisDay } from '../../lib/dates/index.ts';
import { type Content, colors, renderPdf } from '../../lib/documents/index.ts';
import { ARTICLE_6_LABELS } from '../register/legal-basis.ts';
import { dpoLine, type NoticeActivityContent, type NoticeContent, unbreakable } from './notice.ts';
import {
  COMPLAINT_POSTER,
  CONSENT_WITHDRAWAL,
  controllerSentences,
  DEFAULT_MANDATORY_DATA,
  MANDATORY_POSTER,
  POSTER_HEADLINE,
  POSTER_LABELS,
  POSTER_SUBLINE,
  RIGHTS_POSTER,
  versionStamp,
} from './notice-text.ts';

/** A stored version of the notice: its number, when it was made, and the content it was made from. */
export interface NoticeVersionDocument {
  number: number;
  createdAt: Date;
  content: NoticeContent;
}

/** Type sizes, large first, to be read from a distance. */
export interface Density {
  title: number;
  heading: number;
  body: number;
}
const DENSITIES: readonly Density[] = [
  { title: 40, heading: 19, body: 16 },
  { title: 38, heading: 18, body: 15 },
  { title: 36, heading: 17, body: 14 },
];

/** Type sizes, and whether long lists are cut short (the leaflet and the full text have them all). */
export interface Layout {
  density: Density;
  summary: boolean;
}

/** The layouts tried in turn: everything, large; then long lists cut short. Never under 14 pt. */
export const POSTER_LAYOUTS: readonly Layout[] = [
  ...DENSITIES.map((density) => ({ density, summary: false })),
  ...DENSITIES.map((density) => ({ density, summary: true })),
];

/** Pages of a PDF produced by pdfmake (its page objects are written uncompressed). */
export function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page(?![s\w])/g) ?? []).length;
}

/** « Version n° 3 du 29 novembre 2026 » for a version. */
export function stampOf(doc: Pick<NoticeVersionDocument, 'number' | 'createdAt'>): string {
  return versionStamp(doc.number, formatDayLong(parisDay(doc.createdAt)));
}

/** How many items a list shows when cut short. */
const SHORT_LIST = 3;

/** The activities told on the poster: those about patients (not accounting or staff management). */
export function posterActivities(content: NoticeContent): NoticeActivityContent[] {
  const forPatients = content.activities.filter((a) => a.forPatients !== false);
  return forPatients.length > 0 ? forPatients : content.activities;
}

/** The recipients outside the practice of the poster's activities, the patient themself left out. */
export function posterRecipients(content: NoticeContent): string[] {
  const names = posterActivities(content).flatMap((a) => a.externalRecipients);
  const seen = new Set<string>();
  return names.filter((name) => {
    if (/^(le|la) patient/i.test(name) || /^aucun/i.test(name) || seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

/** « 20 ans à compter du dernier contact » out of the register's full sentence. */
export function shortRetention(retention: string): string {
  const head = retention.split(/ : | ; /)[0] ?? retention;
  return /28 ans/.test(retention) ? `${head} (plus longtemps pour un enfant)` : head;
}

/** The retention of the patient's record (the first health data of the first patient activity). */
function recordRetention(content: NoticeContent): string | null {
  for (const activity of posterActivities(content)) {
    const health = activity.retention.find((r) => r.health) ?? activity.retention[0];
    if (health) return shortRetention(health.retention);
  }
  return null;
}

/** The legal bases in plain words, without article numbers. */
function plainBases(content: NoticeContent): string {
  const letters = new Set<string>();
  for (const activity of posterActivities(content)) {
    for (const match of activity.legalBasis.matchAll(/art\. 6\.1\.([a-f])/g)) letters.add(match[1] as string);
  }
  const labels = [...letters].sort().map((l) => ARTICLE_6_LABELS[l as keyof typeof ARTICLE_6_LABELS].toLowerCase());
  return labels.length === 0 ? '' : `Ce qui l’autorise : vos soins (${labels.join(', ')}).`;
}

const cut = (list: readonly string[], summary: boolean) => (summary ? list.slice(0, SHORT_LIST) : [...list]);

function blocks(content: NoticeContent, { density, summary }: Layout): [string, Content[]][] {
  const p = (text: string | Content[], extra: Record<string, unknown> = {}): Content => ({
    text,
    margin: [0, 0, 0, density.body * 0.3],
    ...extra,
  });
  const list = (items: readonly string[]): Content => ({ ul: [...items], margin: [0, 0, 0, density.body * 0.3] });
  const { contact } = content;
  const activities = posterActivities(content);
  const recipients = posterRecipients(content);
  const retention = recordRetention(content);
  const where = content.fullTextUrl ? 'dans la notice complète' : 'dans le dépliant, à demander au cabinet';
  const others = controllerSentences(content.controller).slice(1);
  return [
    [
      POSTER_LABELS.controller,
      [
        p([{ text: content.controller.name, bold: true }]),
        ...(contact.address ? [p(contact.address)] : []),
        ...(contact.phone ? [p(`Tél. ${unbreakable(contact.phone)}`)] : []),
        ...(contact.email ? [p(contact.email)] : []),
        ...others.map((text) => p(text)),
        ...(content.dpo
          ? [p([{ text: 'Délégué à la protection des données : ', bold: true }, dpoLine(content.dpo)])]
          : []),
      ],
    ],
    [
      POSTER_LABELS.purposes,
      [
        list(
          cut(
            activities.map((a) => a.name),
            summary,
          ),
        ),
        ...(summary && activities.length > SHORT_LIST ? [p(`Et le reste ${where}.`)] : []),
        p(plainBases(content)),
        p(content.mandatoryData === DEFAULT_MANDATORY_DATA ? MANDATORY_POSTER : content.mandatoryData),
      ],
    ],
    [
      POSTER_LABELS.recipients,
      [
        p('Les soignants du cabinet qui vous prennent en charge, et seulement eux.'),
        ...(recipients.length > 0 ? [list(cut(recipients, summary))] : []),
        ...(content.transfers.length > 0
          ? [
              p(
                `Hors de l’Union européenne : ${content.transfers.map((t) => `${t.recipient} (${t.country})`).join(', ')}.`,
              ),
            ]
          : []),
        p('Nos prestataires techniques (logiciel, hébergeur) sont tenus au secret.'),
      ],
    ],
    [
      POSTER_LABELS.retention,
      [
        ...(retention ? [p([{ text: 'Votre dossier : ', bold: true }, `${retention}.`])] : []),
        p(`Les autres durées sont ${where}.`),
      ],
    ],
    [
      POSTER_LABELS.rights,
      [
        p(RIGHTS_POSTER),
        ...(content.consentBased ? [p(CONSENT_WITHDRAWAL)] : []),
        p(`Adressez-vous ${content.rightsContact.replace(/^auprès du/, 'au')}.`),
      ],
    ],
    [POSTER_LABELS.complaint, [p(COMPLAINT_POSTER)]],
  ];
}

/** One block of the poster: its heading in colour over a rule, then its text. */
function block(title: string, body: Content[], density: Density): Content {
  return {
    stack: [
      { text: title, bold: true, fontSize: density.heading, color: colors.accent, margin: [0, 0, 0, 2] },
      { canvas: [{ type: 'rect', x: 0, y: 0, w: 60, h: 3, color: colors.accent }], margin: [0, 0, 0, 6] },
      ...body,
    ],
    margin: [0, 0, 0, density.body * 0.9],
  };
}

function posterContent(doc: NoticeVersionDocument, layout: Layout): Content[] {
  const { density } = layout;
  const [who, why, receives, howLong, rights, complaint] = blocks(doc.content, layout).map(([title, body]) =>
    block(title, body, density),
  ) as [Content, Content, Content, Content, Content, Content];
  const url = doc.content.fullTextUrl ?? null;
  const footer: Content = url
    ? {
        columns: [
          { qr: url, fit: 84, eccLevel: 'M', width: 84 },
          {
            stack: [
              { text: 'Tout le détail : scannez ce code ou rendez-vous sur', fontSize: density.body - 2 },
              { text: url, bold: true, fontSize: density.body - 2 },
              { text: stampOf(doc), fontSize: 9, color: colors.muted, margin: [0, 6, 0, 0] },
            ],
            width: '*',
            margin: [14, 14, 0, 0],
          },
        ],
      }
    : {
        stack: [
          {
            text: 'Tout le détail figure dans le dépliant d’information : demandez-le au cabinet.',
            fontSize: density.body - 2,
          },
          { text: stampOf(doc), fontSize: 9, color: colors.muted, margin: [0, 6, 0, 0] },
        ],
      };
  return [
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: POSTER_HEADLINE, bold: true, fontSize: density.title, color: '#ffffff' },
                { text: POSTER_SUBLINE, fontSize: density.heading, color: '#ffffff', margin: [0, 4, 0, 0] },
              ],
              fillColor: colors.accent,
              margin: [14, 12, 14, 14],
            },
          ],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, density.body * 1.1],
    },
    {
      columns: [
        { stack: [who, why, howLong], width: '*' },
        { stack: [receives, rights, complaint], width: '*' },
      ],
      columnGap: 24,
      fontSize: density.body,
    },
    footer,
  ];
}

/**
 * The A4 poster for the waiting room, one page, read from two metres: a headline, six short blocks
 * (who, why, who receives, how long, your rights, how to complain) in 14 pt or more, the practice's
 * contact, and a QR code to the full text when patients can reach one. Only the activities about
 * patients are told. Tries {@link POSTER_LAYOUTS} in turn until it fits one page.
 */
export async function renderPoster(doc: NoticeVersionDocument): Promise<{ pdf: Buffer; layout: Layout }> {
  let last: { pdf: Buffer; layout: Layout } | undefined;
  for (const layout of POSTER_LAYOUTS) {
    const pdf = await renderPdf({
      title: 'Information des patients',
      practiceName: doc.content.controller.name,
      documentDate: doc.createdAt,
      content: posterContent(doc, layout),
      poster: true,
    });
    last = { pdf, layout };
    if (pageCount(pdf) <= 1) return last;
  }
  return last as { pdf: Buffer; layout: Layout };
}

/** The poster's PDF (see {@link renderPoster}). */
export async function noticePosterPdf(doc: NoticeVersionDocument): Promise<Buffer> {
  return (await renderPoster(doc)).pdf;
}
