import { existsSync, readFileSync } from 'node:fs';
import { browserTotals, missingReport, summaryLines, unitTotals, type Totals } from './reportTotals.ts';

/**
 * `node --import tsx scripts/ci/summarize.ts --status <exit status of npm test>` (run by .ci/run): prints
 * the closing line CI reads, `ci: N passed, N failed`, from the test runners' JSON reports. What counts as
 * a failure is in reportTotals.ts.
 */
function read(file: string, totals: (json: unknown) => Totals): Totals {
  if (!existsSync(file)) return missingReport(file);
  try {
    return totals(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    return { passed: 0, failed: 1, notes: [`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

const statusFlag = process.argv.indexOf('--status');
const testStatus = statusFlag === -1 ? 0 : Number(process.argv[statusFlag + 1]);
for (const line of summaryLines(read('reports/unit.json', unitTotals), read('reports/e2e.json', browserTotals), testStatus)) {
  console.log(line);
}
