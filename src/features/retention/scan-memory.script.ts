/**
 * Scans a synthetic patient index generated on the fly (each record carries 600 bytes of notes the
 * scan must drop) and prints the counts and the largest heap seen, as JSON. Run by
 * `scan-memory.test.ts` in a child process whose heap is capped: keeping the rows would exhaust it.
 * Usage: node --max-old-space-size=64 --import tsx src/features/retention/scan-memory.script.ts 100000
 */
import { Readable } from 'node:stream';
import { loadRetentionRules } from './retention.referential.ts';
import { buildRuleSet } from './rule-set.ts';
import { openScan } from './scan.ts';
import { csvLine } from './scan-output.ts';
import { syntheticIndexChunks } from './scan-rows.test-support.ts';

const rows = Number(process.argv[2] ?? 100_000);
const scan = await openScan(Readable.from(syntheticIndexChunks(rows, { padding: 600 })), {
  asOf: '2026-12-01',
  rules: buildRuleSet(loadRetentionRules(), []),
  profession: 'medecin',
});
let peakHeap = 0;
let resultBytes = 0;
for await (const batch of scan.batches) {
  for (const record of batch) resultBytes += csvLine(record, ';').length;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
const { listedProblems, ...counts } = scan.summary();
process.stdout.write(
  `${JSON.stringify({ ...counts, listedProblems: listedProblems.length, resultBytes, peakHeapMb: Math.ceil(peakHeap / 1024 / 1024) })}\n`,
);
