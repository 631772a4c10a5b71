import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { summarize, type Summary } from '../stats.ts';

export const barePagePath = '/bench-bare/';

/**
 * The baseline: the reader's own prerendered page with every script, style, stylesheet and preload removed,
 * so the same markup and the same text (headline, dates, toggle, paragraphs) as plain HTML with no CSS or JS.
 */
export async function writeBarePage(siteDir: string, articleFile: string): Promise<void> {
  const html = (await readFile(join(siteDir, articleFile), 'utf8'))
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<noscript>[\s\S]*?<\/noscript>/g, '')
    .replace(/<link\b[^>]*rel="(?:stylesheet|modulepreload|preload|icon)"[^>]*>/g, '');
  await mkdir(join(siteDir, barePagePath), { recursive: true });
  await writeFile(join(siteDir, barePagePath, 'index.html'), html);
}

export interface LoadTimings {
  /** Largest Contentful Paint: the article text on screen. */
  textVisible: Summary;
  /** The paging engine running (`.reader[data-paged]`): pages turn, controls work. Absent for a bare page. */
  interactive?: Summary;
}

/**
 * Time until the article text is visible: the Largest Contentful Paint (the largest text block, in both
 * pages a paragraph or the headline), each load in a fresh context so nothing is cached. The pages are
 * loaded in turn (A, B, A, B…), so that a burst of load on the machine hits both alike. For the reader,
 * also the time until it is interactive, to show what painting first costs the app (nothing, it should).
 */
export async function measureTextVisible(browser: Browser, urls: readonly string[], runs: number): Promise<LoadTimings[]> {
  const text: number[][] = urls.map(() => []);
  const ready: number[][] = urls.map(() => []);
  for (let run = 0; run < runs; run += 1) {
    for (const [index, url] of urls.entries()) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addInitScript(() => {
        new MutationObserver((_records, observer) => {
          if (!document.querySelector('.reader[data-paged]')) return;
          Reflect.set(window, 'benchInteractiveAt', performance.now());
          observer.disconnect();
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-paged'] });
      });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      );
      text[index]?.push(lcp);
      // The bare page has the reader's markup but no script to bring it to life.
      if (await page.locator('script[type="module"]').count()) {
        const interactive = await page.waitForFunction(() => Reflect.get(window, 'benchInteractiveAt') as number | undefined);
        ready[index]?.push(Number(await interactive.jsonValue()));
      }
      await context.close();
    }
  }
  return urls.map((_url, index) => ({
    textVisible: summarize(text[index] ?? []),
    ...(ready[index]?.length ? { interactive: summarize(ready[index] ?? []) } : {}),
  }));
}
