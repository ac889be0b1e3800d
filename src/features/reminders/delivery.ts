import type { FastifyInstance } from 'fastify';
import { publicBase } from '../../config.ts';
import { INSTANCE_ID, type PeriodicJob, startPeriodicJob } from '../../lib/jobs/periodic.ts';
import { visibleTo } from '../../lib/todo/registry.ts';
import { listPractices } from '../accounts/practices.repository.ts';
import type { UserRecord } from '../accounts/users.repository.ts';
import { listUsers } from '../accounts/users.repository.ts';
import { journalHead } from '../journal/journal.repository.ts';
import { explainSmtpError, type Mailer, mailerFor } from './mailer.ts';
import { alertMessage, anchorMessage, digestMessage, type JournalAnchor, type Message } from './messages.ts';
import { prefsOf } from './prefs.repository.ts';
import { DEFAULT_PREFS, planSends } from './reminders.ts';
import { claimSend, dueSends, type MailSend, markFailed, markSent, recordPlanned } from './sends.repository.ts';
import { unsubscribeToken, unsubscribeUrl } from './unsubscribe.ts';

/** This process's name on the leases it takes. */
const INSTANCE = INSTANCE_ID;

export interface ReminderRun {
  planned: number;
  sent: number;
  failed: number;
}

async function journalAnchor(app: FastifyInstance, practiceId: string): Promise<JournalAnchor> {
  const head = await journalHead(app.deps.handle.db, practiceId);
  return { count: head?.seq ?? 0, headHash: head?.hash ?? '0'.repeat(64) };
}

/**
 * Plans and sends the reminders of every active practice that has a way to send: each member's
 * digest, the alerts, the owner's monthly anchor. Safe to run on several instances at once and
 * again after a restart: each send is recorded once by its key and taken with a lease.
 */
export async function runReminders(
  app: FastifyInstance,
  options: { now?: Date; instance?: string } = {},
): Promise<ReminderRun> {
  const now = options.now ?? app.deps.clock.now();
  const { db } = app.deps.handle;
  const run: ReminderRun = { planned: 0, sent: 0, failed: 0 };
  for (const practice of await listPractices(db)) {
    if (practice.status !== 'active') continue;
    const mailer = await mailerFor(db, app.deps.config, app.deps.secrets, practice.id);
    if (!mailer) continue;
    const { items } = await app.todo.list({ practiceId: practice.id, now });
    const members = (await listUsers(db, practice.id)).filter((user) => user.status === 'active');
    const prefs = await prefsOf(db, practice.id);
    const plans = planSends(
      items,
      members.map((m) => ({ id: m.id, role: m.role, prefs: prefs.get(m.id) ?? DEFAULT_PREFS })),
      now,
    );
    run.planned += plans.length;
    await recordPlanned(db, practice.id, plans, now);
    const byId = new Map(members.map((m) => [m.id, m]));
    for (const send of await dueSends(db, practice.id, now)) {
      if (!(await claimSend(db, send, options.instance ?? INSTANCE, now))) continue;
      const member = byId.get(send.userId);
      const message = member ? await messageFor(app, practice.name, member, send, items, prefs, now) : null;
      if (!message || !member) {
        await markSent(db, send.id, 'skipped', now);
        continue;
      }
      try {
        await deliver(mailer, member, message);
        await markSent(db, send.id, 'sent', now);
        run.sent += 1;
      } catch (error) {
        app.log.warn({ err: error, send: send.key }, 'reminder e-mail failed');
        await markFailed(db, send, explainSmtpError(error), now);
        run.failed += 1;
      }
    }
  }
  return run;
}

async function deliver(mailer: Mailer, member: UserRecord, message: Message & { unsubscribe: string }) {
  await mailer.send(member.email, message, { 'List-Unsubscribe': `<${message.unsubscribe}>` });
}

/** The message of a send, built from the « à faire » list of now; null when it no longer applies. */
async function messageFor(
  app: FastifyInstance,
  practiceName: string,
  member: UserRecord,
  send: MailSend,
  items: Awaited<ReturnType<FastifyInstance['todo']['list']>>['items'],
  prefs: Awaited<ReturnType<typeof prefsOf>>,
  now: Date,
): Promise<(Message & { unsubscribe: string }) | null> {
  const base = publicBase(app.deps.config);
  const link = (what: 'digest' | 'alerts' | 'anchor') =>
    unsubscribeUrl(
      base,
      unsubscribeToken(app.deps.secrets, { userId: member.id, practiceId: member.practiceId, what }),
    );
  const mine = items.filter((item) => visibleTo(item, { role: member.role, userId: member.id }));
  const memberPrefs = prefs.get(member.id) ?? DEFAULT_PREFS;
  if (send.kind === 'digest') {
    if (memberPrefs.digest === 'none') return null;
    const unsubscribe = link('digest');
    return {
      ...digestMessage({
        practiceName,
        base,
        unsubscribeUrl: unsubscribe,
        unsubscribeLabel: 'Ne plus recevoir ce point régulier',
        frequency: memberPrefs.digest,
        items: mine,
        ...(member.role === 'owner' ? { journal: await journalAnchor(app, member.practiceId) } : {}),
      }),
      unsubscribe,
    };
  }
  if (send.kind === 'anchor') {
    if (!memberPrefs.anchor || memberPrefs.digest !== 'none' || member.role !== 'owner') return null;
    const unsubscribe = link('anchor');
    return {
      ...anchorMessage({
        practiceName,
        base,
        unsubscribeUrl: unsubscribe,
        unsubscribeLabel: 'Ne plus recevoir le code de contrôle mensuel',
        journal: await journalAnchor(app, member.practiceId),
      }),
      unsubscribe,
    };
  }
  const item = mine.find((candidate) => candidate.id === send.payload.itemId);
  if (!memberPrefs.alerts || !item || !send.payload.trigger) return null;
  const unsubscribe = link('alerts');
  return {
    ...alertMessage({
      practiceName,
      base,
      unsubscribeUrl: unsubscribe,
      unsubscribeLabel: 'Ne plus recevoir les alertes',
      item,
      trigger: send.payload.trigger,
      now,
    }),
    unsubscribe,
  };
}

/** The reminders as a scheduled job: once per period of `remindersIntervalSeconds`, whatever the number of instances. */
export function remindersJob(app: FastifyInstance, seconds: number): PeriodicJob {
  return { name: 'reminders', everyMs: seconds * 1000, run: (now) => runReminders(app, { now }) };
}

/** Runs the reminders every `remindersIntervalSeconds` (never when 0); returns what stops them. */
export function startReminders(app: FastifyInstance): () => Promise<void> {
  const seconds = app.deps.config.remindersIntervalSeconds;
  if (seconds === 0) return async () => {};
  return startPeriodicJob(remindersJob(app, seconds), {
    db: app.deps.handle.db,
    now: () => app.deps.clock.now(),
    instance: INSTANCE,
    onError: (error) => app.log.error({ err: error }, 'reminders run failed'),
  });
}
