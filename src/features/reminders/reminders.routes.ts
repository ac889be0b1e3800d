import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { publicBase } from '../../config.ts';
import { badRequest, conflict } from '../../server/errors.ts';
import { actorOf } from '../accounts/actor.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { loginRateLimit } from '../accounts/auth.routes.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { findUser } from '../accounts/users.repository.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { type MailSettings, readMailSettings, saveMailSettings } from './mail-settings.repository.ts';
import { explainSmtpError, mailerFor, mailSource, smtpPasswordContext } from './mailer.ts';
import { testMessage } from './messages.ts';
import { prefsOfUser, savePrefs } from './prefs.repository.ts';
import {
  mailSettingsBody,
  mailSettingsResponse,
  mailTestResponse,
  prefsBody,
  prefsResponse,
  unsubscribeBody,
  unsubscribeResponse,
} from './reminders.schema.ts';
import { recentFailures } from './sends.repository.ts';
import { readUnsubscribeToken } from './unsubscribe.ts';

/**
 * Reminders by e-mail: each member's choices, the owner's outgoing server (on a single-practice
 * instance without HYGIE_SMTP_URL) with its test button, and the unsubscribe link's target.
 */
export async function remindersRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.handle;

  const prefsView = async (practiceId: string, userId: string, email: string) => ({
    ...(await prefsOfUser(db, practiceId, userId)),
    mailAvailable: (await mailSource(db, app.deps.config, practiceId)).source !== 'none',
    email,
  });

  api.get(
    '/me/reminders',
    { config: { permission: 'todo.read' }, schema: { tags: ['compte'], response: { 200: prefsResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      return prefsView(auth.practiceId, auth.userId, auth.email);
    },
  );

  api.put(
    '/me/reminders',
    {
      config: { permission: 'todo.read' },
      schema: { tags: ['compte'], body: prefsBody, response: { 200: prefsResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      await savePrefs(db, auth.practiceId, auth.userId, request.body, app.deps.clock.now());
      return prefsView(auth.practiceId, auth.userId, auth.email);
    },
  );

  const settingsView = async (practiceId: string) => {
    const { source, editable } = await mailSource(db, app.deps.config, practiceId);
    const saved = editable ? await readMailSettings(db, practiceId) : null;
    return {
      source,
      editable,
      settings: saved
        ? {
            host: saved.host,
            port: saved.port,
            security: saved.security,
            username: saved.username,
            passwordSet: saved.passwordSealed !== null,
            from: saved.from,
          }
        : null,
      failures: await recentFailures(db, practiceId),
    };
  };

  api.get(
    '/mail/settings',
    {
      config: { permission: 'practice.manage' },
      schema: { tags: ['cabinet'], response: { 200: mailSettingsResponse } },
    },
    async (request) => settingsView(requireAuth(request).practiceId),
  );

  api.put(
    '/mail/settings',
    {
      config: { permission: 'practice.manage' },
      schema: { tags: ['cabinet'], body: mailSettingsBody, response: { 200: mailSettingsResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { source, editable } = await mailSource(db, app.deps.config, auth.practiceId);
      if (source === 'environment') {
        throw conflict(
          'L’envoi des e-mails est réglé par l’hébergeur de Hygie (HYGIE_SMTP_URL) : il ne se change pas ici.',
        );
      }
      if (!editable) {
        throw conflict(
          'Cette installation de Hygie sert plusieurs cabinets : l’envoi des e-mails se règle par son hébergeur.',
        );
      }
      const now = app.deps.clock.now();
      const body = request.body;
      const before = await readMailSettings(db, auth.practiceId);
      if (body.password === undefined && body.username && !before?.passwordSealed) {
        throw badRequest('Champ « password » : indiquez le mot de passe qui va avec l’identifiant.', 'password');
      }
      const passwordSealed =
        body.password === undefined
          ? (before?.passwordSealed ?? null)
          : body.password === null || body.password === ''
            ? null
            : app.deps.secrets.sealText(body.password, smtpPasswordContext(auth.practiceId));
      const after: MailSettings = {
        host: body.host,
        port: body.port,
        security: body.security,
        username: body.username,
        passwordSealed: body.username ? passwordSealed : null,
        from: body.from,
        updatedAt: now.toISOString(),
      };
      const fields = (['host', 'port', 'security', 'username', 'from'] as const).filter(
        (field) => before?.[field] !== after[field],
      ) as string[];
      if (body.password !== undefined) fields.push('password');
      await db.transaction().execute(async (trx) => {
        await saveMailSettings(trx, auth.practiceId, after);
        if (fields.length > 0) {
          await appendJournal(
            trx,
            auth.practiceId,
            {
              actor: actorOf(auth),
              action: 'mail_settings.updated',
              summary: `Réglages d’envoi des e-mails modifiés par ${auth.name}`,
              data: { fields },
            },
            now,
          );
        }
      });
      return settingsView(auth.practiceId);
    },
  );

  api.post(
    '/mail/settings/test',
    {
      config: { permission: 'practice.manage', rateLimit: loginRateLimit(app) },
      schema: { tags: ['cabinet'], response: { 200: mailTestResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const mailer = await mailerFor(db, app.deps.config, app.deps.secrets, auth.practiceId);
      if (!mailer) {
        return {
          ok: false as const,
          message: 'Aucun serveur d’envoi n’est réglé : remplissez et enregistrez les réglages d’abord.',
        };
      }
      const practice = await findPractice(db, auth.practiceId);
      try {
        await mailer.send(
          auth.email,
          testMessage({ practiceName: practice?.name ?? '', base: publicBase(app.deps.config) }),
        );
        return { ok: true as const, sentTo: auth.email };
      } catch (error) {
        request.log.warn({ err: error }, 'test e-mail failed');
        return { ok: false as const, message: explainSmtpError(error) };
      }
    },
  );

  api.post(
    '/reminders/unsubscribe',
    {
      config: { public: true, rateLimit: loginRateLimit(app) },
      schema: { tags: ['compte'], body: unsubscribeBody, response: { 200: unsubscribeResponse } },
    },
    async (request) => {
      const target = readUnsubscribeToken(app.deps.secrets, request.body.token);
      const user = target ? await findUser(db, target.practiceId, target.userId) : null;
      if (!target || !user) {
        throw badRequest('Ce lien de désabonnement n’est pas valable : copiez-le en entier depuis l’e-mail.', 'token');
      }
      const prefs = await prefsOfUser(db, target.practiceId, target.userId);
      const changed =
        target.what === 'digest'
          ? { ...prefs, digest: 'none' as const }
          : target.what === 'alerts'
            ? { ...prefs, alerts: false }
            : { ...prefs, anchor: false };
      await savePrefs(db, target.practiceId, target.userId, changed, app.deps.clock.now());
      return { what: target.what };
    },
  );
}
