import { existsSync } from 'node:fs';
import { chromiumPath } from './browser.ts';
import { testArticleSlug } from './articles.ts';

/** A missing browser fails the run loudly; it must never turn into skipped tests. */
export default function globalSetup(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. On Debian: apt-get install -y chromium fonts-noto-cjk`);
  }
  const dist = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dist}/en/articles`)) {
    throw new Error(`${dist}/ has no prerendered articles: run \`npm run build:local -- --with-test-articles\` first (npm run test:e2e does).`);
  }
  // The browser tests read the site with more than one article: the seed and the test article.
  if (!existsSync(`${dist}/en/articles/${testArticleSlug}`)) {
    throw new Error(`${dist}/ has no test article (${testArticleSlug}): build with \`npm run build:local -- --with-test-articles\` (npm run test:e2e does).`);
  }
}
