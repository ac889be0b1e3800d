import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from '../zod.ts';
import { envelopeSchema, missingFieldMessage, type SourceRef, sourceSchema } from './envelope.ts';
import { formatPath, ReferentialError, type ReferentialIssue } from './errors.ts';
import { type ParsedFile, parseReferentialText, readReferentialText } from './read.ts';

/** The `referential/` folder at the root of the repository. */
export const defaultReferentialDir = fileURLToPath(new URL('../../../referential/', import.meta.url));

/**
 * Where validated referentials are kept as JSON between starts. Built into dist/ (how Hygie runs:
 * this module is then dist/lib/referential/loader.js), dist/referential-cache/, which each build
 * replaces with dist/; from the sources (tests), nowhere.
 */
export const builtReferentialCacheDir: string | undefined = import.meta.url.endsWith('.js')
  ? fileURLToPath(new URL('../../referential-cache/', import.meta.url))
  : undefined;

/** The build a cached entry belongs to (dist/.built), so that a cache never outlives the code that validated it. */
function buildOf(cacheDir: string): string {
  try {
    return readFileSync(join(cacheDir, '..', '.built'), 'utf8');
  } catch {
    return '';
  }
}

/** A feature's referential file and the schema of its entries (`source` is checked by the loader). */
export interface ReferentialDefinition<T extends { id: string }> {
  readonly file: string;
  readonly schema: z.ZodType<T>;
}

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** One entry as loaded: the feature's fields plus its sources, always in list form. */
export type ReferentialEntry<T> = DeepReadonly<T> & { readonly source: readonly SourceRef[] };

/** A loaded, validated and deep-frozen referential. */
export interface Referential<T> {
  readonly file: string;
  readonly version: string;
  readonly title: string;
  readonly source?: readonly SourceRef[];
  readonly entries: readonly ReferentialEntry<T>[];
}

/**
 * Declares a referential file of `referential/`. The entry schema describes the feature's fields,
 * including `id`; prefer `z.strictObject` so a misspelt field is reported.
 * @example defineReferential({ file: 'professions.yaml', schema: z.strictObject({ id: z.string(), label: z.string() }) })
 */
export function defineReferential<T extends { id: string }>(def: ReferentialDefinition<T>): ReferentialDefinition<T> {
  if (!/^[a-z0-9][a-z0-9-]*\.(ya?ml|json)$/.test(def.file)) {
    throw new Error(`Referential file name must be a plain .yaml, .yml or .json name: ${def.file}`);
  }
  return Object.freeze({ ...def });
}

const cache = new Map<string, Referential<unknown>>();

/** Forgets every loaded referential (tests that rewrite a file). */
export function resetReferentialCache(): void {
  cache.clear();
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

type Report = (path: PropertyKey[], message: string, entryId?: string) => void;

/** Each entry against the feature's schema and the common `source` rule; ids must be unique. */
function validateEntries<T extends { id: string }>(schema: z.ZodType<T>, raws: readonly unknown[], report: Report) {
  const entries: ReferentialEntry<T>[] = [];
  const firstIndexOf = new Map<string, number>();
  for (const [index, raw] of raws.entries()) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      report(['entries', index], 'un élément avec ses champs (id, source…) est attendu');
      continue;
    }
    const { source, ...fields } = raw as Record<string, unknown>;
    const entryId = typeof fields.id === 'string' ? fields.id : undefined;
    const entry = schema.safeParse(fields, { error: missingFieldMessage });
    const sources = sourceSchema.safeParse(source, { error: missingFieldMessage });
    for (const issue of entry.error?.issues ?? []) report(['entries', index, ...issue.path], issue.message, entryId);
    for (const issue of sources.error?.issues ?? [])
      report(['entries', index, 'source', ...issue.path], issue.message, entryId);
    if (!entry.success) continue;
    const first = firstIndexOf.get(entry.data.id);
    if (first !== undefined) {
      report(['entries', index, 'id'], `identifiant « ${entry.data.id} » déjà utilisé par entrées[${first}]`, entryId);
    } else firstIndexOf.set(entry.data.id, index);
    if (sources.success) entries.push({ ...entry.data, source: sources.data } as unknown as ReferentialEntry<T>);
  }
  return entries;
}

