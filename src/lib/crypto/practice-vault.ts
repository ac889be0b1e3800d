import { randomBytes } from 'node:crypto';
import {
  MasterKeyError,
  type MasterKeyring,
  MISSING_MASTER_KEY,
  masterKeyId,
  newMasterKey,
  readMasterKeyFile,
} from './master-key.ts';
import { KEY_BYTES, type SecretBox, secretBox } from './secret-box.ts';

/**
 * Practice content the host cannot read (hosted PostgreSQL instances; an SQLite file is encrypted
 * whole and does not use this). Each practice has its own random 256-bit data key; its content
 * (the columns of `vault-columns.ts`) is sealed with it by the secret box (AES-256-GCM); the data
 * key is stored wrapped (sealed) by the master key, which is never in the database
 * (`HYGIE_MASTER_KEY_FILE`, see `master-key.ts`). A dump of the database therefore holds ids,
 * dates, statuses and ciphertext only.
 *
 * A sealed value describes itself: `hv1:<practice id>:<data key version>:<base64 of the box>`, so
 * whoever reads a row (a repository, the export, a raw query) opens it without knowing its table;
 * the practice and version are bound as additional data, so a value copied to another practice
 * does not open. A value without the prefix was written before encryption and is read as it is.
 *
 * Unwrapped data keys are kept in memory (at most CACHE_SIZE practices), so a read costs one
 * AES-GCM per value and no query once the practice is known. A rotation of the master key
 * (`hygie rekey`) re-wraps the data keys only: the content and the keys in memory stay valid.
 */
export const SEALED_PREFIX = 'hv1:';
/** The data key of values written where no practice could be told (sealed all the same). */
export const INSTANCE_SCOPE = '-';
const CACHE_SIZE = 10_000;

export class VaultError extends Error {}

/** One wrapped data key as stored in `practice_keys`. */
export interface StoredDataKey {
  practiceId: string;
  version: number;
  masterKeyId: string;
  /** base64 of the data key sealed by the master key. */
  wrapped: string;
}

/** What the vault needs from the database (raw SQL on its own small pool, outside any transaction). */
export interface VaultStore {
  /** False while the database is older than the practice_keys migration (values are then written as before). */
  enabled(): Promise<boolean>;
  get(practiceId: string): Promise<StoredDataKey | undefined>;
  /** Inserts unless the practice already has a key (two instances may race: the first one wins). */
  insert(key: StoredDataKey): Promise<void>;
  list(): Promise<StoredDataKey[]>;
  /** Replaces a wrapping if it is still `previous` (true when replaced). */
  rewrap(key: StoredDataKey, previous: StoredDataKey): Promise<boolean>;
  /** The master key kept in the database by an instance made before HYGIE_MASTER_KEY_FILE, if any. */
  legacyMasterKey(): Promise<string | undefined>;
  /** Keeps a generated master key in the database (only for an instance that already holds practices). */
  saveLegacyMasterKey(value: string): Promise<void>;
  deleteLegacyMasterKey(): Promise<void>;
  practiceCount(): Promise<number>;
}

const wrapContext = (practiceId: string, version: number) => `hygie-practice-key:${practiceId}:${version}`;
const valueContext = (practiceId: string, version: number) => `hygie-vault:${practiceId}:${version}`;

/** Seals a data key with a master key, for `practice_keys`. */
export function wrapDataKey(master: Buffer, practiceId: string, version: number, dataKey: Buffer): StoredDataKey {
  const wrapped = secretBox(master).seal(dataKey, wrapContext(practiceId, version)).toString('base64');
  return { practiceId, version, masterKeyId: masterKeyId(master), wrapped };
}

/** Opens a wrapped data key with whichever key of the keyring wrapped it. */
export function unwrapDataKey(keys: Buffer[], stored: StoredDataKey): Buffer {
  const master = keys.find((key) => masterKeyId(key) === stored.masterKeyId);
  if (!master) {
    throw new VaultError(
      'La clé maîtresse (HYGIE_MASTER_KEY_FILE) n’est pas celle qui protège le contenu de ce cabinet : indiquez le bon fichier de clé (voir docs/hosting.md, « Clé maîtresse »).',
    );
  }
  try {
    return secretBox(master).open(
      Buffer.from(stored.wrapped, 'base64'),
      wrapContext(stored.practiceId, stored.version),
    );
  } catch {
    throw new VaultError('La clé de chiffrement d’un cabinet est altérée dans la base : restaurez une sauvegarde.');
  }
}

export interface PracticeVault {
  /**
   * The master keys, checked against the database: throws a French MasterKeyError when a new
   * instance has no key file, or when the file's keys open none of the stored data keys.
   */
  ready(): Promise<MasterKeyring>;
  seal(practiceId: string | undefined, plain: string): Promise<string>;
  open(value: string): Promise<string>;
  /** Opens, in place, every sealed text of these rows (any table, any column). */
  openRows(rows: Record<string, unknown>[]): Promise<void>;
  /** Re-wraps every data key with the keyring's current key; returns how many changed. */
  rewrapAll(): Promise<number>;
  store: VaultStore;
}

export const isVaultSealed = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(SEALED_PREFIX);

/**
 * The vault of a hosted instance. `masterKeyFile` is HYGIE_MASTER_KEY_FILE; without it, the key an
 * older instance keeps in the database is used (and made, for an instance that already has
 * practices), else start-up is refused with MISSING_MASTER_KEY.
 */
