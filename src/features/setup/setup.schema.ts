import { z } from '../../lib/zod.ts';
import { emailSchema, passwordSchema, practiceProfileSchema, userNameSchema } from '../accounts/accounts.schema.ts';

export const setupStatusResponse = z.object({ needed: z.boolean(), codeRequired: z.boolean() });

export const setupBody = z.strictObject({
  practice: practiceProfileSchema,
  owner: z.strictObject({ email: emailSchema, name: userNameSchema, password: passwordSchema }),
  setupCode: z.string().trim().max(20).optional(),
});
