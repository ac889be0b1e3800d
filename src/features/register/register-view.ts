import type { z } from '../../lib/zod.ts';
import type { AnswerStatus } from '../checklist/scoring.ts';
import { legalBasisText } from './legal-basis.ts';
import { type LinkedProcessor, withLinkedProcessors } from './linked-processors.ts';
import { missingFields } from './missing-fields.ts';
import type { RegisterTemplate } from './register.referential.ts';
import type { activityResponse } from './register.schema.ts';
import type { RegisterActivity } from './register.types.ts';

/** An activity as the API, the documents and the web show it. */
export type ActivityView = z.infer<typeof activityResponse>;

/** A checklist measure as the register shows it: its title and its live status in the diagnostic. */
export interface LiveMeasure {
  id: string;
  title: string;
  applies: boolean;
  status: AnswerStatus;
  statusLabel: string;
}

/** What the view needs beside the activity: the measures' live statuses and the templates. */
export interface ViewContext {
  measures: ReadonlyMap<string, LiveMeasure>;
  templates: ReadonlyMap<string, RegisterTemplate>;
  /** The practice's processors: those linked to an activity join its processors and, hosted outside the EEA, its transfers. */
  processors: readonly LinkedProcessor[];
}

/**
 * The activity with what is still missing, its legal basis in words, the live status of its
 * security measures (a measure that left the referential is shown by its id, « retirée »), its
 * template's caveats, and the processors linked to it (with the transfers they make).
 */
export function activityView(stored: RegisterActivity, context: ViewContext): ActivityView {
  const activity = withLinkedProcessors(stored, context.processors);
  const missing = missingFields(activity);
  const template = activity.templateId ? context.templates.get(activity.templateId) : undefined;
  return {
    id: activity.id,
    number: activity.number,
    name: activity.name,
    description: activity.description,
    controller: activity.controller,
    purposes: activity.purposes,
    legalBasis: activity.legalBasis,
    legalBasisText: legalBasisText(activity.legalBasis),
    dataSubjects: activity.dataSubjects,
    dataCategories: activity.dataCategories,
    sources: activity.sources,
    internalRecipients: activity.internalRecipients,
    externalRecipients: activity.externalRecipients,
    processors: activity.processors,
    transfers: activity.transfers,
    securityMeasureIds: activity.securityMeasureIds,
    otherSecurityMeasures: activity.otherSecurityMeasures,
    securityMeasures: activity.securityMeasureIds.map(
      (id) =>
        context.measures.get(id) ?? {
          id,
          title: `Mesure « ${id} » retirée du référentiel`,
          applies: false,
          status: 'not_applicable',
          statusLabel: 'Retirée',
        },
    ),
    status: activity.status,
    templateId: activity.templateId,
    referentialVersion: activity.referentialVersion,
    recommendation: template?.recommendation ?? null,
    templateNote: template?.note ?? null,
    openPointKeptAt: template?.note ? activity.openPointKeptAt : null,
    controllerHint: template?.controllerHint ?? null,
    missing,
    complete: missing.length === 0,
    createdAt: activity.createdAt,
    updatedAt: activity.updatedAt,
    archivedAt: activity.archivedAt,
  };
}
