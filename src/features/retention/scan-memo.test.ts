import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadReferential } from '../../lib/referential/loader.ts';
import { professionsReferential } from '../../lib/referential/professions.ts';
import { loadRetentionRules, typographic } from './retention.referential.ts';
import { buildRuleSet } from './rule-set.ts';
import { openScan } from './scan.ts';
import { mapColumns } from './scan-columns.ts';
import { csvLine } from './scan-output.ts';
import { classifyRow, type RowContext } from './scan-row.ts';
import { syntheticIndexLines, variedIndexLines } from './scan-rows.test-support.ts';
import { valueReaders } from './scan-values.ts';

const AS_OF = '2026-12-01';
const rules = buildRuleSet(loadRetentionRules(), [
  { rule: 'dossier-patient-medecin', keepMonths: 72, keepDays: 0, archiveMonths: 200 },
]);
const labels = new Map(loadReferential(professionsReferential).entries.map((p) => [p.id, typographic(p.label)]));

/** The result file as the scan writes it (decisions remembered between records). */
async function scanned(text: string): Promise<string> {
  const scan = await openScan(Readable.from([Buffer.from(text)]), { asOf: AS_OF, rules, profession: 'medecin' });
  let out = '';
  for await (const batch of scan.batches) for (const record of batch) out += csvLine(record, ';');
  return out;
}

/** The same file decided record by record, nothing remembered: every decision made in full. */
function oneByOne(text: string): string {
  const [header, ...records] = parse(text, { delimiter: ';' }) as string[][];
  const ctx: RowContext = {
    columns: mapColumns(header ?? []),
    rules,
    readers: valueReaders(),
    asOf: AS_OF,
    profession: 'medecin',
    professionLabel: (id) => labels.get(id) ?? id,
  };
  let out = '';
  for (const record of records) out += csvLine(classifyRow(record, (record[0] ?? '').trim(), ctx), ';');
  return out;
}

describe('the scan’s remembered decisions', () => {
  it.each([
    ['the synthetic index', () => [...syntheticIndexLines(20_000)].join('')],
    ['an index with every kind of cell', () => [...variedIndexLines(20_000)].join('')],
  ])('write the same result file as deciding each record in full: %s', async (_case, generate) => {
    const text = generate();
    const expected = oneByOne(text);
    expect(expected.split('\r\n')).toHaveLength(20_001);
    const actual = await scanned(text);
    // Compared line by line: a difference shows the record, not two 5 MB strings.
    expect(actual.split('\r\n')).toEqual(expected.split('\r\n'));
  });
});
