import { z } from '../../lib/zod.ts';
import { EVIDENCE_TARGETS } from './evidence-targets.ts';

const targetType = z.enum(EVIDENCE_TARGETS, {
  error: `à quoi la pièce est jointe : ${EVIDENCE_TARGETS.join(', ')}`,
});
const targetId = z.string({ error: 'identifiant attendu' }).trim().min(1, 'identifiant à indiquer').max(100);

/** `POST /evidence?target=processor&targetId=…` (the file in the multipart field `file`). */
export const evidenceUploadQuery = z.strictObject({ target: targetType, targetId: targetId.optional() });

/** `GET /evidence`: every readable file, or those of one target. */
export const evidenceListQuery = z.strictObject({ target: targetType.optional(), targetId: targetId.optional() });

export const evidenceParams = z.strictObject({ id: z.string().min(1).max(100) });

export const evidenceResponse = z.object({
  id: z.string(),
  target: z.object({ type: targetType, id: z.string().nullable() }),
  attachedTo: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  addedBy: z.string(),
  addedAt: z.string(),
});

export const evidenceListResponse = z.object({
  files: z.array(evidenceResponse),
  /** Bytes used by the practice's files and the quota; the largest file accepted. */
  usedBytes: z.number(),
  quotaBytes: z.number(),
  maxFileBytes: z.number(),
  /** Whether the caller may add files to the practice itself. */
  canAddToPractice: z.boolean(),
});
