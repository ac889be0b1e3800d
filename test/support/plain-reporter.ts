import type { Reporter, TestModule } from 'vitest/node';

/** Prints the plain closing line `N passed, N failed, N skipped` that CI reads. */
export default class PlainReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') failedHere++;
        else counts.skipped++;
      }
      // A failing hook or import fails the file even when no single test failed: count it.
      if (module.state() === 'failed' && failedHere === 0) failedHere = 1;
      counts.failed += failedHere;
    }
    counts.failed += unhandledErrors.length;
    // HYGIE_RESULT_LABEL (.ci/node24) names a second run: its line then does not read as CI's closing line.
    const label = process.env.HYGIE_RESULT_LABEL ? `${process.env.HYGIE_RESULT_LABEL} : ` : '';
    process.stdout.write(`\n${label}${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
