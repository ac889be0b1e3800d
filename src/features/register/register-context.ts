import type { Db } from '../../db/connect.ts';
import { notFound } from '../../server/errors.ts';
import { findPractice, type Practice } from '../accounts/practices.repository.ts';
import type { Role } from '../accounts/roles.ts';
import { applicability } from '../checklist/applicability.ts';
import type { MeasuresReferential } from '../checklist/checklist.referential.ts';
import { listAnswers } from '../checklist/checklist.repository.ts';
import { statusLabel } from '../checklist/checklist-view.ts';
import type { JournalActor } from '../journal/journal.repository.ts';
import { listProcessors } from '../processors/processors.repository.ts';
import { referentialForPractice } from '../retention/legal-form.ts';
import type { RetentionReferential } from '../retention/retention.referential.ts';
import { listOverrides } from '../retention/retention.repository.ts';
import { buildRuleSet } from '../retention/rule-set.ts';
import type { TemplateCatalog } from './propose.ts';
import type { RegisterTemplates } from './register.referential.ts';
import type { LiveMeasure, ViewContext } from './register-view.ts';

/** Who acts, and under which name the journal records it. */
export interface Caller {
  practiceId: string;
  role: Role;
  actor: JournalActor;
}

/** The referentials the register reads, loaded once when its routes load. */
export interface RegisterReferentials {
  templates: RegisterTemplates;
  measures: MeasuresReferential;
  retention: RetentionReferential;
}

export async function practiceOf(db: Db, practiceId: string): Promise<Practice> {
  const practice = await findPractice(db, practiceId);
  if (!practice) throw notFound();
  return practice;
}

/**
 * Each checklist measure with its live status in the practice's diagnostic (read-only: the
 * answers as stored; a measure never answered is « Sans réponse », one that does not concern the
 * practice « Ne s’applique pas »).
 */
export async function liveMeasures(
  db: Db,
  referential: MeasuresReferential,
  practice: Practice,
): Promise<Map<string, LiveMeasure>> {
  const answers = new Map(
    (await listAnswers(db, practice.id)).filter((a) => a.archivedAt === null).map((a) => [a.measureId, a]),
  );
  return new Map(
    referential.measures.map((measure) => {
      const applies = applicability(measure, practice).applies;
      const status = answers.get(measure.id)?.status ?? null;
      const label = applies ? statusLabel(status) : 'Ne s’applique pas';
      return [measure.id, { id: measure.id, title: measure.title, applies, status, statusLabel: label }];
    }),
  );
}

/** The view context of the practice's activities: live measure statuses, the templates by id, the processors. */
export async function viewContext(db: Db, refs: RegisterReferentials, practice: Practice): Promise<ViewContext> {
  return {
    measures: await liveMeasures(db, refs.measures, practice),
    templates: new Map(refs.templates.templates.map((t) => [t.id, t])),
    processors: await listProcessors(db, practice.id),
  };
}

/**
 * The templates with the practice's retention durations (its settings of the retention feature,
 * its form of practice for the accounting records).
 */
export async function catalogOf(db: Db, refs: RegisterReferentials, practiceId: string): Promise<TemplateCatalog> {
  const overrides = await listOverrides(db, practiceId);
  const practice = await findPractice(db, practiceId);
  return {
    version: refs.templates.version,
    templates: refs.templates.templates,
    retentionRules: buildRuleSet(referentialForPractice(refs.retention, practice), overrides).rules,
  };
}
