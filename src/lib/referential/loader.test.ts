import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from '../zod.ts';
import { ReferentialError } from './errors.ts';
import { allReferentials } from './index.ts';
import {
  builtReferentialCacheDir,
  defaultReferentialDir,
  defineReferential,
  loadAllReferentials,
  loadReferential,
  resetReferentialCache,
} from './loader.ts';

const schema = z.strictObject({ id: z.string().min(1), label: z.string().min(1) });
const yamlDef = defineReferential({ file: 'things.yaml', schema });
const jsonDef = defineReferential({ file: 'things.json', schema });

/** A fresh `…/referential/` folder, so messages read `referential/things.yaml`. */
function dirWith(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'hygie-ref-')), 'referential');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const entry = (id: string, label = 'Libellé') => `  - id: ${id}\n    label: ${label}\n    source: Texte officiel\n`;
const head = 'version: "2026.11"\ntitle: Choses\nentries:\n';

function errorOf(run: () => unknown): ReferentialError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReferentialError) return error;
    throw error;
  }
  throw new Error('expected a ReferentialError');
}
/** `null`: no file at all. */
const yamlError = (text: string | null) =>
  errorOf(() => loadReferential(yamlDef, dirWith(text === null ? {} : { 'things.yaml': text })));

beforeEach(() => resetReferentialCache());

describe('loadReferential, broken files', () => {
  it.each<[string, string | null, string]>([
    [
      'missing version',
      `title: Choses\nentries:\n${entry('a')}`,
      'referential/things.yaml, version : version obligatoire',
    ],
    [
      'version not quoted',
      `version: 2026.11\ntitle: T\nentries:\n${entry('a')}`,
      'version : la version doit être écrite entre guillemets',
    ],
    [
      'entry without source',
      `${head}${entry('a')}  - id: b\n    label: B\n`,
      'referential/things.yaml, entrées[1].source : source obligatoire',
    ],
    ['empty source list', `${head}  - id: a\n    label: A\n    source: []\n`, 'entrées[0].source : Trop petit'],
    [
      'http source link',
      `${head}  - id: a\n    label: A\n    source: [{ label: L, url: "http://x.fr" }]\n`,
      'entrées[0].source[0].url : lien invalide',
    ],
    [
      'wrong type at entries[2].label',
      `${head}${entry('a')}${entry('b')}${entry('c', '42')}`,
      'referential/things.yaml, entrées[2].label : Entrée invalide',
    ],
    [
      'duplicate id',
      `${head}${entry('a')}${entry('b')}${entry('a')}`,
      'entrées[2].id : identifiant « a » déjà utilisé par entrées[0]',
    ],
    ['misspelt field', `${head}  - id: a\n    lable: A\n    source: S\n`, 'entrées[0] : Clé non reconnue : "lable"'],
    ['no entries', head.replace('entries:\n', 'entries: []\n'), 'referential/things.yaml, entrées : Trop petit'],
    ['unknown file', null, 'referential/things.yaml : fichier introuvable'],
    ['empty file', '# rien\n', 'referential/things.yaml : fichier vide'],
    [
      'YAML syntax error',
      `${head}  - id: a\n   label: A\n`,
      'referential/things.yaml : syntaxe YAML incorrecte à la ligne 5',
    ],
  ])('%s', (_case, text, expected) => {
    const error = yamlError(text);
    expect(error.message).toContain('Référentiel invalide : ');
    expect(error.message).toContain(expected);
  });

  it('gives the line and the entry id of a wrong field', () => {
    const error = yamlError(`${head}${entry('a')}${entry('b', '42')}`);
    expect(error.message).toBe(
      'Référentiel invalide : referential/things.yaml, entrées[1].label : Entrée invalide : chaîne de caractères attendu, nombre reçu (ligne 8, entrée « b »)',
    );
    expect(error.issues).toHaveLength(1);
  });

  it('reports envelope and entry problems together', () => {
    const error = yamlError(`title: T\nentries:\n${entry('a', '1')}`);
    expect(error.issues.map((issue) => issue.path)).toEqual(['version', 'entrées[0].label']);
  });

  it('reports a JSON syntax error with its line', () => {
    const error = errorOf(() => loadReferential(jsonDef, dirWith({ 'things.json': '{\n "version": "2026.11",\n}' })));
    expect(error.message).toContain('referential/things.json : syntaxe JSON incorrecte à la ligne 3');
  });
});

