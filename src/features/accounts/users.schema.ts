import { z } from '../../lib/zod.ts';
import { emailSchema, passwordSchema, roleSchema, userNameSchema, userResponse } from './accounts.schema.ts';

/** `:id` of a user, an invitation or a token: ids are UUIDs, anything else is a 400. */
export const idParams = z.strictObject({ id: z.uuid({ error: 'identifiant invalide' }) });

/** The practice's users, allow-listed fields only. */
export const usersResponse = z.array(userResponse);

/** What the owner may change about a user: the role, and whether the account is active. */
export const userChangeBody = z.strictObject({
  role: roleSchema.optional(),
  status: z.enum(['active', 'deactivated']).optional(),
});
/** The change the owner asked for (`PATCH /users/:id`). */
export type UserChange = z.infer<typeof userChangeBody>;

/** Whom to invite and with which role. */
export const invitationBody = z.strictObject({ email: emailSchema, role: roleSchema });

/** A pending invitation, without its link (the link is shown once, at creation). */
export const invitationResponse = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
});

/** The new invitation with its link: the only time the link is shown. */
export const invitationCreatedResponse = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  expiresAt: z.string(),
  url: z.string(),
});

/** The password reset link made by the owner: shown once, to hand over to the person. */
export const resetLinkResponse = z.object({ url: z.string(), expiresAt: z.string() });

const linkToken = z.string().trim().min(1, 'lien incomplet').max(200, 'lien invalide');

/** The invited person chooses their name and password; the e-mail and role come from the link. */
export const acceptInvitationBody = z.strictObject({
  token: linkToken,
  name: userNameSchema,
  password: passwordSchema,
});

/** A new password for the account the reset link names. */
export const acceptResetBody = z.strictObject({
  token: linkToken,
  password: passwordSchema,
});

/** The account's e-mail, to prefill the sign-in form (accepting never signs in). */
export const acceptedResponse = z.object({ email: z.string() });
