import { accountFeature } from '../features/account/index.ts';
import { breachesFeature } from '../features/breaches/index.ts';
import { actionPlanFeature, checklistFeature } from '../features/checklist/index.ts';
import { dossierFeature } from '../features/dossier/index.ts';
import { evidenceFeature } from '../features/evidence/index.ts';
import { helpFeature } from '../features/help/index.ts';
import { homeFeature } from '../features/home/index.ts';
import { contactsFeature, incidentRaiseFeature, incidentsFeature } from '../features/incidents/index.ts';
import { journalFeature } from '../features/journal/index.ts';
import { noticeFeature } from '../features/notice/index.ts';
import { practiceFeature } from '../features/practice/index.ts';
import { processorsFeature } from '../features/processors/index.ts';
import { registerFeature } from '../features/register/index.ts';
import { remindersFeature } from '../features/reminders/index.ts';
import { requestsFeature } from '../features/requests/index.ts';
import { retentionFeature } from '../features/retention/index.ts';
import { reviewFeature } from '../features/review/index.ts';
import { setupFeature } from '../features/setup/index.ts';
import { signinFeature } from '../features/signin/index.ts';
import { toolsMailFeature } from '../features/tools-mail/index.ts';
import { toolsPasswordFeature } from '../features/tools-password/index.ts';
import { usersFeature } from '../features/users/index.ts';
import { createWebRegistry } from './registry.ts';

/** Every feature of the web application. A new feature adds itself here. */
export const registry = createWebRegistry([
  homeFeature,
  helpFeature,
  checklistFeature,
  actionPlanFeature,
  usersFeature,
  practiceFeature,
  journalFeature,
  accountFeature,
  setupFeature,
  signinFeature,
  remindersFeature,
  toolsMailFeature,
  toolsPasswordFeature,
  requestsFeature,
  incidentRaiseFeature,
  incidentsFeature,
  contactsFeature,
  breachesFeature,
  retentionFeature,
  registerFeature,
  processorsFeature,
  noticeFeature,
  dossierFeature,
  evidenceFeature,
  reviewFeature,
]);
