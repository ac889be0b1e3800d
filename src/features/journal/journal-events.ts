import { z } from '../../lib/zod.ts';
import { breachesJournalEvents } from '../breaches/breaches.events.ts';
import { calendarJournalEvents } from '../calendar/calendar.events.ts';
import { checklistJournalEvents } from '../checklist/checklist.events.ts';
import { dossierJournalEvents } from '../dossier/dossier.events.ts';
import { evidenceJournalEvents } from '../evidence/evidence.events.ts';
import { incidentsJournalEvents } from '../incidents/incidents.events.ts';
import { mailAnalysisJournalEvents } from '../mail-analysis/mail-analysis.events.ts';
import { noticeJournalEvents } from '../notice/notice.events.ts';
import { pathJournalEvents } from '../path/path.events.ts';
import { processorsJournalEvents } from '../processors/processors.events.ts';
import { registerJournalEvents } from '../register/register.events.ts';
import { remindersJournalEvents } from '../reminders/reminders.events.ts';
import { requestsJournalEvents } from '../requests/requests.events.ts';
import { retentionJournalEvents } from '../retention/retention.events.ts';
import { reviewJournalEvents } from '../review/review.events.ts';
import { screeningJournalEvents } from '../screening/screening.events.ts';
import { transferJournalEvents } from '../transfer/transfer.events.ts';
import { defineJournalEvents, mergeJournalEvents } from './define-events.ts';

const role = z.enum(['owner', 'practitioner', 'secretary', 'auditor']);
const name = z.string().trim().min(1).max(200);
const none = () => z.strictObject({});

/** Accounts, sessions, API tokens, MFA, backups, the instance and the journal itself. */
export const coreJournalEvents = defineJournalEvents({
  'auth.login': { label: 'Connexion', data: z.strictObject({ method: z.enum(['password', 'token']) }) },
  'auth.login_failed': {
    label: 'Échec de connexion',
    data: z.strictObject({
      reason: z.enum(['bad_password', 'mfa_failed', 'throttled', 'inactive_account']),
      attempt: z.int().min(1),
    }),
  },
  'auth.logout': { label: 'Déconnexion', data: z.strictObject({ everywhere: z.boolean() }) },
  'practice.created': { label: 'Cabinet créé', data: z.strictObject({ name }) },
  'practice.updated': { label: 'Cabinet modifié', data: z.strictObject({ fields: z.array(z.string().min(1)).min(1) }) },
  'practice.suspended': { label: 'Cabinet suspendu', data: none() },
  'practice.resumed': { label: 'Cabinet réactivé', data: none() },
  'practice.deleted': { label: 'Cabinet supprimé', data: none() },
  'user.invited': { label: 'Invitation envoyée', data: z.strictObject({ email: z.email(), role }) },
  'user.invitation_cancelled': { label: 'Invitation annulée', data: z.strictObject({ email: z.email(), role }) },
  'user.joined': { label: 'Invitation acceptée', data: z.strictObject({ role }) },
  'user.role_changed': { label: 'Rôle modifié', data: z.strictObject({ from: role, to: role }) },
  'user.deactivated': { label: 'Compte désactivé', data: none() },
  'user.reactivated': { label: 'Compte réactivé', data: none() },
  'user.password_changed': { label: 'Mot de passe modifié', data: none() },
  'user.password_reset': { label: 'Mot de passe réinitialisé', data: z.strictObject({ by: z.enum(['owner', 'cli']) }) },
  'user.mfa_reset': { label: 'Double authentification réinitialisée', data: none() },
  'token.created': {
    label: 'Jeton d’accès créé',
    data: z.strictObject({ name, expiresAt: z.iso.datetime().nullable() }),
  },
  'token.revoked': { label: 'Jeton d’accès révoqué', data: z.strictObject({ name }) },
  'journal.exported': {
    label: 'Journal exporté',
    data: z.strictObject({ format: z.literal('csv'), count: z.int().min(0) }),
  },
  'journal.verified': { label: 'Journal vérifié', data: z.strictObject({ intact: z.boolean() }) },
  'mfa.enabled': { label: 'Double authentification activée', data: none() },
  'mfa.disabled': { label: 'Double authentification désactivée', data: none() },
  'mfa.recovery_code_used': { label: 'Code de secours utilisé', data: none() },
  'backup.created': { label: 'Sauvegarde effectuée', data: none() },
  'recovery_kit.downloaded': { label: 'Kit de secours téléchargé', data: none() },
  'instance.practice_created': { label: 'Cabinet créé par l’hébergeur', data: z.strictObject({ name }) },
});

