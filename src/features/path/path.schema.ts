import { z } from '../../lib/zod.ts';
import { STEP_IDS } from './path.ts';

const step = z.object({
  id: z.enum(STEP_IDS),
  title: z.string(),
  state: z.enum(['done', 'todo', 'redo']),
  reason: z.string().nullable(),
  minutes: z.int(),
  action: z.string(),
  href: z.string(),
});

/** `GET /api/v1/compliance-path`: the steps in order, and the one the button leads to. */
export const pathResponse = z.object({
  steps: z.array(step),
  next: z.enum(STEP_IDS).nullable(),
  done: z.int(),
  total: z.int(),
});

export const planOpenedResponse = z.object({ recorded: z.boolean() });
