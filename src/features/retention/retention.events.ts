import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';

const count = z.int().min(0);
/** `keepDays` appeared with the rules counted in days: older entries do not hold it. */
const durations = z.strictObject({
  keepMonths: z.int().min(0),
  keepDays: z.int().min(0).optional(),
  archiveMonths: z.int().min(0),
});

/** The retention feature's journal actions: settings changes, and scans as counts only (never an identifier). */
export const retentionJournalEvents = defineJournalEvents({
  'retention.settings_updated': {
    label: 'Durées de conservation modifiées',
    data: z.strictObject({
      changes: z.array(z.strictObject({ rule: z.string().min(1).max(100), from: durations, to: durations })).min(1),
    }),
  },
  'retention.index_scanned': {
    label: 'Index des patients analysé',
    data: z.strictObject({
      format: z.enum(['json', 'csv']),
      /** The part of a file the web page sent in several requests. */
      part: z.int().min(1).optional(),
      records: count,
      keep: count,
      archive: count,
      destroy: count,
      review: count,
      problems: count,
    }),
  },
});
