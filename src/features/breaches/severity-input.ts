import { z } from '../../lib/zod.ts';
import { CIRCUMSTANCE_VALUES, DPC_VALUES, EI_VALUES, type SeverityInput } from './severity.ts';

/** The largest count of people or records accepted (it fits every database's integer). */
export const MAX_COUNT = 1_000_000_000;

const circumstance = (what: string) => z.literal(CIRCUMSTANCE_VALUES, { error: `${what} : 0, 0.25 ou 0.5 attendu` });

/** DPC, an integer from 1 to 4. */
export const dpcSchema = z.literal(DPC_VALUES, {
  error: 'contexte du traitement des données (DPC) : un entier de 1 à 4 attendu',
});
/** EI: 0.25, 0.5, 0.75 or 1. */
export const eiSchema = z.literal(EI_VALUES, {
  error: 'facilité d’identification (EI) : 0.25, 0.5, 0.75 ou 1 attendu',
});

/** The six factors of the ENISA method, each one validated with a French message. */
export const severityFactorsShape = {
  dpc: dpcSchema,
  ei: eiSchema,
  confidentiality: circumstance('perte de confidentialité'),
  integrity: circumstance('perte d’intégrité'),
  availability: circumstance('perte de disponibilité'),
  malicious: z.boolean({ error: 'acte malveillant : true ou false attendu' }),
};

export const severityFactorsSchema = z.strictObject(severityFactorsShape);

/** A count of people or records: a whole number, 0 or more. */
export const countSchema = (what: string) =>
  z
    .int({ error: `${what} : un nombre entier attendu` })
    .min(0, `${what} : le nombre ne peut pas être négatif`)
    .max(MAX_COUNT, `${what} : ${MAX_COUNT.toLocaleString('fr-FR')} au plus`);

/**
 * The body of `POST /breaches/severity` and the file of `hygie breach severity`:
 * `{ dpc: 1..4, ei: 0.25|0.5|0.75|1, confidentiality: 0|0.25|0.5, integrity: 0|0.25|0.5,
 * availability: 0|0.25|0.5, malicious: boolean, unintelligible?: boolean, people?: number,
 * subsequentMeasures?: boolean, disproportionateEffort?: boolean }` (the last two: GDPR art. 34(3)(b) and (c)).
 */
export const severityInputSchema = z.strictObject({
  ...severityFactorsShape,
  unintelligible: z.boolean({ error: 'données inintelligibles : true ou false attendu' }).optional(),
  people: countSchema('nombre de personnes concernées').optional(),
  subsequentMeasures: z
    .boolean({ error: 'mesures ultérieures qui rendent le risque élevé improbable : true ou false attendu' })
    .optional(),
  disproportionateEffort: z
    .boolean({ error: 'efforts disproportionnés pour informer chaque personne : true ou false attendu' })
    .optional(),
});

/** Why an object is not a valid severity input, one French line per problem. */
export function severityInputErrors(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `Champ non autorisé « ${issue.keys.join(' », « ')} ».`;
    const field = issue.path.join('.');
    return field ? `Champ « ${field} » : ${issue.message}.` : `${issue.message}.`;
  });
}

/**
 * Validates an object as a severity input.
 * @example parseSeverityInput({ dpc: 5 }) // { ok: false, errors: ['Champ « dpc » : contexte du traitement…', …] }
 */
export function parseSeverityInput(
  value: unknown,
): { ok: true; input: SeverityInput } | { ok: false; errors: string[] } {
  const parsed = severityInputSchema.safeParse(value);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, errors: severityInputErrors(parsed.error) };
}
