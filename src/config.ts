import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { secretKeyFrom } from './lib/crypto/secret-box.ts';

/** Runtime configuration, read once from the environment (see the table in README.md). */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  dbKey: string | undefined;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  /**
   * Which proxies in front of Hygie are believed about the client's address and protocol: none
   * (false), the nearest N hops, or the listed addresses / CIDR ranges (as Fastify's `trustProxy`).
   */
  trustProxy: TrustProxy;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  logLevel: string;
  /** `HYGIE_METRICS_TOKEN`: the bearer token of `GET /api/metrics`; undefined = no such route. */
  metricsToken: string | undefined;
  /**
   * `HYGIE_SECRET_KEY`: the 32-byte key of application-level encryption (`src/lib/crypto`), for what
   * PostgreSQL must not hold in clear; undefined when not configured.
   */
  secretKey: Buffer | undefined;
  /**
   * `HYGIE_MASTER_KEY_FILE`: the file of the master key that wraps each practice's data key on
   * PostgreSQL (src/lib/crypto/master-key.ts); read when the database opens. Ignored on SQLite.
   */
  masterKeyFile: string | undefined;
  /** Evidence documents: the largest file and the practice's quota, in bytes. */
  evidence: { maxFileBytes: number; quotaBytes: number };
  /**
   * The instance's outgoing e-mail (`HYGIE_SMTP_URL`, `HYGIE_MAIL_FROM`); when unset, a single-practice
   * instance may use the owner's settings typed in the web page (src/features/reminders).
   */
  smtp: { url: string; from: string } | undefined;
  /** How often the reminders run (seconds), from `hygie serve` only; 0: never by themselves (tests call runReminders). */
  remindersIntervalSeconds: number;
  /** The e-mail analysers (worker threads) and their limits. */
  mailAnalysis: {
    workers: number;
    queue: number;
    timeoutSeconds: number;
    workerMemoryMb: number;
  };
}

/** One analyser thread per processor beyond the first (which keeps serving), between 1 and 2. */
export const defaultMailWorkers = (processors = os.availableParallelism()) => Math.max(1, Math.min(2, processors - 1));

const MB = 1024 * 1024;

export class ConfigError extends Error {}

export type TrustProxy = false | number | string[];

/** Names proxy-addr (Fastify's trustProxy) understands for the usual private ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const REFUSED_TRUE =
  '« true » ferait confiance à l’adresse que le client écrit lui-même en tête de X-Forwarded-For, ce qui contourne les limites de tentatives : indiquez le nombre de proxys placés devant Hygie (1 pour un seul proxy) ou leurs adresses séparées par des virgules (par exemple 10.0.0.5,10.1.0.0/16)';

/** An IPv4/IPv6 address, an address/prefix range, or a proxy-addr range name. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** `HYGIE_TRUST_PROXY`: false/0 (no proxy), a number of hops, or a list of proxy addresses and ranges. */
const trustProxySchema = z.string().transform((raw, ctx): TrustProxy => {
  const value = raw.trim().toLowerCase();
  if (value === 'false' || value === '0') return false;
  if (value === 'true') {
    ctx.addIssue({ code: 'custom', message: REFUSED_TRUE });
    return z.NEVER;
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 20) ctx.addIssue({ code: 'custom', message: 'au plus 20 proxys les uns derrière les autres' });
    return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isProxyAddress(entry));
  if (wrong !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `« ${wrong} » n’est ni un nombre de proxys, ni une adresse IP, ni une plage comme 10.0.0.0/8`,
    });
    return z.NEVER;
  }
  return entries;
});

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HYGIE_DATA_DIR: z.string().min(1).default('data'),
  HYGIE_DB_KEY: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'doit commencer par postgres://')
    .optional(),
  HYGIE_PUBLIC_URL: z.url().optional(),
  HYGIE_TRUST_PROXY: trustProxySchema.default(false),
  HYGIE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  HYGIE_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  HYGIE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  HYGIE_METRICS_TOKEN: z.string().min(24, 'doit faire au moins 24 caractères (openssl rand -base64 32)').optional(),
  HYGIE_SECRET_KEY: z
    .string()
    .transform((text, ctx) => {
      try {
        return secretKeyFrom(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    })
    .optional(),
  HYGIE_MASTER_KEY_FILE: z.string().min(1).optional(),
  HYGIE_EVIDENCE_MAX_MB: z.coerce.number().int().min(1).max(200).default(20),
  HYGIE_EVIDENCE_QUOTA_MB: z.coerce.number().int().min(1).max(100_000).default(500),
  HYGIE_SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^\s]+$/,
      'doit commencer par smtp:// ou smtps:// (par exemple smtps://utilisateur:motdepasse@smtp.exemple.fr:465)',
    )
    .optional(),
  HYGIE_MAIL_FROM: z.email('adresse e-mail attendue, par exemple rappels@cabinet.fr').optional(),
  HYGIE_REMINDERS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  HYGIE_MAIL_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
  HYGIE_MAIL_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
  HYGIE_MAIL_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  HYGIE_MAIL_WORKER_MEMORY_MB: z.coerce.number().int().min(64).max(8192).default(512),
});

