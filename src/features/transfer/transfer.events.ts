import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';

const hash = z.string().regex(/^[0-9a-f]{64}$/);

/** The whole-practice export and import (docs/practice-export.md). */
export const transferJournalEvents = defineJournalEvents({
  'practice.exported': {
    label: 'Cabinet exporté (fichier complet)',
    data: z.strictObject({ via: z.enum(['web', 'cli']) }),
  },
  'practice.imported': {
    label: 'Cabinet importé d’une autre installation de Hygie',
    data: z.strictObject({
      sourcePracticeId: z.string().min(1),
      exportedAt: z.string().min(1),
      /** The imported journal's head hash: its archived chain verifies against it. */
      headHash: hash,
      entries: z.int().min(0),
      archivedChains: z.int().min(1),
    }),
  },
});
