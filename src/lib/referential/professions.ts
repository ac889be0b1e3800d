import { z } from '../zod.ts';
import { defineReferential } from './loader.ts';

/** Professions a practice can declare; must equal the ids of `referential/professions.yaml`. */
export const PROFESSIONS = [
  'medecin',
  'infirmier',
  'masseur_kinesitherapeute',
  'chirurgien_dentiste',
  'sage_femme',
  'orthophoniste',
  'pedicure_podologue',
  'pharmacien',
  'biologiste',
  'autre',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

/** Ways of practising; must equal the ids of `referential/structure-types.yaml`. */
export const STRUCTURE_TYPES = ['solo', 'group', 'msp', 'health_center', 'pharmacy', 'laboratory'] as const;
export type StructureType = (typeof STRUCTURE_TYPES)[number];

const label = z.string().trim().min(1).max(120);

/** A health profession, its French label, display order and CNIL framework coverage. */
export const professionEntrySchema = z.strictObject({
  id: z.enum(PROFESSIONS),
  label,
  order: z.int().positive(),
  /** Whether the CNIL framework for medical and paramedical practices (délibération 2020-081) covers it. */
  cnilPracticeFramework: z.boolean(),
});
export type ProfessionEntry = z.infer<typeof professionEntrySchema>;

/** A kind of practice structure with a one-sentence French explanation. */
export const structureTypeEntrySchema = z.strictObject({
  id: z.enum(STRUCTURE_TYPES),
  label,
  help: z.string().trim().min(1).max(300),
});
export type StructureTypeEntry = z.infer<typeof structureTypeEntrySchema>;

/** `referential/professions.yaml`. */
export const professionsReferential = defineReferential({ file: 'professions.yaml', schema: professionEntrySchema });

/** `referential/structure-types.yaml`. */
export const structureTypesReferential = defineReferential({
  file: 'structure-types.yaml',
  schema: structureTypeEntrySchema,
});
