import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import type { AppSecrets } from '../../lib/crypto/app-secrets.ts';
import { type MailSettings, readMailSettings } from './mail-settings.repository.ts';
import type { Message } from './messages.ts';

/** Where the outgoing server comes from: the environment, the owner's page, or nowhere yet. */
export type MailSource = 'environment' | 'practice' | 'none';

export interface Mailer {
  source: Exclude<MailSource, 'none'>;
  from: string;
  send(to: string, message: Message, headers?: Record<string, string>): Promise<void>;
}

/** Short limits: a wrong host must not hold a reminder run (or the test button) for two minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export const smtpPasswordContext = (practiceId: string) => `smtp-password:${practiceId}`;

/** nodemailer's options for the owner's settings. */
export function transportOptions(settings: MailSettings, password: string | null): SMTPTransport.Options {
  return {
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    ...(settings.username ? { auth: { user: settings.username, pass: password ?? '' } } : {}),
    ...TIMEOUTS,
  };
}

/** nodemailer is loaded with the first message sent, not when Hygie starts (it is large). */
function mailerOf(source: Mailer['source'], options: SMTPTransport.Options | string, from: string): Mailer {
  let transport: Transporter | undefined;
  return {
    source,
    from,
    async send(to, message, headers = {}) {
      const { default: nodemailer } = await import('nodemailer');
      transport ??= nodemailer.createTransport(typeof options === 'string' ? { url: options, ...TIMEOUTS } : options);
      await transport.sendMail({ from, to, subject: message.subject, text: message.text, html: message.html, headers });
    },
  };
}

/** Whether the instance holds a single practice (a practice's own computer, or a one-practice host). */
async function singlePractice(db: Db): Promise<string | null> {
  const rows = await db.selectFrom('practices').select('id').limit(2).execute();
  return rows.length === 1 ? (rows[0]?.id ?? null) : null;
}

/**
 * The mailer of a practice: the instance's (`HYGIE_SMTP_URL`, `HYGIE_MAIL_FROM`) when set; else,
 * on a single-practice instance, the owner's settings; else none.
 */
export async function mailerFor(
  db: Db,
  config: Pick<Config, 'smtp'>,
  secrets: AppSecrets,
  practiceId: string,
): Promise<Mailer | null> {
  if (config.smtp) return mailerOf('environment', config.smtp.url, config.smtp.from);
  if ((await singlePractice(db)) !== practiceId) return null;
  const settings = await readMailSettings(db, practiceId);
  if (!settings) return null;
  const password = settings.passwordSealed
    ? secrets.openText(settings.passwordSealed, smtpPasswordContext(practiceId))
    : null;
  return mailerOf('practice', transportOptions(settings, password), settings.from);
}

/** Whether the owner may type the server in the web page, and where sending comes from. */
export async function mailSource(db: Db, config: Pick<Config, 'smtp'>, practiceId: string) {
  if (config.smtp) return { source: 'environment' as const, editable: false };
  const editable = (await singlePractice(db)) === practiceId;
  const settings = editable ? await readMailSettings(db, practiceId) : null;
  return { source: settings ? ('practice' as const) : ('none' as const), editable };
}

const CERTIFICATE_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_NOT_YET_VALID',
]);

/**
 * What went wrong with the outgoing server, in French, for the owner: a refused login, an
 * unreachable host, a certificate that cannot be trusted, or the server's own answer.
 */
export function explainSmtpError(error: unknown): string {
  const e = error as {
    code?: string;
    responseCode?: number;
    response?: string;
    cause?: { code?: string };
    message?: string;
  };
  const codes = [e.code, e.cause?.code].filter(Boolean) as string[];
  const text = `${e.message ?? ''}`;
  if (codes.some((code) => CERTIFICATE_CODES.has(code)) || /certificate|self[- ]signed/i.test(text)) {
    return 'Le certificat du serveur d’envoi n’est pas reconnu (expiré, autosigné ou à un autre nom) : vérifiez le nom du serveur, ou demandez à votre fournisseur d’e-mail le réglage de sécurité à utiliser.';
  }
  if (codes.includes('EAUTH') || e.responseCode === 535 || e.responseCode === 534) {
    return 'Le serveur d’envoi a refusé l’identifiant ou le mot de passe : vérifiez-les (certains fournisseurs demandent un « mot de passe d’application »).';
  }
  if (
    codes.some((code) =>
      ['ECONNECTION', 'ECONNREFUSED', 'ENOTFOUND', 'EDNS', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(code),
    ) ||
    /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|Greeting never received/i.test(text)
  ) {
    return 'Le serveur d’envoi ne répond pas : vérifiez son adresse et son port, et que cet ordinateur est relié à Internet.';
  }
  if (codes.includes('EENVELOPE') || (e.responseCode !== undefined && e.responseCode >= 500)) {
    return `Le serveur d’envoi a refusé le message${e.response ? ` (« ${e.response.slice(0, 200)} »)` : ''} : vérifiez l’adresse d’expédition, que votre fournisseur doit autoriser.`;
  }
  return 'L’envoi a échoué pour une raison inattendue : réessayez plus tard, ou vérifiez les réglages.';
}
