import type pg from 'pg';
import type { StoredDataKey, VaultStore } from './practice-vault.ts';

const LEGACY_META_KEY = 'master_key';

interface KeyRow {
  practice_id: string;
  version: number;
  master_key_id: string;
  wrapped: string;
}

const fromRow = (row: KeyRow): StoredDataKey => ({
  practiceId: row.practice_id,
  version: Number(row.version),
  masterKeyId: row.master_key_id,
  wrapped: row.wrapped,
});

/**
 * The vault's keys in PostgreSQL (`practice_keys`, and `instance_meta.master_key` for an instance
 * made before HYGIE_MASTER_KEY_FILE), on a pool of its own: a data key is made or read outside
 * the caller's transaction (a rolled-back practice leaves an unused key, never a lost one), and a
 * busy main pool cannot block it.
 */
export function postgresVaultStore(pool: pg.Pool): VaultStore {
  const rows = async <T>(text: string, values: unknown[] = []) => (await pool.query(text, values)).rows as T[];
  let enabled = false;
  return {
    async enabled() {
      if (!enabled) {
        const [row] = await rows<{ t: string | null }>("SELECT to_regclass('practice_keys')::text AS t");
        enabled = row?.t != null;
      }
      return enabled;
    },
    async get(practiceId) {
      const [row] = await rows<KeyRow>(
        'SELECT practice_id, version, master_key_id, wrapped FROM practice_keys WHERE practice_id = $1',
        [practiceId],
      );
      return row ? fromRow(row) : undefined;
    },
    async insert(key) {
      const now = new Date().toISOString();
      await pool.query(
        `INSERT INTO practice_keys (practice_id, version, master_key_id, wrapped, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (practice_id) DO NOTHING`,
        [key.practiceId, key.version, key.masterKeyId, key.wrapped, now],
      );
    },
    async list() {
      return (
        await rows<KeyRow>(
          'SELECT practice_id, version, master_key_id, wrapped FROM practice_keys ORDER BY practice_id',
        )
      ).map(fromRow);
    },
    async rewrap(key, previous) {
      const result = await pool.query(
        `UPDATE practice_keys SET master_key_id = $1, wrapped = $2, updated_at = $3
         WHERE practice_id = $4 AND version = $5 AND wrapped = $6`,
        [key.masterKeyId, key.wrapped, new Date().toISOString(), key.practiceId, key.version, previous.wrapped],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async legacyMasterKey() {
      const [row] = await rows<{ value: string }>('SELECT value FROM instance_meta WHERE key = $1', [LEGACY_META_KEY]);
      return row?.value;
    },
    async saveLegacyMasterKey(value) {
      await pool.query(
        'INSERT INTO instance_meta (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING',
        [LEGACY_META_KEY, value, new Date().toISOString()],
      );
    },
    async deleteLegacyMasterKey() {
      await pool.query('DELETE FROM instance_meta WHERE key = $1', [LEGACY_META_KEY]);
    },
    async practiceCount() {
      const [row] = await rows<{ n: number }>('SELECT count(*)::int AS n FROM practices');
      return Number(row?.n ?? 0);
    },
  };
}
