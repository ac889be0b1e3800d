import { z } from '../zod.ts';

/** One reference a fact comes from: a text, an article, a guide… The link, when given, is https. */
export interface SourceRef {
  readonly label: string;
  readonly url?: string;
}

const sourceRefSchema = z.strictObject({
  label: z.string().trim().min(1),
  url: z
    .url({ protocol: /^https$/, error: 'lien invalide : une adresse complète en https:// est attendue' })
    .optional(),
});

/**
 * Where an entry comes from. In a file, either one non-empty text
 * (`source: "Code de la santé publique, art. L. 4311-1"`) or a list of `{ label, url? }`
 * (`source: [{ label: "…", url: "https://…" }]`). Loaded, it is always the list form.
 */
export const sourceSchema = z
  .union([z.string().trim().min(1), z.array(sourceRefSchema).min(1)], {
    error: (issue) =>
      issue.input === undefined
        ? 'source obligatoire : indiquez le texte officiel dont vient cette information'
        : 'source invalide : un texte, ou une liste d’éléments { label, url } est attendu',
  })
  .transform((source): SourceRef[] => (typeof source === 'string' ? [{ label: source }] : source));

/** `2026.11`, or `2026.11.2` for a second edition in the same month. */
const versionPattern = /^\d{4}\.(0[1-9]|1[0-2])(\.\d+)?$/;

/** The part common to every referential file; each feature validates its entries itself. */
export const envelopeSchema = z.strictObject({
  version: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'version obligatoire, par exemple "2026.11"'
          : 'la version doit être écrite entre guillemets, par exemple "2026.11"',
    })
    .regex(versionPattern, { error: 'version au format "AAAA.MM" attendue, par exemple "2026.11"' }),
  title: z.string().trim().min(1),
  source: sourceSchema.optional(),
  entries: z.array(z.unknown()).min(1),
});

/** Applied to every parse: a missing field is named as such rather than as a type mismatch. */
export const missingFieldMessage = (issue: { code?: string; input?: unknown }) =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'champ obligatoire manquant' : undefined;
