import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';

/** The guided path's journal actions. */
export const pathJournalEvents = defineJournalEvents({
  /**
   * The action plan's page was opened by someone who acts on it: the path's « plan » step is done
   * (recorded once per change of the diagnostic, not at every visit).
   */
  'action_plan.opened': { label: 'Plan d’action consulté', data: z.strictObject({}) },
});
