import { z } from '../../lib/zod.ts';
import { emailSchema, passwordSchema, practiceResponse, userResponse } from './accounts.schema.ts';

export const loginBody = z.strictObject({ email: emailSchema, password: passwordSchema });

export const meResponse = z.object({
  user: userResponse,
  practice: practiceResponse.pick({ id: true, name: true, structureType: true, professions: true, mfaRequired: true }),
  /** Send it back in the X-CSRF-Token header of every change made with the session cookie. */
  csrfToken: z.string().optional(),
  session: z.object({
    via: z.enum(['session', 'token']),
    idleExpiresAt: z.string().optional(),
    /** The configured idle time: after any request the session lasts at least this long. */
    idleMinutes: z.number().int().optional(),
    expiresAt: z.string().optional(),
  }),
});

export const loginResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('authenticated'), me: meResponse }),
  z.object({ status: z.literal('mfa_required'), csrfToken: z.string() }),
]);
