import { finished, Readable } from 'node:stream';
import { type CsvError, type Parser, parse } from 'csv-parse';
import type { IsoDay } from '../../lib/dates/index.ts';
import { loadReferential } from '../../lib/referential/loader.ts';
import { type Profession, professionsReferential } from '../../lib/referential/professions.ts';
import { decisionMemo } from './decision-memo.ts';
import { typographic } from './retention.referential.ts';
import type { RuleSet } from './rule-set.ts';
import { type ColumnMap, mapColumns } from './scan-columns.ts';
import { ScanRefusal } from './scan-refusal.ts';
import { classifyRow, type RowContext, type ScanRecord } from './scan-row.ts';
import { type Delimiter, HEAD_BYTES, sniffHead } from './scan-sniff.ts';
import { valueReaders } from './scan-values.ts';

export type { ScanRecord } from './scan-row.ts';

/** Problems listed one by one; the others are only counted. */
export const MAX_LISTED_PROBLEMS = 100;
/** A record longer than this is malformed (often a quote never closed); it also bounds memory. */
export const MAX_RECORD_BYTES = 16 * 1024;

export interface ScanOptions {
  asOf: IsoDay;
  rules: RuleSet;
  /** The profession of the records without a `profession` cell. */
  profession?: Profession;
  maxListedProblems?: number;
}

/** A line that could not be read; `line` counts from 1, the header being line 1. */
export interface ScanProblem {
  line: number;
  message: string;
}

/** Counts only: what Hygie may keep (and journal) of a scan. */
export interface ScanCounts {
  records: number;
  keep: number;
  archive: number;
  destroy: number;
  review: number;
  problems: number;
}

export interface ScanSummary extends ScanCounts {
  /** The first problems, by line; `problems - listedProblems.length` more were only counted. */
  listedProblems: ScanProblem[];
}

/** A scan under way: its records are read once, as they are consumed (nothing else is kept). */
export interface Scan {
  delimiter: Delimiter;
  /** Remarks on the file as a whole (a column absent…), in French. */
  warnings: string[];
  /** The results in arrays, as they are parsed (the fastest way to consume a scan). */
  batches: AsyncIterable<ScanRecord[]>;
  /** The same results one by one; read either `batches` or `records`, once. */
  records: AsyncIterable<ScanRecord>;
  /** The counts so far; final once the results are exhausted. */
  summary(): ScanSummary;
}

/** The `csv-parse` options of the scan, beside the separator (the benchmark reads with the same). */
export const CSV_PARSE_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_records_with_error: true,
  max_record_size: MAX_RECORD_BYTES,
} as const;

type Chunk = Uint8Array | string;
const toBytes = (chunk: Chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk);

/** Reads until the first line break, or `HEAD_BYTES`, or the end. */
async function readHead(iterator: AsyncIterator<Chunk>): Promise<{ head: Buffer; complete: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) return { head: Buffer.concat(chunks), complete: true };
    const bytes = toBytes(next.value);
    chunks.push(bytes);
    size += bytes.length;
    if (bytes.includes(0x0a)) break;
  }
  return { head: Buffer.concat(chunks), complete: false };
}

const MAX_RECORD_KB = Math.round(MAX_RECORD_BYTES / 1024);

/** What went wrong on a line csv-parse skipped, said as it is (« trop longue » is not « guillemets »). */
export function problemMessage(error: Pick<CsvError, 'code'>): string {
  switch (error.code) {
    case 'CSV_MAX_RECORD_SIZE':
      // A line that never ends is either really that long or a quote opened and never closed.
      return `ligne de plus de ${MAX_RECORD_KB} Ko : elle est trop longue, ou un guillemet ouvert n’y est jamais refermé ; cette ligne et la suite du fichier n’ont pas pu être lues`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'guillemet ouvert jamais refermé : cette ligne et la suite du fichier n’ont pas pu être lues';
    default:
      return 'ligne mal formée (un guillemet au milieu d’une valeur)';
  }
}

