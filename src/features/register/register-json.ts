import { z } from '../../lib/zod.ts';
import { activityFieldsShape, controllerInput, kebabId } from './register.schema.ts';
import type { RegisterActivity } from './register.types.ts';

/** The `format` of every exported register file; `formatVersion` changes only if the format breaks. */
export const REGISTER_JSON_FORMAT = 'hygie-registre-des-traitements';
export const REGISTER_JSON_VERSION = 1;

const instant = z.iso.datetime({ error: 'date et heure ISO 8601 attendue, par exemple 2026-11-29T10:00:00.000Z' });

/** An activity in the file: every field but the database id and the practice. */
const activityJson = z.strictObject({
  number: z.int().positive({ error: 'numéro d’activité attendu (entier positif)' }),
  ...activityFieldsShape,
  controller: z.union([
    controllerInput,
    // As exported: the practitioner's name is there for a reader; the server takes the current one.
    z.strictObject({ kind: z.literal('practitioner'), userId: z.string().trim().min(1).max(100), name: z.string() }),
  ]),
  status: z.enum(['active', 'archived'], { error: 'statut invalide : active ou archived' }),
  templateId: kebabId.nullable(),
  referentialVersion: z.string().max(40).nullable(),
  createdAt: instant,
  updatedAt: instant,
  archivedAt: instant.nullable(),
});
export type ActivityJson = z.output<typeof activityJson>;

/** `GET /register/export.json` and the body of `POST /register/import`. */
export const registerJsonSchema = z.strictObject({
  format: z.literal(REGISTER_JSON_FORMAT, {
    error: `ce fichier n’est pas un registre exporté par Hygie (format « ${REGISTER_JSON_FORMAT} » attendu)`,
  }),
  formatVersion: z.literal(REGISTER_JSON_VERSION, {
    error: `version de format non prise en charge (${REGISTER_JSON_VERSION} attendue)`,
  }),
  exportedAt: instant,
  practice: z.strictObject({
    name: z.string().max(200),
    dpo: z.strictObject({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  }),
  activities: z
    .array(activityJson)
    .max(500, '500 activités au plus')
    .refine((list) => new Set(list.map((a) => a.number)).size === list.length, 'deux activités ont le même numéro'),
});
export type RegisterJson = z.output<typeof registerJsonSchema>;

/** One activity as the file writes it, keys always in the same order. */
export function activityToJson(activity: RegisterActivity): ActivityJson {
  return {
    number: activity.number,
    name: activity.name,
    description: activity.description,
    controller: activity.controller,
    purposes: activity.purposes,
    legalBasis: activity.legalBasis,
    dataSubjects: activity.dataSubjects,
    dataCategories: activity.dataCategories,
    sources: activity.sources,
    internalRecipients: activity.internalRecipients,
    externalRecipients: activity.externalRecipients,
    processors: activity.processors,
    transfers: activity.transfers,
    securityMeasureIds: activity.securityMeasureIds,
    otherSecurityMeasures: activity.otherSecurityMeasures,
    status: activity.status,
    templateId: activity.templateId,
    referentialVersion: activity.referentialVersion,
    createdAt: activity.createdAt,
    updatedAt: activity.updatedAt,
    archivedAt: activity.archivedAt,
  };
}

/**
 * The whole register as a JSON document (archived activities included, in register order), the
 * practice's name and DPO for a reader. Importing it back gives the same activities.
 */
export function registerToJson(
  practice: RegisterJson['practice'],
  activities: readonly RegisterActivity[],
  exportedAt: Date,
): RegisterJson {
  return {
    format: REGISTER_JSON_FORMAT,
    formatVersion: REGISTER_JSON_VERSION,
    exportedAt: exportedAt.toISOString(),
    practice,
    activities: activities.map(activityToJson),
  };
}
