import { z } from '../../lib/zod.ts';
import { passwordSchema } from '../accounts/accounts.schema.ts';

export const codeSchema = z
  .string()
  .trim()
  .regex(/^\d{3}\s?\d{3}$/, 'le code compte 6 chiffres');

export const mfaSetupResponse = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  /** An SVG image of the QR code, as a data: URL (no request to any other site). */
  qrCode: z.string(),
});

export const mfaEnableBody = z.strictObject({ code: codeSchema });
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
export const passwordConfirmBody = z.strictObject({ password: passwordSchema });
export const mfaStatusResponse = z.object({
  enabled: z.boolean(),
  required: z.boolean(),
  recoveryCodesLeft: z.number(),
});

export const mfaLoginBody = z.union([
  z.strictObject({ code: codeSchema }),
  z.strictObject({ recoveryCode: z.string().trim().min(10).max(20) }),
]);