/** Why the header line cannot be read. */
export function headerRefusal(error: Pick<CsvError, 'code'>): string {
  return error.code === 'CSV_MAX_RECORD_SIZE'
    ? `La ligne d’en-tête dépasse ${MAX_RECORD_KB} Ko : ce n’est sans doute pas un export de l’index des patients (une ligne par patient, les noms de colonnes en première ligne), ou un guillemet n’y est jamais refermé.`
    : `La ligne d’en-tête du fichier est mal formée : ${problemMessage(error)}.`;
}

function warningsFor(columns: ColumnMap, profession: Profession | undefined): string[] {
  const warnings: string[] = [];
  if (columns.birthDate === undefined) {
    warnings.push(
      'Pas de colonne « date_naissance » : la règle des mineurs (28e anniversaire) ne peut pas être vérifiée ; les dossiers dont la durée est écoulée sont à vérifier.',
    );
  }
  if (columns.deathDate === undefined) {
    warnings.push('Pas de colonne « date_deces » : la règle des patients décédés ne peut pas s’appliquer.');
  }
  if (columns.profession === undefined && profession === undefined) {
    throw new ScanRefusal(
      'Précisez la profession : choisissez-la avant l’analyse, ou ajoutez au fichier une colonne « profession » (par exemple medecin, infirmier, masseur_kinesitherapeute).',
    );
  }
  return warnings;
}

/** The patient-record rule of the given profession, for the files that name no profession or type. */
function defaultRuleOf(rules: RuleSet, profession: Profession) {
  const rule = rules.find(profession, 'patient_record');
  return rule ? { defaultRule: rule } : {};
}

/** A record as the parser gives it, or the mark of a record it had to skip (in file order). */
type Parsed = string[] | { skipped: CsvError };

