import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { loadRetentionRules } from '../src/features/retention/retention.referential.ts';
import { buildRuleSet } from '../src/features/retention/rule-set.ts';
import { CSV_PARSE_OPTIONS, openScan } from '../src/features/retention/scan.ts';
import { csvLine } from '../src/features/retention/scan-output.ts';
import { syntheticIndexLines } from '../src/features/retention/scan-rows.test-support.ts';

export interface RetentionBench {
  /** The whole scan: parsing, rules, French reasons and the result CSV lines (built, then dropped). */
  rowsPerSecond: number;
  /** `csv-parse` alone, same options, same file, same run. */
  csvParseOnlyRowsPerSecond: number;
  /** The process's resident memory at its highest during both passes. */
  peakRssMb: number;
}

/** Follows the resident memory (or what `read` measures) every 20 ms until stopped; returns its peak. */
export function watchRss(read: () => number = () => process.memoryUsage.rss()): () => number {
  let peak = read();
  const timer = setInterval(() => {
    peak = Math.max(peak, read());
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, read());
  };
}

/** Rows read by csv-parse alone, same options: the ceiling of the scan. */
async function parseOnly(file: string): Promise<number> {
  let parsed = 0;
  const parser = fs.createReadStream(file).pipe(parse({ ...CSV_PARSE_OPTIONS, delimiter: ';' }));
  for await (const _ of parser) parsed++;
  return parsed - 1;
}

/** Rows of the whole scan: parsing, rules, French reasons and the result CSV lines (built, then dropped). */
async function scanFully(file: string, rules: ReturnType<typeof buildRuleSet>): Promise<number> {
  const scan = await openScan(fs.createReadStream(file), { asOf: '2026-12-01', rules, profession: 'medecin' });
  let written = 0;
  for await (const batch of scan.batches) {
    let text = '';
    for (const record of batch) text += csvLine(record, ';');
    written += text.length;
  }
  if (written === 0) throw new Error('the scan wrote nothing');
  return scan.summary().records;
}

/**
 * Nanoseconds of CPU this process has used (user + system, every thread): on a machine shared with
 * other work, the work a pass does, where wall time would count the waits for a core too.
 */
const cpuNanos = () => {
  const { user, system } = process.cpuUsage();
  return BigInt(user + system) * 1000n;
};

/** Passes of each kind, interleaved (`RETENTION_BENCH_ROUNDS`, 3 by default). */
const ROUNDS = Number(process.env.RETENTION_BENCH_ROUNDS ?? 3);

/**
 * Writes a synthetic patient index of `rows` records to a temporary file once, then reads it with
 * `csv-parse` alone and scans it fully (rules, reasons, result CSV to a sink), in turn, `ROUNDS`
 * times each, timed in CPU time: on a shared machine a burst of load then weighs on both alike.
 * @example const { rowsPerSecond, csvParseOnlyRowsPerSecond } = await benchRetentionScan(100_000);
 */
export async function benchRetentionScan(rows = 1_000_000): Promise<RetentionBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-bench-retention-'));
  const file = path.join(dir, 'index-patients.csv');
  try {
    await pipeline(Readable.from(syntheticIndexLines(rows)), fs.createWriteStream(file));
    const rules = buildRuleSet(loadRetentionRules(), []);
    const peak = watchRss();
    const nanos = { parse: 0n, scan: 0n };
    for (let round = 0; round < ROUNDS; round++) {
      let startedAt = cpuNanos();
      if ((await parseOnly(file)) !== rows) throw new Error('csv-parse did not read every row');
      nanos.parse += cpuNanos() - startedAt;
      startedAt = cpuNanos();
      const scanned = await scanFully(file, rules);
      nanos.scan += cpuNanos() - startedAt;
      if (scanned !== rows) throw new Error(`scanned ${scanned} of ${rows} rows`);
    }
    const perSecondOver = (spent: bigint) => Math.round((rows * ROUNDS) / (Number(spent) / 1e9));
    return {
      rowsPerSecond: perSecondOver(nanos.scan),
      csvParseOnlyRowsPerSecond: perSecondOver(nanos.parse),
      peakRssMb: Math.round(peak() / 1024 / 1024),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const result = await benchRetentionScan(rows);
  console.log(`\nPatient-index scan — ${rows.toLocaleString('en')} rows, Node ${process.versions.node}\n`);
  console.log('| pass | rows/s |');
  console.log('| --- | ---: |');
  console.log(`| csv-parse alone | ${result.csvParseOnlyRowsPerSecond} |`);
  console.log(`| full scan (parse + rules + reasons + CSV out) | ${result.rowsPerSecond} |`);
  const micros = (perSecond: number) => (1e6 / perSecond).toFixed(2);
  const parsing = 1e6 / result.csvParseOnlyRowsPerSecond;
  const rest = 1e6 / result.rowsPerSecond - parsing;
  console.log(
    `\nPer row: parsing ${micros(result.csvParseOnlyRowsPerSecond)} µs, rules + reasons + CSV out ${rest.toFixed(2)} µs (${(rest / parsing).toFixed(2)} × parsing)`,
  );
  console.log(`Peak RSS: ${result.peakRssMb} MB`);
}
