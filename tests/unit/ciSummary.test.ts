import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserTotals, missingReport, summaryLines, unitTotals } from '../../scripts/ci/reportTotals.ts';

/**
 * Real reports of each way a stage can end (tests/fixtures/ci-reports/, written by Vitest 4 and Playwright
 * 1.65 with the project's reporters; only paths shortened and Playwright's config block trimmed).
 */
const report = (name: string): unknown => JSON.parse(readFileSync(path.join(process.cwd(), 'tests/fixtures/ci-reports', `${name}.json`), 'utf8'));
const ciLine = (lines: string[]): string | undefined => lines.at(-1);

describe('the unit stage', () => {
  it('counts the tests of a clean run', () => {
    expect(unitTotals(report('unit-passes'))).toEqual({ passed: 2, failed: 0, notes: [] });
  });

  it('counts a failed test', () => {
    expect(unitTotals(report('unit-test-fails'))).toMatchObject({ passed: 3, failed: 1 });
  });

  it('counts a test file that throws on import, which has no test to fail', () => {
    const totals = unitTotals(report('unit-import-throws'));
    expect(totals).toMatchObject({ passed: 2, failed: 1 });
    expect(totals.notes).toEqual(['/project/tests/unit/throws-on-import.test.ts failed outside its tests: thrown on import']);
  });

  it('counts a run Vitest calls failed though no test or file did, and a run of no test', () => {
    const noFailure = { numPassedTests: 2, numFailedTests: 0, numTotalTests: 2, success: false, testResults: [] };
    expect(unitTotals(noFailure)).toMatchObject({ passed: 2, failed: 1 });
    expect(unitTotals({ ...noFailure, numPassedTests: 0, numTotalTests: 0, success: true })).toMatchObject({ passed: 0, failed: 1 });
  });

  it('counts a report that is not one', () => {
    expect(unitTotals({ stats: {} })).toMatchObject({ passed: 0, failed: 1 });
  });
});

describe('the browser stage', () => {
  it('counts the tests of a clean run', () => {
    expect(browserTotals(report('e2e-passes'))).toEqual({ passed: 1, failed: 0, notes: [] });
  });

  it('counts a failed test', () => {
    expect(browserTotals(report('e2e-test-fails'))).toMatchObject({ passed: 1, failed: 1 });
  });

  it('counts a run that could not start: globalSetup threw because there is no Chromium', () => {
    const totals = browserTotals(report('e2e-global-setup-threw'));
    expect(totals).toMatchObject({ passed: 0, failed: 1 });
    expect(totals.notes[0]).toContain('Chromium not found');
  });

  it('counts a spec file that throws on import, and a run that found no tests', () => {
    expect(browserTotals(report('e2e-import-throws'))).toMatchObject({ passed: 0, failed: 1 });
    expect(browserTotals(report('e2e-no-tests'))).toMatchObject({ passed: 0, failed: 1 });
  });

  it('counts a run of no test even when Playwright reports no error, and skipped tests', () => {
    const empty = { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, errors: [] };
    expect(browserTotals(empty)).toMatchObject({ passed: 0, failed: 1 });
    expect(browserTotals({ ...empty, stats: { ...empty.stats, expected: 3, skipped: 2 } })).toMatchObject({ passed: 3, failed: 2 });
  });
});

describe('the CI line', () => {
  const clean = unitTotals(report('unit-passes'));
  const cleanBrowser = browserTotals(report('e2e-passes'));

  it('adds up both stages', () => {
    expect(ciLine(summaryLines(clean, cleanBrowser, 0))).toBe('ci: 3 passed, 0 failed');
    expect(ciLine(summaryLines(unitTotals(report('unit-import-throws')), browserTotals(report('e2e-global-setup-threw')), 1))).toBe('ci: 2 passed, 2 failed');
  });

  it('never says 0 failed when a stage left no report', () => {
    expect(ciLine(summaryLines(clean, missingReport('reports/e2e.json'), 1))).toBe('ci: 2 passed, 1 failed');
  });

  it('never says 0 failed when npm test failed though the reports show no failure (an unhandled error)', () => {
    const unhandled = unitTotals(report('unit-unhandled'));
    expect(unhandled).toMatchObject({ passed: 4, failed: 0 });
    const lines = summaryLines(unhandled, cleanBrowser, 1);
    expect(ciLine(lines)).toBe('ci: 5 passed, 1 failed');
    expect(lines).toContain('summary: npm test exited with status 1, though the reports show no failure');
  });
});
