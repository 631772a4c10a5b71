import { existsSync, readFileSync } from 'node:fs';

/**
 * Prints the closing line CI reads, `ci: N passed, N failed`, from the test runners' JSON reports. A runner
 * that left no report (its stage never ran, or crashed) counts as one failure, so a broken stage can never
 * look like a clean run.
 */
interface Totals {
  passed: number;
  failed: number;
}

function count(file: string, read: (json: unknown) => Totals): Totals {
  if (!existsSync(file)) {
    console.log(`summary: ${file} is missing (that stage did not run to completion)`);
    return { passed: 0, failed: 1 };
  }
  return read(JSON.parse(readFileSync(file, 'utf8')));
}

const numberAt = (json: unknown, ...path: string[]): number => {
  let value: unknown = json;
  for (const key of path) value = typeof value === 'object' && value !== null && key in value ? Reflect.get(value, key) : 0;
  return typeof value === 'number' ? value : 0;
};

const unit = count('reports/unit.json', (json) => ({
  passed: numberAt(json, 'numPassedTests'),
  failed: numberAt(json, 'numFailedTests') + (numberAt(json, 'numTotalTestSuites') === 0 ? 1 : 0),
}));
const e2e = count('reports/e2e.json', (json) => ({
  passed: numberAt(json, 'stats', 'expected') + numberAt(json, 'stats', 'flaky'),
  // A skipped browser test is a failure here: browser tests must fail, not skip, without a browser.
  failed: numberAt(json, 'stats', 'unexpected') + numberAt(json, 'stats', 'skipped'),
}));

console.log(`unit: ${unit.passed} passed, ${unit.failed} failed; browser: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`ci: ${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