describe('loadReferential, valid files', () => {
  it('loads a JSON file, normalises sources and freezes everything', () => {
    const json = {
      version: '2026.11',
      title: 'Choses',
      entries: [
        { id: 'a', label: 'A', source: 'Texte' },
        { id: 'b', label: 'B', source: [{ label: 'Guide', url: 'https://cnil.fr/guide' }] },
      ],
    };
    const loaded = loadReferential(jsonDef, dirWith({ 'things.json': JSON.stringify(json) }));
    expect(loaded).toMatchObject({ file: 'referential/things.json', version: '2026.11', title: 'Choses' });
    expect(loaded.entries.map((e) => e.source)).toEqual([
      [{ label: 'Texte' }],
      [{ label: 'Guide', url: 'https://cnil.fr/guide' }],
    ]);
    expect(Object.isFrozen(loaded.entries)).toBe(true);
    expect(Object.isFrozen(loaded.entries[1]?.source[0])).toBe(true);
  });

  it('loads a file once per process until the cache is reset', () => {
    const dir = dirWith({ 'things.yaml': `${head}${entry('a')}` });
    const first = loadReferential(yamlDef, dir);
    writeFileSync(join(dir, 'things.yaml'), `${head}${entry('b')}`);
    expect(loadReferential(yamlDef, dir)).toBe(first);
    resetReferentialCache();
    expect(loadReferential(yamlDef, dir).entries[0]?.id).toBe('b');
  });
});

describe('loadReferential, the JSON kept between starts', () => {
  const cacheFolder = () => join(mkdtempSync(join(tmpdir(), 'hygie-ref-cache-')), 'referential-cache');
  const onlyFileIn = (dir: string) => {
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    return join(dir, files[0] ?? '');
  };

  it('is not used from the sources (only the built server keeps it, in dist/)', () => {
    expect(builtReferentialCacheDir).toBeUndefined();
  });

  it('reads the kept JSON while the file is unchanged, and validates again once it changes', () => {
    const dir = dirWith({ 'things.yaml': `${head}${entry('a')}` });
    const cacheDir = cacheFolder();
    expect(loadReferential(yamlDef, dir, cacheDir).title).toBe('Choses');
    const kept = onlyFileIn(cacheDir);
    // Read back from the cache, not from the YAML: an edit of the kept JSON shows.
    writeFileSync(kept, readFileSync(kept, 'utf8').replace('"Choses"', '"Choses (gardé)"'));
    resetReferentialCache();
    const again = loadReferential(yamlDef, dir, cacheDir);
    expect(again.title).toBe('Choses (gardé)');
    expect(Object.isFrozen(again.entries[0])).toBe(true);
    // A changed file is parsed and validated again: a broken one is still refused.
    writeFileSync(join(dir, 'things.yaml'), `${head}${entry('a')}${entry('a')}`);
    resetReferentialCache();
    expect(errorOf(() => loadReferential(yamlDef, dir, cacheDir)).message).toContain('entrées[1].id');
  });

  it('validates again when the kept JSON is unreadable (half written, damaged), and keeps it anew', () => {
    const dir = dirWith({ 'things.yaml': `${head}${entry('a')}` });
    const cacheDir = cacheFolder();
    loadReferential(yamlDef, dir, cacheDir);
    const kept = onlyFileIn(cacheDir);
    writeFileSync(kept, '{"version":"2026.11","tit');
    resetReferentialCache();
    expect(loadReferential(yamlDef, dir, cacheDir).entries.map((e) => e.id)).toEqual(['a']);
    expect(JSON.parse(readFileSync(onlyFileIn(cacheDir), 'utf8')).title).toBe('Choses');
  });

  it('gives back exactly what validation gave, for every referential of Hygie', () => {
    const cacheDir = cacheFolder();
    const fresh = allReferentials.map((def) => loadReferential(def, defaultReferentialDir, undefined));
    resetReferentialCache();
    loadAllReferentials(allReferentials, defaultReferentialDir, cacheDir);
    expect(readdirSync(cacheDir)).toHaveLength(allReferentials.length);
    resetReferentialCache();
    const fromCache = allReferentials.map((def) => loadReferential(def, defaultReferentialDir, cacheDir));
    expect(fromCache).toStrictEqual(fresh);
  });
});

describe('loadAllReferentials', () => {
  it('collects the problems of every file into one error', () => {
    const dir = dirWith({ 'things.yaml': `${head}${entry('a')}${entry('a')}` });
    const error = errorOf(() => loadAllReferentials([yamlDef, jsonDef], dir));
    expect(error.message.split('\n')).toEqual([
      expect.stringContaining('referential/things.yaml, entrées[1].id : identifiant « a »'),
      'Référentiel invalide : referential/things.json : fichier introuvable',
    ]);
  });

  it('refuses a definition whose file name is not a plain referential name', () => {
    expect(() => defineReferential({ file: '../secrets.yaml', schema })).toThrow();
    expect(() => defineReferential({ file: 'notes.txt', schema })).toThrow();
  });
});
