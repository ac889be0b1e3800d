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

const perSecond = (rows: number, startedAt: bigint) =>
  Math.round(rows / (Number(process.hrtime.bigint() - startedAt) / 1e9));

/**
 * Writes a synthetic patient index of `rows` records to a temporary file once, reads it with
 * `csv-parse` alone, then scans it fully (rules, reasons, result CSV to a sink), in the same run.
 * @example const { rowsPerSecond, csvParseOnlyRowsPerSecond } = await benchRetentionScan(100_000);
 */
export async function benchRetentionScan(rows = 1_000_000): Promise<RetentionBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-bench-retention-'));
  const file = path.join(dir, 'index-patients.csv');
  try {
    await pipeline(Readable.from(syntheticIndexLines(rows)), fs.createWriteStream(file));
    const rules = buildRuleSet(loadRetentionRules(), []);
    const peak = watchRss();

    let parsed = 0;
    let startedAt = process.hrtime.bigint();
    const parser = fs.createReadStream(file).pipe(parse({ ...CSV_PARSE_OPTIONS, delimiter: ';' }));
    for await (const _ of parser) parsed++;
    const csvParseOnlyRowsPerSecond = perSecond(parsed - 1, startedAt);

    startedAt = process.hrtime.bigint();
    const scan = await openScan(fs.createReadStream(file), { asOf: '2026-12-01', rules, profession: 'medecin' });
    let written = 0;
    for await (const batch of scan.batches) {
      let text = '';
      for (const record of batch) text += csvLine(record, ';');
      written += text.length;
    }
    if (written === 0) throw new Error('the scan wrote nothing');
    const rowsPerSecond = perSecond(scan.summary().records, startedAt);
    if (scan.summary().records !== rows) throw new Error(`scanned ${scan.summary().records} of ${rows} rows`);
    return { rowsPerSecond, csvParseOnlyRowsPerSecond, peakRssMb: Math.round(peak() / 1024 / 1024) };
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
