import { ReferentialError } from '../../lib/referential/errors.ts';
import {
  defaultReferentialDir,
  defineReferential,
  loadReferential,
  type ReferentialEntry,
} from '../../lib/referential/loader.ts';
import { STRUCTURE_TYPES } from '../../lib/referential/professions.ts';
import { z } from '../../lib/zod.ts';

// Imported from the referential's own modules, not its index: the index lists these definitions.

/** Families of measures; must equal the ids of `referential/measure-families.yaml`. */
export const MEASURE_FAMILY_IDS = [
  'messagerie',
  'sauvegardes',
  'protections',
  'chiffrement',
  'acces',
  'appareils',
  'reseau',
  'locaux',
  'prestataires',
  'equipe',
  'incidents',
  'rgpd',
] as const;
export type MeasureFamilyId = (typeof MEASURE_FAMILY_IDS)[number];

/** Where patient data can live; the same values as the practice profile's `dataLocations`. */
export const STORAGE_LOCATIONS = ['local', 'cloud', 'paper'] as const;
export type StorageLocation = (typeof STORAGE_LOCATIONS)[number];

export const MEASURE_LEVELS = ['essential', 'recommended'] as const;
export type MeasureLevel = (typeof MEASURE_LEVELS)[number];

export const MEASURE_EFFORTS = ['small', 'medium', 'large'] as const;
export type MeasureEffort = (typeof MEASURE_EFFORTS)[number];

export const RECURRENCE_UNITS = ['day', 'week', 'month', 'year'] as const;
export type RecurrenceUnit = (typeof RECURRENCE_UNITS)[number];

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'identifiant en minuscules et tirets attendu, par exemple « mot-de-passe »',
});
const sentence = (max: number) => z.string().trim().min(1).max(max);
const httpsUrl = z.url({ protocol: /^https$/, error: 'lien invalide : une adresse complète en https:// est attendue' });

/** A family of measures: its French label, its weight in the action plan (1–5) and what it covers. */
export const measureFamilySchema = z.strictObject({
  id: z.enum(MEASURE_FAMILY_IDS),
  label: sentence(80),
  /** Orders the action plan after the level: a heavier family comes first. */
  weight: z.int().min(1).max(5),
  description: sentence(300),
});

/**
 * When a measure concerns a practice; every condition given must hold, and an absent one is no
 * condition. `storage` holds when the practice keeps data in any of the listed places.
 */
export const applicabilitySchema = z.strictObject({
  storage: z.array(z.enum(STORAGE_LOCATIONS)).min(1).optional(),
  structureTypes: z.array(z.enum(STRUCTURE_TYPES)).min(1).optional(),
  requiresStaff: z.literal(true).optional(),
  requiresWifi: z.literal(true).optional(),
  requiresMobileDevices: z.literal(true).optional(),
  requiresTeleconsultation: z.literal(true).optional(),
});

/** A measure that comes back: `label` names the task on the « À faire » list. */
export const recurrenceSchema = z.strictObject({
  every: z.int().positive().max(366),
  unit: z.enum(RECURRENCE_UNITS),
  label: sentence(110),
});

/** One hygiene or GDPR measure of the diagnostic, in plain French (`source` is checked by the loader). */
export const measureSchema = z.strictObject({
  id: kebabId,
  family: z.enum(MEASURE_FAMILY_IDS),
  title: sentence(110),
  why: sentence(600),
  how: z.array(sentence(400)).min(2).max(6),
  applicability: applicabilitySchema.optional(),
  level: z.enum(MEASURE_LEVELS),
  effort: z.enum(MEASURE_EFFORTS),
  recurrence: recurrenceSchema.optional(),
  links: z
    .array(z.strictObject({ label: sentence(160), url: httpsUrl }))
    .min(1)
    .optional(),
});

export type MeasureFamily = ReferentialEntry<z.infer<typeof measureFamilySchema>>;
export type Applicability = z.infer<typeof applicabilitySchema>;
export type Recurrence = z.infer<typeof recurrenceSchema>;
export type Measure = ReferentialEntry<z.infer<typeof measureSchema>>;

/** `referential/measure-families.yaml` (its own file: the envelope accepts no extra top-level key). */
export const measureFamiliesReferential = defineReferential({
  file: 'measure-families.yaml',
  schema: measureFamilySchema,
});

/** `referential/measures.yaml`. */
export const measuresReferential = defineReferential({ file: 'measures.yaml', schema: measureSchema });

/** The checklist's referential: the version an assessment records, the families and the measures. */
export interface MeasuresReferential {
  readonly version: string;
  readonly families: readonly MeasureFamily[];
  readonly measures: readonly Measure[];
}

/**
 * Loads and cross-checks both files: every family of the program is described once, and every
 * family has at least one measure. `version` is the version of `measures.yaml`.
 * @throws {ReferentialError} naming the file and the problem in French.
 * @example loadMeasures().measures.find((m) => m.id === 'sauvegarde-hors-ligne')
 */
export function loadMeasures(dir: string = defaultReferentialDir): MeasuresReferential {
  const families = loadReferential(measureFamiliesReferential, dir);
  const measures = loadReferential(measuresReferential, dir);
  const described = new Set(families.entries.map((family) => family.id));
  const used = new Set(measures.entries.map((measure) => measure.family));
  const issues = MEASURE_FAMILY_IDS.flatMap((id) => [
    ...(described.has(id) ? [] : [{ file: families.file, message: `la famille « ${id} » n’est pas décrite` }]),
    ...(used.has(id) ? [] : [{ file: measures.file, message: `la famille « ${id} » n’a aucune mesure` }]),
  ]);
  if (issues.length > 0) throw new ReferentialError(issues);
  return { version: measures.version, families: families.entries, measures: measures.entries };
}
