import { z } from '../../lib/zod.ts';
import { REVIEW_ANSWERS, REVIEW_POINTS, type ReviewPointKey } from './review.ts';

const answer = z.enum(REVIEW_ANSWERS, {
  error: '« confirmed » (rien n’a changé) ou « changed » (mise à jour faite) attendu',
});

/** `POST /yearly-review`: an answer for every point of the review. */
export const reviewBody = z.strictObject({
  answers: z.strictObject(
    Object.fromEntries(REVIEW_POINTS.map((point) => [point.key, answer])) as Record<ReviewPointKey, typeof answer>,
  ),
});
export type ReviewInput = z.infer<typeof reviewBody>;

const pointKey = z.enum(REVIEW_POINTS.map((p) => p.key) as [ReviewPointKey, ...ReviewPointKey[]]);

export const reviewResponse = z.object({
  points: z.array(z.object({ key: pointKey, question: z.string(), href: z.string() })),
  last: z
    .object({
      at: z.string(),
      by: z.string(),
      confirmed: z.array(pointKey),
      changed: z.array(pointKey),
    })
    .nullable(),
  /** The Paris day the next review is due, and whether it is due now. */
  dueDay: z.string(),
  due: z.boolean(),
  canComplete: z.boolean(),
});
