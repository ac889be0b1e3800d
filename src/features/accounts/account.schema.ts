import { z } from '../../lib/zod.ts';
import { passwordSchema } from './accounts.schema.ts';

/** Changing one's own password: the current one proves it is really the user. */
export const passwordChangeBody = z.strictObject({
  currentPassword: passwordSchema,
  newPassword: passwordSchema,
  /** Also revoke one's API tokens (a script using one stops working). A reset always revokes them. */
  revokeTokens: z.boolean().optional(),
});
/** How many other sessions were closed. */
export const passwordChangedResponse = z.object({ signedOut: z.number().int(), tokensRevoked: z.number().int() });

/** One of the caller's open sessions; `id` is an opaque reference, never the stored session id. */
export const sessionResponse = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

/** A named token, valid 1 to 365 days (90 by default). */
export const tokenCreateBody = z.strictObject({
  name: z.string().trim().min(1, 'donnez un nom au jeton').max(100),
  expiresInDays: z
    .number()
    .int('nombre entier de jours attendu')
    .min(1, 'entre 1 et 365 jours')
    .max(365, 'entre 1 et 365 jours')
    .default(90),
});

/** A token as listed: its beginning (prefix) only, never the token itself. */
export const tokenResponse = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

/** The new token, shown this once: Hygie keeps only its hash. */
export const tokenCreatedResponse = z.object({
  token: z.string(),
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  expiresAt: z.string(),
});
