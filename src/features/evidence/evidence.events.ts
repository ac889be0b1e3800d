import { z } from '../../lib/zod.ts';
import { defineJournalEvents } from '../journal/define-events.ts';
import { EVIDENCE_TARGETS } from './evidence-targets.ts';

const file = {
  target: z.enum(EVIDENCE_TARGETS),
  size: z.int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
};

/**
 * The evidence documents' journal actions: who added or removed a file (the entry's author and
 * time), what it proves, its type, size and SHA-256 — never its name, which may hold a patient's.
 */
export const evidenceJournalEvents = defineJournalEvents({
  'evidence.added': {
    label: 'Pièce justificative ajoutée',
    data: z.strictObject({ ...file, mediaType: z.string().min(1).max(200) }),
  },
  'evidence.deleted': { label: 'Pièce justificative supprimée', data: z.strictObject(file) },
});