/** Reads the configuration; an invalid value is a ConfigError naming the variable, in French. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? '?');
    throw new ConfigError(`Configuration invalide : la variable ${name} est incorrecte (${issue?.message}).`);
  }
  const e = parsed.data;
  if ((e.HYGIE_SMTP_URL === undefined) !== (e.HYGIE_MAIL_FROM === undefined)) {
    const missing = e.HYGIE_SMTP_URL === undefined ? 'HYGIE_SMTP_URL' : 'HYGIE_MAIL_FROM';
    throw new ConfigError(
      `Configuration invalide : la variable ${missing} manque (HYGIE_SMTP_URL et HYGIE_MAIL_FROM vont ensemble : le serveur d’envoi et l’adresse d’expédition).`,
    );
  }
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.HYGIE_DATA_DIR),
    dbKey: e.HYGIE_DB_KEY,
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.HYGIE_PUBLIC_URL,
    trustProxy: e.HYGIE_TRUST_PROXY,
    sessionIdleMinutes: e.HYGIE_SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.HYGIE_SESSION_ABSOLUTE_HOURS,
    logLevel: e.HYGIE_LOG_LEVEL,
    metricsToken: e.HYGIE_METRICS_TOKEN,
    secretKey: e.HYGIE_SECRET_KEY,
    masterKeyFile: e.HYGIE_MASTER_KEY_FILE ? path.resolve(e.HYGIE_MASTER_KEY_FILE) : undefined,
    evidence: { maxFileBytes: e.HYGIE_EVIDENCE_MAX_MB * MB, quotaBytes: e.HYGIE_EVIDENCE_QUOTA_MB * MB },
    smtp: e.HYGIE_SMTP_URL && e.HYGIE_MAIL_FROM ? { url: e.HYGIE_SMTP_URL, from: e.HYGIE_MAIL_FROM } : undefined,
    remindersIntervalSeconds: e.HYGIE_REMINDERS_INTERVAL_SECONDS,
    mailAnalysis: {
      workers: e.HYGIE_MAIL_WORKERS ?? defaultMailWorkers(),
      queue: e.HYGIE_MAIL_QUEUE,
      timeoutSeconds: e.HYGIE_MAIL_TIMEOUT_SECONDS,
      workerMemoryMb: e.HYGIE_MAIL_WORKER_MEMORY_MB,
    },
  };
}

/** True when some proxy in front of Hygie is believed about the client's address. */
export function trustsProxy(config: Pick<Config, 'trustProxy'>): boolean {
  return config.trustProxy !== false;
}

/** True when the server only listens on this computer (a practitioner's own install). */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** The address people type to reach Hygie: HYGIE_PUBLIC_URL, else this computer's address. */
export function publicBase(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/$/, '');
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}
