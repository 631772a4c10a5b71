import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/browser.ts';
import type { EngineOptions } from './tests/e2e/engines/fixture.ts';
import { otherEngineProjects } from './tests/e2e/engines/projects.ts';

/**
 * Real-browser tests: Debian's Chromium against the built app (`npm run build:local` first), served by
 * `vite preview` with the same files and status codes a static host would give (see
 * scripts/build/notFoundPreviewPlugin.ts). The layout-critical checks (cross-engine.spec.ts) also run in
 * Firefox ESR and WebKitGTK (tests/e2e/engines/).
 */
const port = Number(process.env.E2E_PORT ?? 4174);
// Another built copy of the site to test (so parallel work can snapshot dist/ while it is being rebuilt).
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig<object, EngineOptions>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The JSON report feeds the CI summary line (scripts/ci/summarize.ts).
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  globalSetup: './tests/e2e/globalSetup.ts',
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    // Every spec, the cross-engine checks included.
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } },
    ...otherEngineProjects,
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: `http://localhost:${port}/en/articles/dpk-leader-welcomes-us-n-korea-talks/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
