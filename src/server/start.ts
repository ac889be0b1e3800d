import type { FastifyInstance } from 'fastify';
import { type Config, ConfigError, isLoopbackHost } from '../config.ts';
import { connect, type DbHandle } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { startReminders } from '../features/reminders/delivery.ts';
import { isSetupNeeded, issueSetupCode, setupCodeRequired } from '../features/setup/setup-code.ts';
import { systemClock } from '../lib/clock.ts';
import { clearRowsWarning, countClearRows } from '../lib/crypto/vault-seal.ts';
import { allReferentials, defaultReferentialDir, loadAllReferentials } from '../lib/referential/index.ts';
import { type BuildAppOptions, buildApp } from './app.ts';
import { ensureInstanceInfo } from './instance.repository.ts';

export interface Running {
  app: FastifyInstance;
  handle: DbHandle;
  url: string;
  stop(): Promise<void>;
}

/** How long a stop lets the requests under way finish before cutting their connections. */
export const STOP_DRAIN_MS = 10_000;

export interface StartOptions {
  referentialDir?: string;
  /** The load benchmark lifts the rate limits (`bench/serve-built.mjs`); `hygie serve` never does. */
  limits?: Pick<BuildAppOptions, 'rateLimitPerMinute' | 'loginRateLimitPerMinute'>;
}

/** Opens the database, applies migrations and serves the application until stopped. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<Running> {
  // A broken reference file stops the start, naming the file and the field, before anything opens.
  loadAllReferentials(allReferentials, options.referentialDir ?? defaultReferentialDir);
  const handle = connect(config);
  try {
    await migrateToLatest(handle.db);
    await ensureInstanceInfo(handle.db, systemClock.now());
    await handle.vault?.ready();
  } catch (error) {
    await handle.close();
    throw error;
  }
  const app = await buildApp({ config, handle, ...options.limits });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    await handle.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConfigError(
        `Le port ${config.port} est déjà utilisé : Hygie est peut-être déjà démarré (ouvrez-le dans le navigateur), ` +
          'ou choisissez un autre port avec la variable PORT.',
      );
    }
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // With PORT=0 the system picks the port: links shown to users must carry the real one.
  if (config.port === 0) app.deps.config = { ...config, port };
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${shownHost}:${port}`;
  app.log.info(`Hygie est prêt sur ${config.publicUrl ?? url} — base : ${handle.describe}`);
  if (setupCodeRequired(config) && (await isSetupNeeded(handle.db))) {
    const code = await issueSetupCode(handle.db, systemClock.now());
    app.log.warn(`Première installation : saisissez le code ${code} dans l’assistant pour créer le cabinet.`);
  }
  if (!isLoopbackHost(config.host) && !config.publicUrl?.startsWith('https://')) {
    app.log.warn(
      'Hygie écoute sur le réseau sans HTTPS : placez-le derrière un proxy TLS (HYGIE_PUBLIC_URL=https://…).',
    );
  }
  if (typeof config.trustProxy === 'number' && !isLoopbackHost(config.host)) {
    app.log.warn(
      `HYGIE_TRUST_PROXY=${config.trustProxy} : Hygie croit les ${config.trustProxy} dernier(s) relais de X-Forwarded-For sans vérifier leur adresse. ` +
        'Assurez-vous qu’on ne peut le joindre qu’à travers le proxy, ou indiquez plutôt l’adresse du proxy (par exemple HYGIE_TRUST_PROXY=10.0.0.5).',
    );
  }
  // Rows written before the vault stay clear until saved: say so, without delaying the start.
  const clearCheck = handle.vault
    ? countClearRows(handle.db)
        .then((rows) => {
          if (rows > 0) app.log.warn(clearRowsWarning(rows));
        })
        .catch(() => {})
    : Promise.resolve();
  const stopReminders = startReminders(app);
  let stopped = false;
  return {
    app,
    handle,
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      // 1. No new connections; requests still arriving on open ones get a French 503; those under
      //    way finish (connections still busy after the bound are cut).
      const cut = setTimeout(() => app.server.closeAllConnections(), STOP_DRAIN_MS);
      cut.unref();
      await app.close();
      clearTimeout(cut);
      // 2. The periodic jobs: no new tick, the one under way ends.
      await stopReminders();
      await clearCheck;
      // 3. The database, once the queries still under way have ended (bounded, see connect.ts).
      await handle.close();
    },
  };
}
