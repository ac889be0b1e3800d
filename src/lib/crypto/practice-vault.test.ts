import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MasterKeyError,
  MISSING_MASTER_KEY,
  newMasterKey,
  readMasterKeyFile,
  writeMasterKeyFile,
} from './master-key.ts';
import { createPracticeVault, type StoredDataKey, VaultError, type VaultStore } from './practice-vault.ts';

/** The vault's store in memory (the PostgreSQL one is exercised by practice-vault.pgdump.test.ts). */
function memoryStore(practices = 0) {
  const keys = new Map<string, StoredDataKey>();
  let legacy: string | undefined;
  const store: VaultStore = {
    enabled: async () => true,
    get: async (id) => keys.get(id),
    insert: async (key) => {
      if (!keys.has(key.practiceId)) keys.set(key.practiceId, key);
    },
    list: async () => [...keys.values()],
    rewrap: async (key, previous) => {
      if (keys.get(key.practiceId)?.wrapped !== previous.wrapped) return false;
      keys.set(key.practiceId, key);
      return true;
    },
    legacyMasterKey: async () => legacy,
    saveLegacyMasterKey: async (value) => {
      legacy ??= value;
    },
    deleteLegacyMasterKey: async () => {
      legacy = undefined;
    },
    practiceCount: async () => practices,
  };
  return { store, keys };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-vault-'));
let files = 0;
function keyFile(...keys: Buffer[]): string {
  const file = path.join(dir, `master-${++files}.key`);
  writeMasterKeyFile(file, keys);
  return file;
}

const TEXT = 'Rançongiciel chez « Dr Félicité Arnaud-Ébrard », poste de l’accueil';

describe('the practice vault', () => {
  it('seals a text as hv1:<practice>:<version>:… that holds nothing of it, and opens it back', async () => {
    const vault = createPracticeVault(memoryStore().store, keyFile(newMasterKey()));
    const sealed = await vault.seal('p-1', TEXT);
    expect(sealed).toMatch(/^hv1:p-1:1:[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain('Arnaud');
    expect(await vault.open(sealed)).toBe(TEXT);
    expect(await vault.open('écrit avant le chiffrement')).toBe('écrit avant le chiffrement');
    const rows = [{ practice_id: 'p-1', description: sealed, count: 3, note: null }];
    await vault.openRows(rows);
    expect(rows).toEqual([{ practice_id: 'p-1', description: TEXT, count: 3, note: null }]);
  });

  it('gives each practice its own data key: a value moved to another practice does not open', async () => {
    const vault = createPracticeVault(memoryStore().store, keyFile(newMasterKey()));
    const sealed = await vault.seal('p-1', TEXT);
    await expect(vault.openRows([{ practice_id: 'p-2', name: sealed }])).rejects.toThrow(VaultError);
    const forged = sealed.replace('hv1:p-1:', 'hv1:p-2:');
    await vault.seal('p-2', 'autre cabinet');
    await expect(vault.open(forged)).rejects.toThrow('altérée');
  });

  it('refuses a new instance without a key file, in French, saying how to make one', async () => {
    const vault = createPracticeVault(memoryStore(0).store, undefined);
    await expect(vault.ready()).rejects.toThrow(MasterKeyError);
    await expect(vault.ready()).rejects.toThrow(MISSING_MASTER_KEY);
    await expect(vault.seal('p-1', TEXT)).rejects.toThrow('hygie key create');
  });

  it('keeps an instance that already holds practices working with a key kept in the database', async () => {
    const { store } = memoryStore(3);
    const vault = createPracticeVault(store, undefined);
    expect((await vault.ready()).source).toBe('database');
    const sealed = await vault.seal('p-1', TEXT);
    expect(await createPracticeVault(store, undefined).open(sealed)).toBe(TEXT);
  });

  it('refuses a key file that is absent, malformed, or not the one of this database — before changing anything', async () => {
    await expect(createPracticeVault(memoryStore().store, path.join(dir, 'absent.key')).ready()).rejects.toThrow(
      /illisible ou absent.*hygie key create/,
    );
    const bad = path.join(dir, 'bad.key');
    fs.writeFileSync(bad, 'pas une clé\n');
    expect(() => readMasterKeyFile(bad)).toThrow(MasterKeyError);
    const { store, keys } = memoryStore();
    await createPracticeVault(store, keyFile(newMasterKey())).seal('p-1', TEXT);
    const before = JSON.stringify([...keys.values()]);
    const wrong = createPracticeVault(store, keyFile(newMasterKey()));
    await expect(wrong.ready()).rejects.toThrow('n’ouvre aucune des clés');
    await expect(wrong.seal('p-2', TEXT)).rejects.toThrow(MasterKeyError);
    expect(JSON.stringify([...keys.values()])).toBe(before);
  });

  it('rotates the master key: data keys re-wrapped, content still readable, the old key no longer opens', async () => {
    const { store } = memoryStore();
    const oldKey = newMasterKey();
    const newKey = newMasterKey();
    const before = createPracticeVault(store, keyFile(oldKey));
    const sealed = [await before.seal('p-1', TEXT), await before.seal('p-2', 'deuxième cabinet')];
    // During the rotation every instance reads a file holding the new key first, then the old one.
    const during = createPracticeVault(store, keyFile(newKey, oldKey));
    expect(await during.rewrapAll()).toBe(2);
    expect(await during.rewrapAll()).toBe(0);
    // Content still readable, by an instance that kept its keys in memory and by a fresh one.
    expect(await before.open(sealed[0] as string)).toBe(TEXT);
    const after = createPracticeVault(store, keyFile(newKey));
    expect(await after.open(sealed[1] as string)).toBe('deuxième cabinet');
    // The old key alone opens nothing any more.
    const old = createPracticeVault(store, keyFile(oldKey));
    await expect(old.ready()).rejects.toThrow(MasterKeyError);
  });
});
