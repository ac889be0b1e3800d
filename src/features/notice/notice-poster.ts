import { formatDayLong, parisDay } from '../../lib/dates/index.ts';
import { type Content, colors, renderPdf } from '../../lib/documents/index.ts';
import { contactLine, dpoLine, type NoticeContent } from './notice.ts';
import {
  COMPLAINT_SHORT,
  CONSENT_WITHDRAWAL,
  controllerSentences,
  POSTER_LABELS,
  POSTER_TITLE,
  RIGHTS_SHORT,
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
  body: number;
}
const LARGE: readonly Density[] = [
  { title: 34, body: 16 },
  { title: 32, body: 15 },
  { title: 30, body: 14 },
];
const SMALLER: readonly Density[] = [13, 12, 11, 10, 9, 8, 7].map((body) => ({
  title: Math.round(body * 2.1),
  body,
}));

/** Type sizes, and whether long lists are summarised (the leaflet has them in full). */
export interface Layout {
  density: Density;
  summary: boolean;
}

/**
 * The layouts tried in turn: everything in large type; then, for a long register, the recipients
 * and retention periods summarised (the leaflet gives them all) in large type, then smaller.
 */
export const POSTER_LAYOUTS: readonly Layout[] = [
  ...LARGE.map((density) => ({ density, summary: false })),
  ...[...LARGE, ...SMALLER].map((density) => ({ density, summary: true })),
];

/** Pages of a PDF produced by pdfmake (its page objects are written uncompressed). */
export function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page(?![s\w])/g) ?? []).length;
}

/** « Version n° 3 du 29 novembre 2026 » for a version. */
export function stampOf(doc: Pick<NoticeVersionDocument, 'number' | 'createdAt'>): string {
  return versionStamp(doc.number, formatDayLong(parisDay(doc.createdAt)));
}

/** How many recipients, and retention periods, the summarised poster names before sending to the leaflet. */
const SUMMARY_RECIPIENTS = 4;
const SUMMARY_PERIODS = 2;
const IN_LEAFLET = 'dans le dépliant d’information';

/** The recipients, all or the first ones, in one sentence. */
function recipientsText(recipients: readonly string[], summary: boolean): string {
  if (recipients.length === 0) return 'seules les personnes du cabinet qui en ont besoin.';
  const shown = summary ? recipients.slice(0, SUMMARY_RECIPIENTS) : recipients;
  const more = recipients.length > shown.length ? ` ; et d’autres, détaillés ${IN_LEAFLET}` : '';
  return `les personnes du cabinet qui en ont besoin ; ${shown.join(' ; ')}${more}.`;
}

/**
 * The retention periods: every one with its categories; or, summarised, the period of the health
 * data of the first activities (the medical or care record first), the others sent to the leaflet.
 */
function retentionText(content: NoticeContent, summary: boolean): Content[] {
  if (!summary) {
    return content.retentionSummary.flatMap((period, index) => [
      ...(index > 0 ? [' ; '] : []),
      { text: period.categories.join(', '), italics: true },
      ` : ${period.retention}`,
      ...(index === content.retentionSummary.length - 1 ? ['.'] : []),
    ]);
  }
  const main = content.activities.flatMap((activity) => {
    const category = activity.retention.find((r) => r.health) ?? null;
    return category ? [{ name: activity.name, retention: category.retention }] : [];
  });
  const first = content.activities[0]?.retention[0];
  const shown = (
    main.length > 0 ? main : first ? [{ name: content.activities[0]?.name ?? '', retention: first.retention }] : []
  ).slice(0, SUMMARY_PERIODS);
  return [
    ...shown.flatMap((period, index) => [
      ...(index > 0 ? [' ; '] : []),
      { text: period.name, italics: true },
      ` : ${period.retention}`,
    ]),
    `. Les durées des autres données figurent ${IN_LEAFLET}.`,
  ];
}

function posterContent(content: NoticeContent, { density, summary }: Layout): Content[] {
  /** One mention: its label in bold colour, then its text, in one paragraph. */
  const mention = (label: string, text: string | Content[]): Content => ({
    text: [{ text: `${label} : `, bold: true, color: colors.accent }, ...(typeof text === 'string' ? [text] : text)],
    fontSize: density.body,
    margin: [0, 0, 0, density.body * 0.55],
  });
  const contact = contactLine(content.contact);
  const others = controllerSentences(content.controller).slice(1);
  return [
    {
      text: POSTER_TITLE,
      bold: true,
      fontSize: density.title,
      color: colors.accent,
      margin: [0, 0, 0, density.body * 0.6],
    },
    mention(POSTER_LABELS.controller, [
      { text: content.controller.name, bold: true },
      ...(contact ? [` — ${contact}`] : []),
      ...(others.length > 0 ? [`. ${others.join(' ')}`] : ['.']),
    ]),
    ...(content.dpo ? [mention(POSTER_LABELS.dpo, `${dpoLine(content.dpo)}.`)] : []),
    mention(POSTER_LABELS.purposes, `${content.activities.map((a) => a.name).join(' · ')}.`),
    mention(POSTER_LABELS.legalBases, content.legalBasesSummary),
    mention(POSTER_LABELS.recipients, recipientsText(content.externalRecipients, summary)),
    mention(POSTER_LABELS.retention, retentionText(content, summary)),
    mention(
      POSTER_LABELS.transfers,
      content.transfers.length === 0
        ? 'aucun.'
        : `${content.transfers.map((t) => `${t.recipient} (${t.country}) : ${t.safeguard}`).join(' ; ')}.`,
    ),
    mention(POSTER_LABELS.rights, [
      `${RIGHTS_SHORT}${content.consentBased ? ` ${CONSENT_WITHDRAWAL}` : ''} `,
      { text: 'Pour les exercer : ', bold: true },
      `${content.rightsContact}.`,
    ]),
    mention(POSTER_LABELS.complaint, COMPLAINT_SHORT),
    mention(POSTER_LABELS.mandatory, content.mandatoryData),
    {
      text: 'Le détail de chaque activité figure dans le dépliant d’information, à demander au cabinet.',
      fontSize: Math.max(8, density.body - 4),
      color: colors.muted,
      margin: [0, density.body * 0.4, 0, 0],
    },
  ];
}

/**
 * The A4 waiting-room poster, one page, in type large enough to be read from a distance: every
 * mandatory mention of GDPR art. 13, briefly. Tries {@link POSTER_LAYOUTS} in turn until the
 * poster fits on one page; `layout` tells which one did.
 */
export async function renderPoster(doc: NoticeVersionDocument): Promise<{ pdf: Buffer; layout: Layout }> {
  const stamp = stampOf(doc);
  let last: { pdf: Buffer; layout: Layout } | undefined;
  for (const layout of POSTER_LAYOUTS) {
    const pdf = await renderPdf({
      title: 'Information des patients',
      subtitle: stamp,
      practiceName: doc.content.controller.name,
      documentDate: doc.createdAt,
      content: posterContent(doc.content, layout),
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
