import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import type { YAMLError } from 'yaml';
import { ReferentialError } from './errors.ts';

// The YAML parser is loaded on first use: a start whose referential files match the cache
// (loader.ts) parses none and does not load it.
let yamlModule: typeof import('yaml') | undefined;
const yaml = () => {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yamlModule;
};

/** A parsed file and a way to find the line of a value in it (YAML only). */
export interface ParsedFile {
  readonly data: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const yamlHints: Record<string, string> = {
  DUPLICATE_KEY: 'ce champ apparaît deux fois dans le même élément',
  TAB_AS_INDENT: 'une tabulation est utilisée pour décaler le texte : utilisez des espaces',
  MULTIPLE_DOCS: 'le fichier contient plusieurs documents séparés par « --- » : un seul est attendu',
};

function yamlErrorMessage(error: YAMLError): string {
  const at = error.linePos?.[0];
  const where = at ? ` à la ligne ${at.line}, colonne ${at.col}` : '';
  const hint =
    yamlHints[error.code] ??
    'vérifiez le décalage des lignes (des espaces), les deux-points, les tirets et les guillemets';
  return `syntaxe YAML incorrecte${where} : ${hint}`;
}

function parseYaml(text: string, file: string): ParsedFile {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const first = doc.errors[0];
  if (first) throw new ReferentialError([{ file, message: yamlErrorMessage(first) }]);
  return {
    data: doc.toJS({ maxAliasCount: 100 }),
    lineOf(path) {
      // The deepest node that exists: a missing field is reported on its parent's line.
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

function parseJson(text: string, file: string): ParsedFile {
  try {
    return { data: JSON.parse(text), lineOf: () => undefined };
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    const where = line === undefined ? '' : ` à la ligne ${line}`;
    throw new ReferentialError([
      { file, message: `syntaxe JSON incorrecte${where} : vérifiez les virgules, les guillemets et les accolades` },
    ]);
  }
}

/** The text of `path`; `file` is the name shown in French error messages. */
export function readReferentialText(path: string, file: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ReferentialError([{ file, message: missing ? 'fichier introuvable' : 'fichier illisible' }]);
  }
}

/** Parses the text of `path` (YAML, or JSON for a .json name). */
export function parseReferentialText(text: string, path: string, file: string): ParsedFile {
  return extname(path) === '.json' ? parseJson(text, file) : parseYaml(text, file);
}
