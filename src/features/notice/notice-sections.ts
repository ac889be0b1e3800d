import { dpoLine, type NoticeContent, unbreakable } from './notice.ts';
import {
  COMPLAINT,
  CONSENT_WITHDRAWAL,
  controllerSentences,
  HEADINGS,
  NO_TRANSFER,
  RIGHTS_DEADLINE,
  RIGHTS_FULL,
} from './notice-text.ts';

/** A piece of the full notice, independent of the output (leaflet PDF, HTML, Markdown). */
export type Block =
  | { kind: 'paragraph'; text: string; label?: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'subsection'; heading: string; blocks: Block[] };

export interface Section {
  heading: string;
  blocks: Block[];
}

const paragraph = (text: string, label?: string): Block =>
  label === undefined ? { kind: 'paragraph', text } : { kind: 'paragraph', text, label };
const list = (items: string[]): Block[] => (items.length > 0 ? [{ kind: 'list', items }] : []);

/**
 * The full notice, section by section, each headed by a mandatory mention of GDPR art. 13: who is
 * responsible and how to reach them, the DPO (only when designated), each activity's purposes and
 * legal basis, the recipients, the retention periods, transfers, the rights with their limits for
 * medical records, the complaint to the CNIL, and which answers are mandatory.
 */
export function noticeSections(content: NoticeContent): Section[] {
  const { contact } = content;
  const sections: Section[] = [
    {
      heading: HEADINGS.controller,
      blocks: [
        ...controllerSentences(content.controller).map((text) => paragraph(text)),
        ...(contact.address ? [paragraph(contact.address, 'Adresse')] : []),
        ...(contact.phone ? [paragraph(unbreakable(contact.phone), 'Téléphone')] : []),
        ...(contact.email ? [paragraph(contact.email, 'E-mail')] : []),
      ],
    },
  ];
  if (content.dpo) {
    sections.push({
      heading: HEADINGS.dpo,
      blocks: [paragraph(`Vous pouvez le contacter pour toute question sur vos données : ${dpoLine(content.dpo)}.`)],
    });
  }
  sections.push(
    {
      heading: HEADINGS.purposes,
      blocks: content.activities.map((activity) => ({
        kind: 'subsection',
        heading: activity.name,
        blocks: [
          ...list(activity.purposes),
          paragraph(activity.legalBasis, 'Base légale'),
          ...(activity.legalBasisDetail ? [paragraph(activity.legalBasisDetail)] : []),
        ],
      })),
    },
    {
      heading: HEADINGS.recipients,
      blocks: [
        ...(content.internalRecipients.length > 0
          ? [paragraph('Au cabinet, seules les personnes qui en ont besoin :')]
          : []),
        ...list(content.internalRecipients),
        ...(content.externalRecipients.length > 0 ? [paragraph('En dehors du cabinet :')] : []),
        ...list(content.externalRecipients),
      ],
    },
    {
      heading: HEADINGS.retention,
      blocks: content.activities.map((activity) => ({
        kind: 'subsection',
        heading: activity.name,
        blocks: list(activity.retention.map((r) => `${r.label} : ${r.retention}`)),
      })),
    },
    {
      heading: HEADINGS.transfers,
      blocks:
        content.transfers.length === 0
          ? [paragraph(NO_TRANSFER)]
          : list(content.transfers.map((t) => `${t.recipient} (${t.country}) : ${t.safeguard}`)),
    },
    {
      heading: HEADINGS.rights,
      blocks: [
        ...list([...RIGHTS_FULL]),
        ...(content.consentBased ? [paragraph(CONSENT_WITHDRAWAL)] : []),
        paragraph(`${content.rightsContact}.`, 'Pour exercer vos droits'),
        paragraph(RIGHTS_DEADLINE),
      ],
    },
    { heading: HEADINGS.complaint, blocks: [paragraph(COMPLAINT)] },
    { heading: HEADINGS.mandatory, blocks: [paragraph(content.mandatoryData)] },
  );
  return sections;
}
