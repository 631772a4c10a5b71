import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { probePath } from './engines/errorProbe.ts';

/**
 * The cross-engine checks add a test-only script to every page they open (tests/e2e/engines/errorProbe.ts),
 * through a proxy: the site a reader gets must never carry it.
 */
test('dist/ ships no trace of the test-only error probe', () => {
  const dist = process.env.E2E_DIST ?? 'dist';
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  expect(files.length, `${dist}/ holds the built site`).toBeGreaterThan(10);
  const carrying = files
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => {
      const text = readFileSync(file, 'latin1');
      return text.includes(probePath) || text.includes('e2eProblems');
    });
  expect(carrying).toEqual([]);
});
