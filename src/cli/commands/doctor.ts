import fs from 'node:fs';
import { sql } from 'kysely';
import { type Config, isLoopbackHost, loadConfig } from '../../config.ts';
import { connect } from '../../db/connect.ts';
import { migrationStatus } from '../../db/migrate.ts';
import { sqlitePaths } from '../../db/sqlite.ts';
import { readMasterKeyFile } from '../../lib/crypto/master-key.ts';
import { version } from '../../server/version.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { frenchCommand } from './french-command.ts';

export interface Check {
  ok: boolean;
  label: string;
  detail: string;
}

function keyFileCheck(config: Config): Check | undefined {
  if (config.databaseUrl) return undefined;
  const { keyFile } = sqlitePaths(config.dataDir);
  if (config.dbKey) return { ok: true, label: 'Clé de la base', detail: 'fournie par HYGIE_DB_KEY' };
  if (!fs.existsSync(keyFile)) return { ok: false, label: 'Clé de la base', detail: `fichier ${keyFile} absent` };
  if (process.platform === 'win32') return { ok: true, label: 'Clé de la base', detail: keyFile };
  const mode = fs.statSync(keyFile).mode & 0o777;
  return mode & 0o077
    ? {
        ok: false,
        label: 'Clé de la base',
        detail: `${keyFile} est lisible par d’autres comptes (droits ${mode.toString(8)}) : faites chmod 600`,
      }
    : { ok: true, label: 'Clé de la base', detail: `${keyFile} (droits 600)` };
}

/** On PostgreSQL, the key of the sealed values (TOTP secrets, SMTP password…) must live outside the database. */
export function secretKeyCheck(config: Pick<Config, 'databaseUrl' | 'secretKey'>): Check {
  const label = 'Clé des secrets';
  if (config.secretKey) return { ok: true, label, detail: 'fournie par HYGIE_SECRET_KEY' };
  return config.databaseUrl
    ? {
        ok: false,
        label,
        detail:
          'HYGIE_SECRET_KEY absente : la clé des secrets est gardée dans la base, une copie de la base suffit à les lire. Donnez la même HYGIE_SECRET_KEY à chaque instance (openssl rand -base64 32).',
      }
    : { ok: true, label, detail: 'gardée dans la base chiffrée (sauvegardes comprises)' };
}

/** On PostgreSQL, the master key that wraps each practice's data key must come from a file, never from the database. */
export function masterKeyCheck(config: Pick<Config, 'databaseUrl' | 'masterKeyFile'>): Check | undefined {
  if (!config.databaseUrl) return undefined;
  const label = 'Clé maîtresse';
  if (!config.masterKeyFile) {
    return {
      ok: false,
      label,
      detail:
        'ATTENTION : HYGIE_MASTER_KEY_FILE absent — la clé qui protège le contenu des cabinets est gardée dans la base, une copie de la base suffit à tout lire. Lancez « hygie rekey --to-file /etc/hygie/master.key », puis indiquez ce fichier à chaque instance.',
    };
  }
  try {
    const keys = readMasterKeyFile(config.masterKeyFile);
    const mode = process.platform === 'win32' ? 0 : fs.statSync(config.masterKeyFile).mode & 0o777;
    if (mode & 0o077) {
      return {
        ok: false,
        label,
        detail: `${config.masterKeyFile} est lisible par d’autres comptes (droits ${mode.toString(8)}) : faites chmod 600`,
      };
    }
    return {
      ok: true,
      label,
      detail: `${config.masterKeyFile}${keys.length > 1 ? ` (${keys.length - 1} clé(s) précédente(s) : lancez « hygie rekey » pour finir le changement de clé)` : ''}`,
    };
  } catch (error) {
    return { ok: false, label, detail: (error as Error).message };
  }
}

/** Everything an operator checks before calling for help; each line says what is wrong. */
export async function runChecks(config: Config): Promise<Check[]> {
  const checks: Check[] = [
    { ok: true, label: 'Version', detail: `Hygie ${version}, Node.js ${process.versions.node}` },
    {
      ok: true,
      label: 'Configuration',
      detail: `écoute ${config.host}:${config.port}${isLoopbackHost(config.host) ? ' (cet ordinateur seulement)' : ''}, données dans ${config.dataDir}`,
    },
  ];
  const key = keyFileCheck(config);
  if (key) checks.push(key);
  checks.push(secretKeyCheck(config));
  const master = masterKeyCheck(config);
  if (master) checks.push(master);
  if (!config.databaseUrl && !fs.existsSync(sqlitePaths(config.dataDir).file)) {
    checks.push({
      ok: false,
      label: 'Base',
      detail: `aucune base dans ${config.dataDir} : lancez « npm start » ou « hygie serve »`,
    });
    return checks;
  }
  const handle = connect(config);
  try {
    if (handle.dialect === 'sqlite') {
      const rows = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(handle.db);
      const result = rows.rows.map((r) => r.integrity_check).join(', ');
      const engine = await sql<{ v: string }>`SELECT sqlite_version() AS v`.execute(handle.db);
      checks.push({
        ok: result === 'ok',
        label: 'Intégrité de la base',
        detail: `${result} (SQLite ${engine.rows[0]?.v}, chiffrée)`,
      });
    } else {
      const engine = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(handle.db);
      checks.push({ ok: true, label: 'Base PostgreSQL', detail: `joignable (version ${engine.rows[0]?.v})` });
    }
    const pending = (await migrationStatus(handle.db)).filter((m) => !m.executedAt).map((m) => m.name);
    checks.push(
      pending.length
        ? { ok: false, label: 'Schéma', detail: `migrations en attente : ${pending.join(', ')} (lancez hygie migrate)` }
        : { ok: true, label: 'Schéma', detail: 'à jour' },
    );
  } finally {
    await handle.close();
  }
  return checks;
}

export const doctorCommand = (io: CliIo) =>
  frenchCommand(io, 'doctor', 'vérifie la configuration, la clé, la base et les versions').action(async () => {
    const checks = await runChecks(loadConfig(io.env));
    for (const c of checks) println(io.stdout, `${c.ok ? '✓' : '✗'} ${c.label} : ${c.detail}`);
    const failed = checks.filter((c) => !c.ok).length;
    if (failed) throw new CliError(`${failed} point(s) à corriger.`, 1);
    println(io.stdout, 'Tout est en ordre.');
  });
