import type { FastifyInstance } from 'fastify';
import type { z } from '../../lib/zod.ts';
import { badRequest, conflict, unauthorized } from '../../server/errors.ts';
import { actorOf } from '../accounts/actor.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { verifyPassword } from '../accounts/password.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { findUser } from '../accounts/users.repository.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import {
  activateMfa,
  clearMfa,
  mfaState,
  remainingRecoveryCodes,
  replaceRecoveryCodes,
  setPendingSecret,
} from './mfa.repository.ts';
import {
  mfaEnableBody,
  mfaSetupResponse,
  mfaStatusResponse,
  passwordConfirmBody,
  recoveryCodesResponse,
} from './mfa.schema.ts';
import { checkTotp, newRecoveryCodes, newTotpSecret, otpauthUri } from './mfa.ts';
import { openTotpSecret, sealClearTotpSecrets, sealTotpSecret } from './totp-secret.ts';

const self = { permission: 'account.self' } as const;

/** The caller's own second factor: enrol with a QR code, recovery codes, turn off when allowed. */
export async function mfaRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  await sealClearTotpSecrets(db, app.deps.secrets);

  async function confirmPassword(practiceId: string, userId: string, password: string) {
    const user = await findUser(db, practiceId, userId);
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      throw badRequest('Mot de passe incorrect.', 'password');
    }
  }

  app.get(
    '/me/mfa',
    { config: self, schema: { tags: ['compte'], response: { 200: mfaStatusResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const [state, practice] = await Promise.all([
        mfaState(db, auth.practiceId, auth.userId),
        findPractice(db, auth.practiceId),
      ]);
      return {
        enabled: Boolean(state?.mfa_secret),
        required: practice?.mfaRequired ?? false,
        recoveryCodesLeft: state?.mfa_secret ? await remainingRecoveryCodes(db, auth.userId) : 0,
      };
    },
  );

  app.post(
    '/me/mfa/setup',
    { config: self, schema: { tags: ['compte'], response: { 200: mfaSetupResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const state = await mfaState(db, auth.practiceId, auth.userId);
      if (state?.mfa_secret) throw conflict('La double authentification est déjà active sur votre compte.');
      const secret = newTotpSecret();
      await setPendingSecret(db, auth.practiceId, auth.userId, sealTotpSecret(app.deps.secrets, auth.userId, secret));
      const uri = otpauthUri(secret, auth.email);
      const { default: QRCode } = await import('qrcode'); // loaded on first enrolment, not at start-up
      const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { secret, otpauthUri: uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
    },
  );

  app.post(
    '/me/mfa/enable',
    { config: self, schema: { tags: ['compte'], body: mfaEnableBody, response: { 200: recoveryCodesResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const { code } = request.body as z.infer<typeof mfaEnableBody>;
      const now = app.deps.clock.now();
      const state = await mfaState(db, auth.practiceId, auth.userId);
      if (state?.mfa_secret) throw conflict('La double authentification est déjà active sur votre compte.');
      if (!state?.mfa_pending_secret) throw badRequest('Commencez par afficher le QR code à scanner.', 'code');
      const pending = openTotpSecret(app.deps.secrets, auth.userId, state.mfa_pending_secret);
      const step = checkTotp(pending, code, now, null);
      if (step === null) {
        throw badRequest(
          'Ce code ne correspond pas : vérifiez l’heure de votre téléphone et saisissez le code affiché.',
          'code',
        );
      }
      const recoveryCodes = newRecoveryCodes();
      await db.transaction().execute(async (trx) => {
        await activateMfa(
          trx,
          auth.practiceId,
          auth.userId,
          sealTotpSecret(app.deps.secrets, auth.userId, pending),
          step,
          recoveryCodes,
          now,
        );
        await appendJournal(
          trx,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'mfa.enabled',
            subject: { type: 'user', id: auth.userId },
            summary: `Double authentification activée par ${auth.name}`,
            data: {},
          },
          now,
        );
      });
      return { recoveryCodes };
    },
  );

  app.post(
    '/me/mfa/recovery-codes',
    { config: self, schema: { tags: ['compte'], body: passwordConfirmBody, response: { 200: recoveryCodesResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      await confirmPassword(
        auth.practiceId,
        auth.userId,
        (request.body as z.infer<typeof passwordConfirmBody>).password,
      );
      const state = await mfaState(db, auth.practiceId, auth.userId);
      if (!state?.mfa_secret) throw conflict('Activez d’abord la double authentification.');
      const recoveryCodes = newRecoveryCodes();
      await replaceRecoveryCodes(db, auth.userId, recoveryCodes, app.deps.clock.now());
      return { recoveryCodes };
    },
  );

  app.post(
    '/me/mfa/disable',
    { config: self, schema: { tags: ['compte'], body: passwordConfirmBody, response: { 200: mfaStatusResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      if (auth.via !== 'session')
        throw unauthorized('Désactivez la double authentification depuis l’application, connecté(e).');
      await confirmPassword(
        auth.practiceId,
        auth.userId,
        (request.body as z.infer<typeof passwordConfirmBody>).password,
      );
      const practice = await findPractice(db, auth.practiceId);
      if (practice?.mfaRequired) {
        throw conflict('Votre cabinet exige la double authentification : elle ne peut pas être désactivée.');
      }
      const now = app.deps.clock.now();
      await db.transaction().execute(async (trx) => {
        await clearMfa(trx, auth.practiceId, auth.userId, now);
        await appendJournal(
          trx,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'mfa.disabled',
            subject: { type: 'user', id: auth.userId },
            summary: `Double authentification désactivée par ${auth.name}`,
            data: {},
          },
          now,
        );
      });
      return { enabled: false, required: false, recoveryCodesLeft: 0 };
    },
  );
}
