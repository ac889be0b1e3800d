import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** Runtime configuration, read once from the environment (see the table in README.md). */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  dbKey: string | undefined;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  logLevel: string;
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

export class ConfigError extends Error {}

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
  HYGIE_TRUST_PROXY: z.enum(['true', 'false', '1', '0', '']).optional(),
  HYGIE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  HYGIE_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  HYGIE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
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
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.HYGIE_DATA_DIR),
    dbKey: e.HYGIE_DB_KEY,
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.HYGIE_PUBLIC_URL,
    trustProxy: e.HYGIE_TRUST_PROXY === 'true' || e.HYGIE_TRUST_PROXY === '1',
    sessionIdleMinutes: e.HYGIE_SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.HYGIE_SESSION_ABSOLUTE_HOURS,
    logLevel: e.HYGIE_LOG_LEVEL,
    mailAnalysis: {
      workers: e.HYGIE_MAIL_WORKERS ?? defaultMailWorkers(),
      queue: e.HYGIE_MAIL_QUEUE,
      timeoutSeconds: e.HYGIE_MAIL_TIMEOUT_SECONDS,
      workerMemoryMb: e.HYGIE_MAIL_WORKER_MEMORY_MB,
    },
  };
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
