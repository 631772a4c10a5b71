import { defineConfig, devices } from '@playwright/test';
import { articleUrlOf, slug } from './tests/e2e/articles.ts';
import { chromiumLaunchOptions } from './tests/e2e/browser.ts';
import type { EngineOptions } from './tests/e2e/engines/fixture.ts';
import { otherEngineProjects } from './tests/e2e/engines/projects.ts';

/**
 * Real-browser tests: Debian's Chromium against the built app (`npm run build:local` first), served by
 * `vite preview` with the same files and status codes a static host would give (see
 * scripts/build/notFoundPreviewPlugin.ts). The layout-critical checks (cross-engine.spec.ts) also run in
 * Firefox ESR and WebKitGTK (tests/e2e/engines/). The specs whose outcome depends on the server run a second
 * time against nginx with the shipped configuration (deploy/nginx/, the `nginx` project).
 */
const port = Number(process.env.E2E_PORT ?? 4174);
const nginxPort = Number(process.env.E2E_NGINX_PORT ?? 8174);
/** Routes, redirects, 404s, headers and the policy, compression and sizes, what crawlers and feed readers read; and nginx's own. */
const servingSpecs = ['article', 'budgets', 'csp', 'feeds', 'first-paint', 'hostile-links', 'prerender', 'nginx'].map((name) => `${name}.spec.ts`);
/** What only the production server does (caching, precompressed files): not vite preview's job. */
const nginxOnlySpecs = ['nginx.spec.ts'];
// Another built copy of the site to test (so parallel work can snapshot dist/ while it is being rebuilt).
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig<object, EngineOptions>({
  testDir: 'tests/e2e',
  // Every project but `nginx` leaves these out (a project's own testIgnore replaces this one).
  testIgnore: nginxOnlySpecs,
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
    // A registered service worker answers requests itself, which page.route never sees, and outlives the test
    // that registered it: only offline.spec.ts, which tests it, allows it.
    serviceWorkers: 'block',
  },
  projects: [
    // Every spec, the cross-engine checks included.
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } },
    ...otherEngineProjects,
    {
      name: 'nginx',
      testMatch: servingSpecs,
      testIgnore: [],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions(), baseURL: `http://127.0.0.1:${nginxPort}` },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
      url: `http://localhost:${port}${articleUrlOf(slug, 'en')}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // npm run serve:nginx, on loopback (scripts/serve/nginx.ts).
      command: `npx tsx scripts/serve/nginx.ts --root ${dist}`,
      env: { PORT: String(nginxPort) },
      url: `http://127.0.0.1:${nginxPort}${articleUrlOf(slug, 'en')}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
