import { gzipSync } from 'node:zlib';
import { articleUrl, expect, openReader, test } from './fixtures.ts';

/**
 * Size budgets for the first view of an article: everything the browser downloads as HTML, CSS and
 * JavaScript to show it, gzipped (as a static host serves it). Sizes are deterministic for a given build,
 * so this is a test, not a benchmark.
 */
const budgets = { total: 160 * 1024, javascript: 110 * 1024 };

for (const language of ['en', 'ko'] as const) {
  test(`the first view of the ${language} article fits the budget (≤160 KB, JS ≤110 KB gzip)`, async ({ page }) => {
    const sizes: Array<{ url: string; kind: 'html' | 'css' | 'js' | 'other'; gzip: number }> = [];
    const pending: Array<Promise<void>> = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => {
            const type = response.headers()['content-type'] ?? '';
            const kind = type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') ? 'js' : 'other';
            sizes.push({ url: response.url(), kind, gzip: gzipSync(body, { level: 9 }).length });
          },
          () => undefined,
        ),
      );
    });
    await openReader(page, articleUrl(language));
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);

    const sum = (kinds: string[]) => sizes.filter((s) => kinds.includes(s.kind)).reduce((total, s) => total + s.gzip, 0);
    const javascript = sum(['js']);
    const total = sum(['html', 'css', 'js']);
    const report = sizes.map((s) => `${s.kind} ${(s.gzip / 1024).toFixed(1)} KB ${new URL(s.url).pathname}`).join('\n');
    test.info().annotations.push({ type: 'first view', description: `total ${(total / 1024).toFixed(1)} KB, JS ${(javascript / 1024).toFixed(1)} KB\n${report}` });
    expect(javascript, report).toBeLessThanOrEqual(budgets.javascript);
    expect(total, report).toBeLessThanOrEqual(budgets.total);
    // The article text is in the HTML and in its edition JSON, never in a script.
    const scripts = sizes.filter((s) => s.kind === 'js').map((s) => s.url);
    for (const url of scripts) {
      const source = await (await page.request.get(url)).text();
      expect(source, `${url} carries article text`).not.toContain('Democratic Party of Korea leader Lee Jae-myung');
      expect(source, `${url} carries article text`).not.toContain('더불어민주당 이재명 대표는');
    }
  });
}