/** The parser's output in arrays of what is already parsed: one promise per batch, not per record. */
async function* batchesOf(parser: Parser): AsyncGenerator<Parsed[]> {
  let wake = () => {};
  let failure: Error | null | undefined;
  parser.on('readable', () => wake());
  finished(parser, { writable: false }, (error) => {
    failure = error ?? null;
    wake();
  });
  for (;;) {
    const batch: Parsed[] = [];
    for (let item = parser.read() as Parsed | null; item !== null; item = parser.read() as Parsed | null) {
      batch.push(item);
      if (batch.length >= 1024) break;
    }
    if (batch.length > 0) yield batch;
    else if (failure) throw failure;
    else if (failure === null) return;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

const isBlank = (record: readonly string[]) => record.every((value) => value.trim() === '');

const newlines = (record: readonly string[]) => {
  let n = 0;
  for (const field of record) for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Opens a scan of a patient-index CSV (`;` or `,`, UTF-8 with or without BOM, a header naming the
 * columns) read from `source`. The file is checked and its header read before this resolves; the
 * records are then parsed as the caller consumes `batches` or `records` (backpressure: the source
 * is read no faster than the results are used, and no row is kept). A malformed line is counted
 * and listed with its number, and the scan goes on.
 * @throws {ScanRefusal} when the file is not a CSV, has no header, or lacks a required column.
 * @example
 * const scan = await openScan(fs.createReadStream('index.csv'), { asOf: '2026-12-01', rules, profession: 'medecin' });
 * for await (const record of scan.records) console.log(record.id, record.action);
 * scan.summary(); // { records, keep, archive, destroy, review, problems, listedProblems }
 */
export async function openScan(source: AsyncIterable<Chunk>, options: ScanOptions): Promise<Scan> {
  const iterator = source[Symbol.asyncIterator]();
  const { head, complete } = await readHead(iterator);
  const delimiter = sniffHead(head, complete);
  const counts: ScanCounts = { records: 0, keep: 0, archive: 0, destroy: 0, review: 0, problems: 0 };
  const listed: ScanProblem[] = [];
  const maxListed = options.maxListedProblems ?? MAX_LISTED_PROBLEMS;
  const problem = (line: number, message: string) => {
    counts.problems++;
    if (listed.length < maxListed) listed.push({ line, message });
  };

  async function* bytes() {
    yield head;
    if (complete) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield toBytes(next.value);
  }
  // Line numbers are counted here rather than with csv-parse's `info`, which doubles its cost:
  // empty lines are kept (and skipped below), and a skipped record leaves a mark in the output.
  const parser: Parser = parse({
    ...CSV_PARSE_OPTIONS,
    delimiter,
    on_skip: (error) => {
      if (error) parser.push({ skipped: error });
    },
  });
  const input = Readable.from(bytes(), { objectMode: false });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  const stop = () => {
    input.destroy();
    parser.destroy();
  };
  const batches = batchesOf(parser);

  let line = 0;
  let pending: Parsed[] = [];
  let header: string[] | undefined;
  try {
    while (!header) {
      const next = await batches.next();
      if (next.done) throw new ScanRefusal('Le fichier ne contient pas de ligne d’en-tête lisible.');
      pending = next.value;
      while (!header && pending.length > 0) {
        const item = pending.shift() as Parsed;
        if (!Array.isArray(item)) throw new ScanRefusal(headerRefusal(item.skipped));
        line += 1 + newlines(item);
        if (!isBlank(item)) header = item;
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
  const width = header.length;
  let columns: ColumnMap;
  let warnings: string[];
  try {
    columns = mapColumns(header);
    warnings = warningsFor(columns, options.profession);
  } catch (error) {
    stop();
    throw error;
  }

  const labels = new Map(loadReferential(professionsReferential).entries.map((p) => [p.id, typographic(p.label)]));
  const ctx: RowContext = {
    columns,
    rules: options.rules,
    readers: valueReaders(),
    asOf: options.asOf,
    ...(options.profession ? { profession: options.profession } : {}),
    ...(options.profession ? defaultRuleOf(options.rules, options.profession) : {}),
    professionLabel: (id) => labels.get(id) ?? id,
    memo: decisionMemo(),
  };

  function classify(items: readonly Parsed[]): ScanRecord[] {
    const results: ScanRecord[] = [];
    for (const item of items) {
      if (!Array.isArray(item)) {
        line = Math.max(line, Number(item.skipped.lines) || line + 1);
        problem(line, problemMessage(item.skipped));
        continue;
      }
      const at = line + 1;
      line += 1 + newlines(item);
      if (isBlank(item)) continue;
      if (item.length < width || (item.length > width && !isBlank(item.slice(width)))) {
        problem(
          at,
          `${item.length} colonne${item.length > 1 ? 's' : ''} au lieu de ${width} (séparateur « ${delimiter} »)`,
        );
        continue;
      }
      const id = (item[columns.id] ?? '').trim();
      if (id === '') {
        problem(at, 'identifiant vide');
        continue;
      }
      const result = classifyRow(item, id, ctx);
      counts.records++;
      counts[result.action]++;
      results.push(result);
    }
    return results;
  }

  let started = false;
  async function* resultBatches(): AsyncGenerator<ScanRecord[]> {
    if (started) throw new Error('a scan is read once');
    started = true;
    try {
      const first = classify(pending);
      if (first.length > 0) yield first;
      for await (const batch of batches) {
        const results = classify(batch);
        if (results.length > 0) yield results;
      }
    } finally {
      stop();
    }
  }

  return {
    delimiter,
    warnings,
    batches: { [Symbol.asyncIterator]: resultBatches },
    records: {
      async *[Symbol.asyncIterator]() {
        for await (const batch of resultBatches()) yield* batch;
      },
    },
    summary: () => ({ ...counts, listedProblems: [...listed].sort((a, b) => a.line - b.line) }),
  };
}
