import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./scan-memory.script.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const HEAP_MB = 64;
const ROWS = 100_000;

describe('the scan in bounded memory', () => {
  it(`scans ${ROWS} records of 650 bytes (65 MB) with a heap capped at ${HEAP_MB} MB`, async () => {
    const { stdout } = await run(
      process.execPath,
      // The young generation is fixed small too: Node 22+ sizes it from the machine, and it is not
      // bounded by --max-old-space-size (Node 24 showed a 92 MB peak that was mostly new space).
      [`--max-old-space-size=${HEAP_MB}`, '--max-semi-space-size=1', '--import', 'tsx', script, String(ROWS)],
      { cwd: root, maxBuffer: 1024 * 1024 },
    );
    const result = JSON.parse(stdout) as Record<string, number>;
    expect(result.records).toBe(ROWS);
    expect((result.keep ?? 0) + (result.archive ?? 0) + (result.destroy ?? 0) + (result.review ?? 0)).toBe(ROWS);
    expect(result.problems).toBe(0);
    // More input (65 MB) and more result (~35 MB) than the heap could hold: nothing was kept.
    expect(result.resultBytes).toBeGreaterThan(HEAP_MB * 1024 * 1024 * 0.5);
    expect(result.peakHeapMb).toBeLessThan(HEAP_MB);
  }, 120_000);
});
