import { isoDay, z } from '../../lib/zod.ts';
import { ART28_CLAUSES, WARNING_CODES } from './processor.ts';

const day = (label: string) => isoDay(label, '2027-06-30');
const text = (label: string, max: number) =>
  z
    .string({ error: `${label} attendu` })
    .trim()
    .min(1, `${label} à indiquer`)
    .max(max, `${label} trop long (${max.toLocaleString('fr-FR')} caractères au plus)`);
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} : texte attendu` })
    .trim()
    .max(max, `${label} trop long (${max.toLocaleString('fr-FR')} caractères au plus)`)
    .nullish()
    .transform((v) => v || null);
const yesNo = z.boolean({ error: 'vrai ou faux attendu' });

export const hdsCertificateSchema = z.strictObject({
  number: text('numéro du certificat', 100),
  certifier: text('organisme certificateur', 120),
  expiresOn: day('date de fin de validité'),
});

/** Each art. 28 clause: true when the agreement has it; an absent clause is unticked. */
export const clausesSchema = z.strictObject(
  Object.fromEntries(ART28_CLAUSES.map((clause) => [clause, yesNo.optional()])) as Record<
    (typeof ART28_CLAUSES)[number],
    z.ZodOptional<typeof yesNo>
  >,
);

/** `POST /processors` and `PUT /processors/:id` (the whole processor). */
export const processorBody = z.strictObject({
  name: text('nom du prestataire', 120),
  service: text('service rendu', 200),
  contact: optionalText('contact', 300),
  activityIds: z
    .array(z.string({ error: 'identifiant d’activité attendu' }).min(1).max(100), {
      error: 'liste d’identifiants d’activités du registre attendue',
    })
    .max(100, '100 activités au plus')
    .refine((ids) => new Set(ids).size === ids.length, 'une activité est en double')
    .optional()
    .transform((v) => v ?? []),
  hostsHealthData: yesNo,
  hostingInEea: yesNo,
  hdsCertificate: hdsCertificateSchema.nullish().transform((v) => v ?? null),
  dpaSignedOn: day('date de signature du contrat')
    .nullish()
    .transform((v) => v ?? null),
  contractEndsOn: day('date de fin du contrat')
    .nullish()
    .transform((v) => v ?? null),
  clauses: clausesSchema.optional().transform((v) => v ?? {}),
});
export type ProcessorInput = z.output<typeof processorBody>;

export const processorParams = z.strictObject({ id: z.string().min(1).max(100) });

export const processorResponse = z.object({
  id: z.string(),
  name: z.string(),
  service: z.string(),
  contact: z.string().nullable(),
  activityIds: z.array(z.string()),
  /** The linked activities of the register, with their name (archived ones flagged). */
  activities: z.array(z.object({ id: z.string(), name: z.string(), archived: z.boolean() })),
  hostsHealthData: z.boolean(),
  hostingInEea: z.boolean(),
  hdsCertificate: z.object({ number: z.string(), certifier: z.string(), expiresOn: z.string() }).nullable(),
  dpaSignedOn: z.string().nullable(),
  contractEndsOn: z.string().nullable(),
  clauses: z.record(z.enum(ART28_CLAUSES), z.boolean()),
  warnings: z.array(
    z.object({ code: z.enum(WARNING_CODES), level: z.enum(['danger', 'warning']), message: z.string() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProcessorView = z.infer<typeof processorResponse>;

export const processorListResponse = z.object({
  today: z.string(),
  processors: z.array(processorResponse),
});
