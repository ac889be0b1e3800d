import { measureFamiliesReferential, measuresReferential } from '../../features/checklist/checklist.referential.ts';
import { firstPassReferential } from '../../features/checklist/first-pass.referential.ts';
import {
  incidentPlaybooksReferential,
  nationalContactsReferential,
} from '../../features/incidents/incidents.referential.ts';
import { knownSenderDomainsReferential } from '../../features/mail-analysis/known-domains.referential.ts';
import { registerTemplatesReferential } from '../../features/register/register.referential.ts';
import { retentionRulesReferential } from '../../features/retention/retention.referential.ts';
import type { ReferentialDefinition } from './loader.ts';
import { professionsReferential, structureTypesReferential } from './professions.ts';

export type { SourceRef } from './envelope.ts';
export { sourceSchema } from './envelope.ts';
export { formatIssue, ReferentialError, type ReferentialIssue } from './errors.ts';
export {
  defaultReferentialDir,
  defineReferential,
  loadAllReferentials,
  loadReferential,
  type Referential,
  type ReferentialDefinition,
  type ReferentialEntry,
  resetReferentialCache,
} from './loader.ts';
export * from './professions.ts';

/**
 * Every referential the server validates at start-up (`loadAllReferentials(allReferentials)`).
 * A feature that ships a referential file appends its definition here.
 */
export const allReferentials: readonly ReferentialDefinition<{ id: string }>[] = [
  professionsReferential,
  structureTypesReferential,
  measureFamiliesReferential,
  measuresReferential,
  firstPassReferential,
  knownSenderDomainsReferential,
  nationalContactsReferential,
  incidentPlaybooksReferential,
  retentionRulesReferential,
  registerTemplatesReferential,
];
