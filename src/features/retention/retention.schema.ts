import { isValidIsoDay } from '../../lib/dates/index.ts';
import { PROFESSIONS } from '../../lib/referential/professions.ts';
import { z } from '../../lib/zod.ts';
import { LEGAL_FORMS } from '../accounts/profile-questions.ts';
import { RETENTION_ACTIONS } from './decide.ts';
import { DOCUMENT_TYPES, REFERENCE_DATES } from './retention.referential.ts';

const DAY_FORMAT = 'le format attendu est AAAA-MM-JJ, par exemple 2026-12-31';

/** A real day written `YYYY-MM-DD`, between 1800 and 2200. */
export const daySchema = z
  .string({ error: `date attendue : ${DAY_FORMAT}` })
  .refine((value) => isValidIsoDay(value), { error: `date impossible ou mal écrite : ${DAY_FORMAT}` })
  .refine((value) => value >= '1800-01-01' && value <= '2200-12-31', {
    error: 'date hors des limites (entre 1800 et 2200)',
  });

const profession = z.enum(PROFESSIONS, {
  error: `profession inconnue : ${PROFESSIONS.join(', ')}`,
});
const documentType = z.enum(DOCUMENT_TYPES, {
  error: `type de document inconnu : ${DOCUMENT_TYPES.join(', ')}`,
});

/** `POST /retention/calculate`. */
export const calculateBody = z.strictObject({
  profession,
  documentType,
  birthDate: daySchema.optional(),
  lastVisit: daySchema.optional(),
  deathDate: daySchema.optional(),
  documentDate: daySchema.optional(),
  asOf: daySchema,
});

export const calculateResponse = z.object({
  action: z.enum(RETENTION_ACTIONS),
  nextDate: z.string().nullable(),
  endDate: z.string().nullable(),
  archiveDate: z.string().optional(),
  rule: z.string(),
  reason: z.string(),
});

const durations = z.object({ keepMonths: z.number(), keepDays: z.number(), archiveMonths: z.number() });

/** `GET /retention/settings`: every rule with its default and the practice's current durations. */
export const settingsResponse = z.object({
  version: z.string(),
  /** The form of practice the durations follow (accounting records: 6 years under BNC, 10 for a company). */
  legalForm: z.object({ value: z.enum(LEGAL_FORMS), label: z.string(), chosen: z.boolean() }),
  professions: z.array(z.object({ id: z.string(), label: z.string() })),
  documentTypes: z.array(z.object({ id: z.string(), label: z.string() })),
  rules: z.array(
    z.object({
      id: z.string(),
      documentType: z.enum(DOCUMENT_TYPES),
      professions: z.array(z.string()),
      label: z.string(),
      referenceDate: z.enum(REFERENCE_DATES),
      referenceLabel: z.string(),
      citation: z.string(),
      note: z.string().nullable(),
      uncertain: z.boolean(),
      maximum: z.boolean(),
      minorAndDeath: z.boolean(),
      defaults: durations,
      current: durations,
      limits: z.object({
        minMonths: z.number(),
        minDays: z.number(),
        /** Null: the text sets a minimum only. */
        maxMonths: z.number().nullable(),
        maxDays: z.number().nullable(),
        text: z.string(),
      }),
      inDays: z.boolean(),
      overridden: z.boolean(),
      updatedAt: z.string().nullable(),
      source: z.array(z.object({ label: z.string(), url: z.string().optional() })),
    }),
  ),
});

const months = (label: string) =>
  z
    .int({ error: `${label} : un nombre entier de mois est attendu` })
    .min(0)
    .max(1200, `${label} : 100 ans au plus`);

/** `PUT /retention/settings`: the whole list of rules the practice sets apart from the defaults. */
export const settingsBody = z.strictObject({
  overrides: z
    .array(
      z.strictObject({
        rule: z.string().min(1).max(100),
        keepMonths: months('base active'),
        keepDays: z
          .int({ error: 'base active : un nombre entier de jours est attendu' })
          .min(0)
          .max(3660, 'base active : 3 660 jours au plus')
          .default(0),
        archiveMonths: months('archive intermédiaire'),
      }),
    )
    .max(200),
});

/** `POST /retention/scan?asOf=…&profession=…&format=json|csv`. */
export const scanQuery = z.strictObject({
  asOf: daySchema,
  profession: profession.optional(),
  format: z.enum(['json', 'csv'], { error: 'format invalide : json ou csv' }).default('json'),
  /** The web page sends a large file in parts (each with the header line): the part's number, from 1. */
  part: z.coerce.number().int().min(1).max(10_000).optional(),
});

const record = z.object({
  id: z.string(),
  action: z.enum(RETENTION_ACTIONS),
  next_date: z.string(),
  rule: z.string(),
  reason: z.string(),
});

export const scanResponse = z.object({
  summary: z.object({
    records: z.number(),
    keep: z.number(),
    archive: z.number(),
    destroy: z.number(),
    review: z.number(),
    problems: z.number(),
  }),
  problems: z.array(z.object({ line: z.number(), message: z.string() })),
  warnings: z.array(z.string()),
  /** The first records, for the screen; the full result is the CSV (`format=csv`). */
  results: z.array(record),
  delimiter: z.enum([';', ',']),
});
