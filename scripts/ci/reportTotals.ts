import * as z from 'zod/mini';

/**
 * Totals for CI's closing line from the test runners' JSON reports. Pure, so that each way a stage can fail
 * is unit-tested against a real report of it (tests/fixtures/ci-reports/). The rule: a stage that failed
 * never adds up to "0 failed". Besides failed tests, these count as failures:
 * - Vitest: a test file that failed without a failed test in it (it threw on import, or in a hook that runs
 *   outside any test), and a run that says it did not succeed though no test failed;
 * - Playwright: each error outside a test (globalSetup threw, say because there is no Chromium; a spec file
 *   threw on import; no tests were found), a skipped test (browser tests must fail, never skip, without a
 *   browser), and a run with no test at all.
 */
export interface Totals {
  passed: number;
  failed: number;
  /** Why failures were counted that are not failed tests, for the log. */
  notes: string[];
}

const vitestReport = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numTotalTests: z.number(),
  success: z.boolean(),
  testResults: z.array(
    z.object({
      name: z.string(),
      status: z.string(),
      message: z.optional(z.string()),
      assertionResults: z.array(z.object({ status: z.string() })),
    }),
  ),
});

const playwrightReport = z.object({
  stats: z.object({ expected: z.number(), unexpected: z.number(), flaky: z.number(), skipped: z.number() }),
  errors: z.optional(z.array(z.object({ message: z.optional(z.string()) }))),
});

const unreadable = (runner: string, error: z.core.$ZodError): Totals => ({
  passed: 0,
  failed: 1,
  notes: [`the ${runner} report is not a report: ${z.prettifyError(error).split('\n')[0] ?? ''}`],
});

const firstLine = (text = ''): string => text.split('\n')[0] ?? '';

export function unitTotals(json: unknown): Totals {
  const parsed = vitestReport.safeParse(json);
  if (!parsed.success) return unreadable('Vitest', parsed.error);
  const report = parsed.data;
  const notes: string[] = [];
  let failed = report.numFailedTests;
  for (const file of report.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')) {
      failed += 1;
      notes.push(`${file.name} failed outside its tests: ${firstLine(file.message) || 'no message'}`);
    }
  }
  if (failed === 0 && !report.success) {
    failed = 1;
    notes.push('Vitest reported the run as failed, though no test or file did');
  }
  if (failed === 0 && report.numTotalTests === 0) {
    failed = 1;
    notes.push('Vitest ran no test');
  }
  return { passed: report.numPassedTests, failed, notes };
}

export function browserTotals(json: unknown): Totals {
  const parsed = playwrightReport.safeParse(json);
  if (!parsed.success) return unreadable('Playwright', parsed.error);
  const { stats, errors = [] } = parsed.data;
  const notes = errors.map((error) => `Playwright error outside a test: ${firstLine(error.message) || 'no message'}`);
  if (stats.skipped > 0) notes.push(`${stats.skipped} browser tests skipped`);
  const passed = stats.expected + stats.flaky;
  let failed = stats.unexpected + stats.skipped + errors.length;
  if (passed + failed === 0) {
    failed = 1;
    notes.push('Playwright ran no test');
  }
  return { passed, failed, notes };
}

/** A stage that left no report (it never ran, or crashed before writing one) is one failure. */
export const missingReport = (file: string): Totals => ({ passed: 0, failed: 1, notes: [`${file} is missing (that stage did not run to completion)`] });

/**
 * The lines CI prints, ending with `ci: N passed, N failed`. `testStatus` is the exit status of `npm test`:
 * a failed run whose reports show no failure (lint or typecheck failed before any test ran, or an unhandled
 * error, which the Vitest report does not record) still counts one.
 */
export function summaryLines(unit: Totals, browser: Totals, testStatus: number): string[] {
  const notes = [...unit.notes, ...browser.notes];
  let failed = unit.failed + browser.failed;
  if (testStatus !== 0 && failed === 0) {
    failed = 1;
    notes.push(`npm test exited with status ${testStatus}, though the reports show no failure`);
  }
  return [
    ...notes.map((note) => `summary: ${note}`),
    `unit: ${unit.passed} passed, ${unit.failed} failed; browser: ${browser.passed} passed, ${browser.failed} failed`,
    `ci: ${unit.passed + browser.passed} passed, ${failed} failed`,
  ];
}
