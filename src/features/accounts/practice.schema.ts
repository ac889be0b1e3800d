import { PROFESSIONS, STRUCTURE_TYPES } from '../../lib/referential/index.ts';
import { z } from '../../lib/zod.ts';
import { CARE_SETTINGS, DATA_LOCATIONS, LEGAL_FORMS, MEDICAL_SPECIALTIES } from './profile-questions.ts';

const nullableText = z.string().nullable();

/**
 * The practice as the API shows it. Transform-free on purpose: the response serialiser *encodes*
 * with its schema, and `practiceResponse` (built on the input schema) holds one-way transforms.
 */
export const practiceView = z.object({
  id: z.string(),
  status: z.enum(['active', 'suspended']),
  createdAt: z.string(),
  name: z.string(),
  structureType: z.enum(STRUCTURE_TYPES),
  professions: z.array(z.enum(PROFESSIONS)),
  staffCount: z.number().int(),
  department: nullableText,
  siret: nullableText,
  finess: nullableText,
  rpps: nullableText,
  dataLocations: z.array(z.enum(DATA_LOCATIONS)),
  careSetting: z.enum(CARE_SETTINGS),
  address: nullableText,
  phone: nullableText,
  email: nullableText,
  website: nullableText,
  videoSurveillance: z.boolean(),
  practiceSoftware: nullableText,
  appointmentPlatform: nullableText,
  teleconsultation: z.boolean(),
  wifi: z.boolean(),
  mobileDevices: z.boolean(),
  dpo: z.object({ name: z.string(), email: nullableText, phone: nullableText }).nullable(),
  mfaRequired: z.boolean(),
  legalForm: z.enum(LEGAL_FORMS).nullable(),
  medicalSpecialties: z.array(z.enum(MEDICAL_SPECIALTIES)),
  goodFriday: z.boolean(),
});
/** A practice as the API shows it. */
export type PracticeView = z.infer<typeof practiceView>;
