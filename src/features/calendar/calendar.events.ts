import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';

/** The personal calendar links: created (replacing the previous one or not) and revoked. */
export const calendarJournalEvents = defineJournalEvents({
  'calendar_feed.created': {
    label: 'Lien d’agenda créé',
    data: z.strictObject({ replaced: z.boolean() }),
  },
  'calendar_feed.revoked': { label: 'Lien d’agenda révoqué', data: z.strictObject({}) },
});
