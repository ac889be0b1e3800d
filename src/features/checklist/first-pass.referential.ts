import { ReferentialError } from '../../lib/referential/errors.ts';
import {
  defaultReferentialDir,
  defineReferential,
  loadReferential,
  type ReferentialEntry,
} from '../../lib/referential/loader.ts';
import { z } from '../../lib/zod.ts';
import type { MeasuresReferential } from './checklist.referential.ts';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'identifiant en minuscules et tirets attendu, par exemple « mots-de-passe »',
});

/** One plain question of the first pass and the measures its answer sets. */
export const firstPassQuestionSchema = z.strictObject({
  id: kebabId,
  question: z.string().trim().min(10).max(220),
  /** The same question for a practitioner working alone, without staff (no « vous et votre équipe »). */
  questionAlone: z.string().trim().min(10).max(220).optional(),
  help: z.string().trim().min(1).max(200).optional(),
  measures: z.array(kebabId).min(1).max(8),
});

export type FirstPassQuestion = ReferentialEntry<z.infer<typeof firstPassQuestionSchema>>;

/** `referential/first-pass.yaml`. */
export const firstPassReferential = defineReferential({ file: 'first-pass.yaml', schema: firstPassQuestionSchema });

export interface FirstPass {
  readonly version: string;
  readonly questions: readonly FirstPassQuestion[];
}

/**
 * Loads the first pass and checks it against the measures: every measure id exists, and every
 * measure of the referential is answered by exactly one question (so that a first pass answered
 * in full leaves no measure « sans réponse »).
 * @throws {ReferentialError} naming the file, the question and the measure, in French.
 * @example loadFirstPass(loadMeasures()).questions.length // 18
 */
export function loadFirstPass(measures: MeasuresReferential, dir: string = defaultReferentialDir): FirstPass {
  const loaded = loadReferential(firstPassReferential, dir);
  const known = new Set(measures.measures.map((m) => m.id));
  const askedBy = new Map<string, string>();
  const issues: { file: string; message: string }[] = [];
  for (const question of loaded.entries) {
    for (const id of question.measures) {
      if (!known.has(id))
        issues.push({ file: loaded.file, message: `question « ${question.id} » : mesure inconnue « ${id} »` });
      const other = askedBy.get(id);
      if (other !== undefined) {
        issues.push({
          file: loaded.file,
          message: `la mesure « ${id} » figure dans les questions « ${other} » et « ${question.id} »`,
        });
      }
      askedBy.set(id, question.id);
    }
  }
  for (const id of known) {
    if (!askedBy.has(id))
      issues.push({ file: loaded.file, message: `la mesure « ${id} » ne figure dans aucune question` });
  }
  if (issues.length > 0) throw new ReferentialError(issues);
  return { version: loaded.version, questions: loaded.entries };
}
