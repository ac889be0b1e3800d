import { z } from '../../lib/zod.ts';

/** GET /tools/password-context: the practice's forbidden words, nothing else. */
export const passwordContextResponse = z.object({
  words: z.array(z.string()),
});
