import { z } from '../../lib/zod.ts';
import { MAIL_SECURITIES } from './mail-settings.repository.ts';
import { DIGEST_FREQUENCIES } from './reminders.ts';

/** `GET|PUT /me/reminders`: the member's choices. */
export const prefsBody = z.strictObject({
  digest: z.enum(DIGEST_FREQUENCIES, { error: 'fréquence attendue : weekly, daily ou none' }),
  alerts: z.boolean({ error: 'vrai ou faux attendu' }),
  anchor: z.boolean({ error: 'vrai ou faux attendu' }),
});
export const prefsResponse = prefsBody.extend({
  /** Whether the instance can send e-mail at all (else the choices wait). */
  mailAvailable: z.boolean(),
  email: z.string(),
});

/** `PUT /mail/settings`: the owner's outgoing server; `password` absent keeps the saved one, null removes it. */
export const mailSettingsBody = z.strictObject({
  host: z
    .string({ error: 'nom du serveur attendu' })
    .trim()
    .min(1, 'nom du serveur à indiquer (par exemple smtp.exemple.fr)')
    .max(253, 'nom du serveur trop long')
    .regex(
      /^[A-Za-z0-9.-]+$/,
      'nom du serveur : lettres, chiffres, points et tirets seulement (par exemple smtp.exemple.fr)',
    ),
  port: z
    .int({ error: 'numéro de port attendu (465, 587 ou 25)' })
    .min(1, 'port entre 1 et 65535')
    .max(65535, 'port entre 1 et 65535'),
  security: z.enum(MAIL_SECURITIES, { error: 'sécurité attendue : tls, starttls ou none' }),
  username: z
    .string({ error: 'identifiant : texte attendu' })
    .trim()
    .max(200, 'identifiant trop long (200 caractères au plus)')
    .nullish()
    .transform((v) => v || null),
  password: z
    .string({ error: 'mot de passe : texte attendu' })
    .max(500, 'mot de passe trop long')
    .nullable()
    .optional(),
  from: z.email('adresse d’expédition : adresse e-mail attendue, par exemple rappels@cabinet.fr'),
});

export const mailSettingsResponse = z.object({
  /** `environment`: set by the host (HYGIE_SMTP_URL), `practice`: typed here, `none`: not yet. */
  source: z.enum(['environment', 'practice', 'none']),
  /** Whether this page may change the server (a single-practice instance without HYGIE_SMTP_URL). */
  editable: z.boolean(),
  settings: z
    .object({
      host: z.string(),
      port: z.number(),
      security: z.enum(MAIL_SECURITIES),
      username: z.string().nullable(),
      passwordSet: z.boolean(),
      from: z.string(),
    })
    .nullable(),
  failures: z.array(
    z.object({
      kind: z.string(),
      createdAt: z.string(),
      attempts: z.number(),
      error: z.string(),
      givenUp: z.boolean(),
    }),
  ),
});

export const mailTestResponse = z.union([
  z.object({ ok: z.literal(true), sentTo: z.string() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

export const unsubscribeBody = z.strictObject({ token: z.string({ error: 'lien attendu' }).min(1).max(2000) });
export const unsubscribeResponse = z.object({ what: z.enum(['digest', 'alerts', 'anchor']) });