export function createPracticeVault(store: VaultStore, masterKeyFile: string | undefined): PracticeVault {
  let keyring: Promise<MasterKeyring> | undefined;
  const cache = new Map<string, { version: number; box: SecretBox }>();
  const loading = new Map<string, Promise<{ version: number; box: SecretBox }>>();

  async function resolveKeyring(): Promise<MasterKeyring> {
    if (masterKeyFile) return { keys: readMasterKeyFile(masterKeyFile), source: 'file' };
    let legacy = await store.legacyMasterKey();
    if (!legacy) {
      if ((await store.practiceCount()) === 0) throw new MasterKeyError(MISSING_MASTER_KEY);
      await store.saveLegacyMasterKey(newMasterKey().toString('base64'));
      legacy = await store.legacyMasterKey();
    }
    return { keys: [Buffer.from(legacy ?? '', 'base64')], source: 'database' };
  }

  async function checkedKeyring(): Promise<MasterKeyring> {
    const ring = await resolveKeyring();
    const ids = new Set(ring.keys.map(masterKeyId));
    const stored = await store.list();
    if (stored.length > 0 && !stored.some((key) => ids.has(key.masterKeyId))) {
      throw new MasterKeyError(
        'La clé maîtresse fournie (HYGIE_MASTER_KEY_FILE) n’ouvre aucune des clés des cabinets de cette base : ce n’est pas la bonne clé. Rien n’a été modifié ; indiquez le fichier de clé de cette instance.',
      );
    }
    return ring;
  }

  const ring = () => {
    keyring ??= checkedKeyring();
    keyring.catch(() => {
      keyring = undefined;
    });
    return keyring;
  };

  async function loadKey(practiceId: string) {
    const { keys } = await ring();
    let stored = await store.get(practiceId);
    if (!stored) {
      const [current] = keys as [Buffer];
      await store.insert(wrapDataKey(current, practiceId, 1, randomBytes(KEY_BYTES)));
      stored = await store.get(practiceId);
      if (!stored) throw new VaultError('La clé de chiffrement du cabinet n’a pas pu être enregistrée.');
    }
    return { version: stored.version, box: secretBox(unwrapDataKey(keys, stored)) };
  }

  async function keyOf(practiceId: string) {
    const cached = cache.get(practiceId);
    if (cached) return cached;
    let pending = loading.get(practiceId);
    if (!pending) {
      pending = loadKey(practiceId).finally(() => loading.delete(practiceId));
      loading.set(practiceId, pending);
    }
    const key = await pending;
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(practiceId, key);
    return key;
  }

  function parse(value: string) {
    const body = value.slice(SEALED_PREFIX.length);
    const last = body.lastIndexOf(':');
    const middle = body.lastIndexOf(':', last - 1);
    if (last < 0 || middle < 0) throw new VaultError('Valeur chiffrée illisible dans la base.');
    return {
      practiceId: body.slice(0, middle),
      version: Number(body.slice(middle + 1, last)),
      sealed: Buffer.from(body.slice(last + 1), 'base64'),
    };
  }

  function openWith(key: { version: number; box: SecretBox }, parsed: ReturnType<typeof parse>): string {
    if (key.version !== parsed.version) throw new VaultError('Valeur chiffrée avec une version de clé inconnue.');
    try {
      return key.box.open(parsed.sealed, valueContext(parsed.practiceId, parsed.version)).toString('utf8');
    } catch {
      throw new VaultError('Une valeur chiffrée du cabinet a été altérée dans la base.');
    }
  }

  async function open(value: string): Promise<string> {
    if (!isVaultSealed(value)) return value;
    const parsed = parse(value);
    return openWith(await keyOf(parsed.practiceId), parsed);
  }

  return {
    store,
    ready: ring,
    async seal(practiceId, plain) {
      // Only a migration of an older database writes before the vault's table exists.
      if (!(await store.enabled())) return plain;
      const scope = practiceId || INSTANCE_SCOPE;
      const { version, box } = await keyOf(scope);
      const sealed = box.seal(Buffer.from(plain, 'utf8'), valueContext(scope, version)).toString('base64');
      return `${SEALED_PREFIX}${scope}:${version}:${sealed}`;
    },
    open,
    async openRows(rows) {
      for (const row of rows) {
        for (const column in row) {
          const value = row[column];
          if (!isVaultSealed(value)) continue;
          const parsed = parse(value);
          // A value copied into another practice's row (by someone writing in the database) is refused.
          const owner = row.practice_id;
          if (typeof owner === 'string' && owner !== parsed.practiceId && parsed.practiceId !== INSTANCE_SCOPE) {
            throw new VaultError(
              'Une valeur chiffrée d’un autre cabinet a été recopiée dans la base : elle est refusée.',
            );
          }
          // Known practices open without awaiting (the hot path); the first read of one loads its key.
          row[column] = openWith(cache.get(parsed.practiceId) ?? (await keyOf(parsed.practiceId)), parsed);
        }
      }
    },
    async rewrapAll() {
      const { keys } = await ring();
      const [current] = keys as [Buffer];
      const currentId = masterKeyId(current);
      let changed = 0;
      for (const stored of await store.list()) {
        if (stored.masterKeyId === currentId) continue;
        const dataKey = unwrapDataKey(keys, stored);
        if (await store.rewrap(wrapDataKey(current, stored.practiceId, stored.version, dataKey), stored)) changed++;
      }
      return changed;
    },
  };
}
