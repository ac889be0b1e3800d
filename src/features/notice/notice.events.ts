import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';

/** Settings of the notice a change may touch; the journal records their names, not their values. */
export const NOTICE_SETTINGS_FIELDS = ['controller', 'rightsContact', 'mandatoryData'] as const;
export type NoticeSettingsField = (typeof NOTICE_SETTINGS_FIELDS)[number];
/** Earlier entries may also name the contact details, held by the notice settings until the profile took them. */
const JOURNALED_FIELDS = [...NOTICE_SETTINGS_FIELDS, 'address', 'phone', 'email'] as const;

/** The patient information notice's journal actions. */
export const noticeJournalEvents = defineJournalEvents({
  'notice.settings_updated': {
    label: 'Coordonnées de l’information des patients modifiées',
    data: z.strictObject({ fields: z.array(z.enum(JOURNALED_FIELDS)).min(1) }),
  },
  'notice.generated': {
    label: 'Information des patients générée',
    data: z.strictObject({
      number: z.int().min(1),
      registerVersion: z.int().min(0),
      activities: z.int().min(0),
      onDemand: z.boolean(),
    }),
  },
  // Read by the diagnostic (« constaté par Hygie »): the current version reached patients' hands.
  'notice.downloaded': {
    label: 'Information des patients téléchargée',
    data: z.strictObject({
      number: z.int().min(1),
      document: z.enum(['poster.pdf', 'leaflet.pdf', 'website.html', 'website.md']),
    }),
  },
});