/** Every journal action. A feature adds its group here: `mergeJournalEvents(coreJournalEvents, breachJournalEvents)`. */
export const JOURNAL_EVENTS = mergeJournalEvents(
  coreJournalEvents,
  checklistJournalEvents,
  requestsJournalEvents,
  mailAnalysisJournalEvents,
  incidentsJournalEvents,
  breachesJournalEvents,
  retentionJournalEvents,
  processorsJournalEvents,
  screeningJournalEvents,
  noticeJournalEvents,
  registerJournalEvents,
  dossierJournalEvents,
  pathJournalEvents,
  calendarJournalEvents,
  evidenceJournalEvents,
  reviewJournalEvents,
  remindersJournalEvents,
  transferJournalEvents,
);

type Events = typeof JOURNAL_EVENTS;
/** A known action name, e.g. `'auth.login'`. */
export type JournalAction = keyof Events & string;
/** The `data` of one action. */
export type JournalEventData<A extends JournalAction> = z.output<Events[A]['data']>;
/** An action with its data, discriminated by `action`. */
export type JournalEvent = { [A in JournalAction]: { action: A; data: JournalEventData<A> } }[JournalAction];

/** Every known action, in registry order (usable with `z.enum`). */
export const JOURNAL_ACTIONS = Object.freeze(Object.keys(JOURNAL_EVENTS)) as readonly [
  JournalAction,
  ...JournalAction[],
];

/** Why stored or submitted data is not a valid event; `message` is plain French. */
export type JournalEventError =
  | { code: 'unknown_action'; action: string; message: string }
  | { code: 'invalid_data'; action: JournalAction; issues: z.core.$ZodIssue[]; message: string };

/** True when `action` is a known action name. */
export function isJournalAction(action: unknown): action is JournalAction {
  return typeof action === 'string' && Object.hasOwn(JOURNAL_EVENTS, action);
}

/**
 * Validates an action's data. Never throws, so reading an old row with an action or data that
 * has since changed gives `{ ok: false }` (show its `summary` instead).
 */
export function parseEventData(
  action: string,
  data: unknown,
): { ok: true; event: JournalEvent } | { ok: false; error: JournalEventError } {
  if (!isJournalAction(action)) {
    return {
      ok: false,
      error: { code: 'unknown_action', action, message: `Action de journal inconnue : « ${action} ».` },
    };
  }
  const parsed = JOURNAL_EVENTS[action].data.safeParse(data);
  if (parsed.success) return { ok: true, event: { action, data: parsed.data } as JournalEvent };
  const details = parsed.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')} : ${issue.message}` : issue.message))
    .join(' ; ');
  const message = `Données invalides pour l’action « ${actionLabel(action)} » : ${details}`;
  return { ok: false, error: { code: 'invalid_data', action, issues: parsed.error.issues, message } };
}

/**
 * The French label of an action, e.g. "Connexion", "Rôle modifié"; an unknown action (from a newer
 * version, or removed since) reads "Action non répertoriée (name)".
 */
export function actionLabel(action: string): string {
  return isJournalAction(action) ? JOURNAL_EVENTS[action].label : `Action non répertoriée (${action})`;
}
