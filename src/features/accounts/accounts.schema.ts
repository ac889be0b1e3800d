import { PROFESSIONS, STRUCTURE_TYPES } from '../../lib/referential/index.ts';
import { z } from '../../lib/zod.ts';
import {
  CARE_SETTINGS,
  DATA_LOCATIONS,
  DEPARTMENT_PATTERN,
  LEGAL_FORMS,
  MEDICAL_SPECIALTIES,
  WEBSITE_PATTERN,
} from './profile-questions.ts';
import { ROLES } from './roles.ts';

export { CARE_SETTINGS, DATA_LOCATIONS };

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'adresse e-mail invalide' }))
  .transform((v) => v.toLowerCase());

export const dpoSchema = z.strictObject({
  name: text(120),
  email: emailSchema.nullish().transform((v) => v ?? null),
  phone: optionalText(30),
});

/** The practice profile: it tailors every later feature (checklist, register, retention…). */
export const practiceProfileSchema = z.strictObject({
  name: text(120),
  structureType: z.enum(STRUCTURE_TYPES),
  professions: z
    .array(z.enum(PROFESSIONS))
    .min(1)
    .max(PROFESSIONS.length)
    .refine((list) => new Set(list).size === list.length, 'une profession est en double'),
  /** The people other than the practitioner(s): secretaries, assistants… (see profile-questions.ts). */
  staffCount: z.number().int().min(0).max(10_000).default(0),
  department: z
    .string()
    .trim()
    .toUpperCase()
    .regex(DEPARTMENT_PATTERN, 'numéro de département attendu, par exemple 75, 2A ou 974')
    .nullish()
    .transform((v) => v ?? null),
  siret: z
    .string()
    .regex(/^\d{14}$/, 'le SIRET compte 14 chiffres')
    .nullish()
    .transform((v) => v ?? null),
  finess: z
    .string()
    .regex(/^[0-9AB]{9}$/, 'le numéro FINESS compte 9 caractères')
    .nullish()
    .transform((v) => v ?? null),
  rpps: z
    .string()
    .regex(/^\d{11}$/, 'le numéro RPPS compte 11 chiffres')
    .nullish()
    .transform((v) => v ?? null),
  dataLocations: z
    .array(z.enum(DATA_LOCATIONS))
    .min(1, 'indiquez au moins un endroit où sont les données des patients')
    .refine((list) => new Set(list).size === list.length, 'un emplacement est en double'),
  /** Where care happens: at the practice, at the patients' homes, or both. */
  careSetting: z.enum(CARE_SETTINGS).default('practice'),
  /** The controller's contact details: the notice, the poster and the register print them. */
  address: optionalText(300),
  phone: optionalText(30),
  email: emailSchema.nullish().transform((v) => v ?? null),
  /** The practice's website address, or null when it has none. */
  website: optionalText(300).pipe(
    z.string().regex(WEBSITE_PATTERN, 'adresse de site attendue, par exemple cabinet-martin.fr').nullable(),
  ),
  videoSurveillance: z.boolean().default(false),
  practiceSoftware: optionalText(120),
  appointmentPlatform: optionalText(120),
  teleconsultation: z.boolean().default(false),
  wifi: z.boolean().default(false),
  mobileDevices: z.boolean().default(false),
  dpo: dpoSchema.nullish().transform((v) => v ?? null),
  mfaRequired: z.boolean().default(false),
  /** Individual (BNC) or company; null until answered (see `effectiveLegalForm`). */
  legalForm: z
    .enum(LEGAL_FORMS, {
      error: 'forme d’exercice : individual (en nom propre, BNC) ou company (société, commerçant) attendu',
    })
    .nullish()
    .transform((v) => v ?? null),
  /** The physicians' specialties (only meaningful when a physician practises here). */
  medicalSpecialties: z
    .array(z.enum(MEDICAL_SPECIALTIES, { error: `spécialité inconnue (${MEDICAL_SPECIALTIES.join(', ')})` }))
    .refine((list) => new Set(list).size === list.length, 'une spécialité est en double')
    .default([]),
  /** Good Friday is a holiday in the practice's Alsace-Moselle commune (off by default). */
  goodFriday: z.boolean().default(false),
});
export type PracticeProfileInput = z.input<typeof practiceProfileSchema>;
export type PracticeProfile = z.output<typeof practiceProfileSchema>;

export const practiceResponse = practiceProfileSchema.extend({
  id: z.string(),
  status: z.enum(['active', 'suspended']),
  createdAt: z.string(),
});

export const roleSchema = z.enum(ROLES);
export const userNameSchema = text(120);
export const passwordSchema = z
  .string()
  .min(1, 'mot de passe requis')
  .max(256, 'mot de passe trop long (256 caractères au plus)');

export const userResponse = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  status: z.enum(['active', 'deactivated']),
  mfaEnabled: z.boolean(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userResponse>;
