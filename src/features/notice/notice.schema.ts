import { z } from '../../lib/zod.ts';
import { CARE_SETTINGS } from '../accounts/profile-questions.ts';
import { MENTIONS } from './notice.ts';

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} : texte attendu` })
    .trim()
    .max(max, `${label} trop long (${max.toLocaleString('fr-FR')} caractères au plus)`)
    .nullish()
    .transform((v) => v || null);

/** `PUT /notice/settings`: the whole settings; an absent or empty field takes Hygie's default. */
export const noticeSettingsBody = z.strictObject({
  controller: optionalText('nom du responsable', 200),
  rightsContact: optionalText('exercice des droits', 500),
  mandatoryData: optionalText('réponses obligatoires', 1000),
});
export type NoticeSettingsInput = z.output<typeof noticeSettingsBody>;

/** `?version=3` picks a version; without it, the latest (generated on demand the first time). */
export const documentQuery = z.strictObject({
  version: z.coerce
    .number({ error: 'numéro de version attendu' })
    .int('numéro de version entier attendu')
    .min(1, 'les versions sont numérotées à partir de 1')
    .max(1_000_000, 'numéro de version trop grand')
    .optional(),
});

const settingsResponse = z.object({
  controller: z.string().nullable(),
  rightsContact: z.string().nullable(),
  mandatoryData: z.string().nullable(),
});

export const versionResponse = z.object({
  number: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
  registerVersion: z.number(),
  registerChangedAt: z.string().nullable(),
  fingerprint: z.string(),
  /** Register activities the version tells about. */
  activities: z.number(),
  outdated: z.boolean(),
  /** Why it is outdated, in plain French. */
  outdatedReasons: z.array(z.string()),
});
export type VersionView = z.infer<typeof versionResponse>;

export const noticeResponse = z.object({
  settings: settingsResponse,
  /** Where care happens (practice profile): at patients' homes the leaflet comes first. */
  careSetting: z.enum(CARE_SETTINGS),
  /** The practice profile's contact details the notice prints (changed on the practice page). */
  contact: z.object({ address: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
  /** Hygie's wording for the fields left empty. */
  defaults: z.object({ controller: z.string(), rightsContact: z.string(), mandatoryData: z.string() }),
  dpo: z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  /** Active activities of the register the notice is made from. */
  activities: z.number(),
  registerVersion: z.number(),
  /** The mandatory mentions that cannot be written yet: generating is refused until this is empty. */
  missing: z.array(z.object({ mention: z.enum(MENTIONS), message: z.string() })),
  complete: z.boolean(),
  latest: versionResponse.nullable(),
  /** The latest version no longer matches the register, the DPO or the practice (false when there is none). */
  outdated: z.boolean(),
  versions: z.array(versionResponse),
});
export type NoticeView = z.infer<typeof noticeResponse>;

/** `GET /notice/public/:token`: any text up to 200 characters (an unknown one is 404, never 400). */
export const publicNoticeParams = z.strictObject({ token: z.string().max(200) });
