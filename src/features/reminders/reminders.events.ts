import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';

/** The owner's outgoing e-mail settings (the fields' names, never the password). */
export const remindersJournalEvents = defineJournalEvents({
  'mail_settings.updated': {
    label: 'Réglages d’envoi des e-mails modifiés',
    data: z.strictObject({ fields: z.array(z.string().min(1)).min(1) }),
  },
});
