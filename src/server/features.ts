import type { FastifyInstance } from 'fastify';
import { accountRoutes } from '../features/accounts/account.routes.ts';
import { authPlugin } from '../features/accounts/auth.plugin.ts';
import { authRoutes } from '../features/accounts/auth.routes.ts';
import { invitationsRoutes } from '../features/accounts/invitations.routes.ts';
import { practiceRoutes } from '../features/accounts/practice.routes.ts';
import { tokensRoutes } from '../features/accounts/tokens.routes.ts';
import { userInvitationsRoutes } from '../features/accounts/user-invitations.routes.ts';
import { usersRoutes } from '../features/accounts/users.routes.ts';
import { backupRoutes } from '../features/backup/backup.routes.ts';
import { breachesRoutes } from '../features/breaches/breaches.routes.ts';
import { calendarRoutes } from '../features/calendar/calendar.routes.ts';
import { checklistRoutes } from '../features/checklist/checklist.routes.ts';
import { dossierRoutes } from '../features/dossier/dossier.routes.ts';
import { evidenceRoutes } from '../features/evidence/evidence.routes.ts';
import { homeRoutes } from '../features/home/home.routes.ts';
import { incidentsRoutes } from '../features/incidents/incidents.routes.ts';
import { journalRoutes } from '../features/journal/journal.routes.ts';
import { mailAnalysisRoutes } from '../features/mail-analysis/mail-analysis.routes.ts';
import { mfaRoutes } from '../features/mfa/mfa.routes.ts';
import { mfaLoginRoutes } from '../features/mfa/mfa-login.routes.ts';
import { noticeRoutes } from '../features/notice/notice.routes.ts';
import { passwordToolsRoutes } from '../features/password-tools/password-tools.routes.ts';
import { pathRoutes } from '../features/path/path.routes.ts';
import { processorsRoutes } from '../features/processors/processors.routes.ts';
import { registerRoutes } from '../features/register/register.routes.ts';
import { remindersRoutes } from '../features/reminders/reminders.routes.ts';
import { requestsRoutes } from '../features/requests/requests.routes.ts';
import { retentionRoutes } from '../features/retention/retention.routes.ts';
import { reviewRoutes } from '../features/review/review.routes.ts';
import { screeningRoutes } from '../features/screening/screening.routes.ts';
import { setupRoutes } from '../features/setup/setup.routes.ts';
import { todoRoutes } from '../features/todo/todo.routes.ts';
import { transferRoutes } from '../features/transfer/transfer.routes.ts';
import { instanceRoutes } from './instance.routes.ts';

/**
 * Every feature's routes, mounted under /api/v1, behind authentication and permissions.
 * A new feature adds its plugin here; each route declares its permission (or public: true).
 */
export async function featureRoutes(app: FastifyInstance): Promise<void> {
  await authPlugin(app);
  await app.register(instanceRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(tokensRoutes);
  await app.register(practiceRoutes);
  await app.register(usersRoutes);
  await app.register(userInvitationsRoutes);
  await app.register(invitationsRoutes);
  await app.register(journalRoutes);
  await app.register(mfaRoutes);
  await app.register(mfaLoginRoutes);
  await app.register(setupRoutes);
  await app.register(backupRoutes);
  await app.register(homeRoutes);
  await app.register(checklistRoutes);
  await app.register(passwordToolsRoutes);
  await app.register(requestsRoutes);
  await app.register(mailAnalysisRoutes);
  await app.register(incidentsRoutes);
  await app.register(breachesRoutes);
  await app.register(retentionRoutes);
  await app.register(registerRoutes);
  await app.register(processorsRoutes);
  await app.register(screeningRoutes);
  await app.register(noticeRoutes);
  await app.register(evidenceRoutes);
  await app.register(dossierRoutes);
  await app.register(reviewRoutes);
  await app.register(todoRoutes);
  await app.register(pathRoutes);
  await app.register(calendarRoutes);
  await app.register(remindersRoutes);
  await app.register(transferRoutes);
}
