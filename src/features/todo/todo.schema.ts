import { TODO_KINDS, TODO_SEVERITIES, TODO_STATES } from '../../lib/todo/registry.ts';
import { z } from '../../lib/zod.ts';
import { ROLES } from '../accounts/roles.ts';

/** One item of the « à faire » list, as `GET /api/v1/todo` returns it (the contract of the reminders too). */
export const todoItemSchema = z.object({
  id: z.string(),
  kind: z.enum(TODO_KINDS),
  title: z.string(),
  detail: z.string().nullable(),
  due: z.iso.datetime().nullable(),
  dueDay: z.iso.date().nullable(),
  state: z.enum(TODO_STATES),
  severity: z.enum(TODO_SEVERITIES),
  audience: z.object({ roles: z.array(z.enum(ROLES)), assigneeId: z.string().nullable() }),
  href: z.string(),
});

export const todoResponse = z.object({
  items: z.array(todoItemSchema),
  /** Sources that could not be read just now: the list may miss their items. */
  unavailable: z.array(z.string()),
});