/** The envelope and the entries, every problem collected; a value only when there is none. */
function validate<T extends { id: string }>(def: ReferentialDefinition<T>, parsed: ParsedFile, file: string) {
  const issues: ReferentialIssue[] = [];
  const report: Report = (path, message, entryId) =>
    issues.push({ file, path: formatPath(path), line: parsed.lineOf(path), entryId, message });
  if (parsed.data === null || parsed.data === undefined) {
    return { issues: [{ file, message: 'fichier vide : version, title et entries sont attendus' }] };
  }
  const envelope = envelopeSchema.safeParse(parsed.data, { error: missingFieldMessage });
  for (const issue of envelope.error?.issues ?? []) report(issue.path, issue.message);
  const raws = (parsed.data as { entries?: unknown } | null)?.entries;
  const entries = Array.isArray(raws) ? validateEntries(def.schema, raws, report) : [];
  if (!envelope.success || issues.length > 0) return { issues };
  const { version, title, source } = envelope.data;
  return { issues, value: { file, version, title, ...(source ? { source } : {}), entries } };
}

/** The JSON of one text of one file, for the build that wrote it. */
function cacheFileOf(cacheDir: string, name: string, text: string): string {
  const hash = createHash('sha256')
    .update(`${buildOf(cacheDir)}\0${text}`)
    .digest('hex');
  return join(cacheDir, `${name}.${hash.slice(0, 32)}.json`);
}

/** The JSON kept for this exact text of the file, or undefined (none, unreadable). */
function readCached(cacheFile: string): unknown {
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Written whole then renamed, so that another instance or thread never reads half a file; a failure (read-only folder) only costs the next start a parse. */
function writeCached(cacheFile: string, value: unknown): void {
  const tmp = `${cacheFile}.${randomUUID()}.tmp`; // one per writer, worker threads included
  try {
    mkdirSync(join(cacheFile, '..'), { recursive: true });
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, cacheFile);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/**
 * Reads, validates and freezes a referential; loaded once per process and file.
 * With a cache folder, the validated value is kept there as JSON under the hash of the file's text
 * (and of the build): while the file is unchanged, later starts read that JSON instead of parsing
 * and validating again; a changed file has another hash, so it is validated (and refused if broken).
 * @throws {ReferentialError} naming the file and the field in French.
 */
export function loadReferential<T extends { id: string }>(
  def: ReferentialDefinition<T>,
  dir: string = defaultReferentialDir,
  cacheDir: string | undefined = builtReferentialCacheDir,
): Referential<T> {
  const path = resolve(dir, def.file);
  const cached = cache.get(path);
  if (cached) return cached as Referential<T>;
  const file = `${basename(resolve(dir))}/${def.file}`;
  const text = readReferentialText(path, file);
  const cacheFile = cacheDir === undefined ? undefined : cacheFileOf(cacheDir, def.file, `${file}\0${text}`);
  let value = cacheFile === undefined ? undefined : (readCached(cacheFile) as Referential<T> | undefined);
  if (value === undefined) {
    const validated = validate(def, parseReferentialText(text, path, file), file);
    if (!validated.value || validated.issues.length > 0) throw new ReferentialError(validated.issues);
    value = validated.value as Referential<T>;
    if (cacheFile !== undefined) writeCached(cacheFile, value);
  }
  const referential: Referential<T> = deepFreeze(value);
  cache.set(path, referential);
  return referential;
}

/**
 * Validates every definition and reports all broken files at once (start-up check).
 * @throws {ReferentialError} with one line per problem, across all files.
 */
export function loadAllReferentials(
  defs: readonly ReferentialDefinition<{ id: string }>[],
  dir: string = defaultReferentialDir,
  cacheDir: string | undefined = builtReferentialCacheDir,
): void {
  const issues: ReferentialIssue[] = [];
  for (const def of defs) {
    try {
      loadReferential(def, dir, cacheDir);
    } catch (error) {
      if (!(error instanceof ReferentialError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw new ReferentialError(issues);
}
