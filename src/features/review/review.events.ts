import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';
import { REVIEW_POINT_KEYS } from './review.ts';

const points = z.array(z.enum(REVIEW_POINT_KEYS));

/**
 * The yearly review: which points were confirmed as they are and which were changed. The register
 * rule (« constaté par Hygie ») and the compliance file read the entry's date.
 */
export const reviewJournalEvents = defineJournalEvents({
  'yearly_review.completed': {
    label: 'Revue annuelle faite',
    data: z.strictObject({ confirmed: points, changed: points }),
  },
});
