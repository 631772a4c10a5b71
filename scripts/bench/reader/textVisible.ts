import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { summarize, type Summary } from '../common/stats.ts';

export const barePagePath = '/bench-bare/';

/**
 * The baseline: the reader's own prerendered page with every script, style, stylesheet and preload removed,
 * so the same markup and the same text (headline, dates, toggle, paragraphs) as plain HTML with no CSS or JS.
 * Its hold on the first frame goes too (`<link rel="expect">`, DocumentHead.tsx): the bare page paints as soon as
 * the browser would paint plain HTML, so the reader's figure includes what that hold costs.
 */
export async function writeBarePage(siteDir: string, pageFile: string): Promise<void> {
  const html = (await readFile(join(siteDir, pageFile), 'utf8'))
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<noscript>[\s\S]*?<\/noscript>/g, '')
    .replace(/<link\b[^>]*rel="(?:stylesheet|modulepreload|preload|icon|expect)"[^>]*>/g, '');
  await mkdir(join(siteDir, barePagePath), { recursive: true });
  await writeFile(join(siteDir, barePagePath, 'index.html'), html);
}

export interface LoadTimings {
  /** Largest Contentful Paint: the article text on screen. */
  textVisible: Summary;
  /**
   * The paging engine running (`.pager[data-engine]`, started by the entry before the app arrives:
   * earlyReader.ts): pages turn by key, button, tap and swipe. Absent for a bare page.
   */
  interactive?: Summary;
}

export interface TextVisibleComparison {
  reader: LoadTimings;
  bare: LoadTimings;
  /** Reader LCP / bare LCP of each pair of loads taken back to back. */
  ratio: Summary;
}

/** Conditions emulated by Chromium for every load (DevTools throttling), for a figure on a phone's network. */
export interface Throttling {
  /** Added round-trip time per request. */
  latencyMs: number;
  downloadKbps: number;
  uploadKbps: number;
  cpuSlowdown: number;
}

/** Lighthouse's default mobile profile ("slow 4G" and a 4x slower CPU), the one its scores use. */
export const lighthouseMobile: Throttling = { latencyMs: 150, downloadKbps: 1638.4, uploadKbps: 675, cpuSlowdown: 4 };

/** Makes Chromium emulate the throttling for the page the session is attached to. */
export async function throttle(cdp: CDPSession, throttling: Throttling): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: throttling.latencyMs,
    downloadThroughput: (throttling.downloadKbps * 1024) / 8,
    uploadThroughput: (throttling.uploadKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling.cpuSlowdown });
}

/**
 * One load of `url` in a fresh context at 390x844 (nothing cached), `initScript` run before the page's own,
 * throttled if asked, until the load event; `measure` reads the page, then the context is closed.
 */
export async function freshLoad<T>(
  browser: Browser,
  url: string,
  { initScript, throttling }: { initScript: Parameters<BrowserContext['addInitScript']>[0]; throttling?: Throttling },
  measure: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    await context.addInitScript(initScript);
    const page = await context.newPage();
    if (throttling) await throttle(await context.newCDPSession(page), throttling);
    await page.goto(url, { waitUntil: 'load' });
    return await measure(page);
  } finally {
    await context.close();
  }
}

/** Run in the page: when the entry's engine started (`data-engine`), that is, pages turn. */
function noteEngineStart(): void {
  new MutationObserver((_records, observer) => {
    if (!document.querySelector('.pager[data-engine]')) return;
    Reflect.set(window, 'benchInteractiveAt', performance.now());
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-engine'] });
}

/** One load in a fresh context (nothing cached): its LCP and, for a page with a script, when it came to life. */
function load(browser: Browser, url: string, throttling?: Throttling): Promise<{ lcp: number; interactive?: number }> {
  return freshLoad(browser, url, { initScript: noteEngineStart, throttling }, async (page) => {
    const lcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    // The bare page has the reader's markup but no script to bring it to life.
    if (!(await page.locator('script[type="module"]').count())) return { lcp };
    const interactive = await page.waitForFunction(() => Reflect.get(window, 'benchInteractiveAt') as number | undefined);
    return { lcp, interactive: Number(await interactive.jsonValue()) };
  });
}

/**
 * Time until the article text is visible: the Largest Contentful Paint (the largest text block, in both
 * pages a paragraph or the headline). Each run loads the reader and the bare page back to back, in
 * alternating order, and the figure is the median of the per-run ratios: a paired comparison, so that the
 * load of a shared machine, which drifts over a run of a minute, weighs on both pages of a pair alike. For
 * the reader, also the time until it is interactive, to show that painting first costs the app nothing.
 */
export async function measureTextVisible(
  browser: Browser,
  readerUrl: string,
  bareUrl: string,
  runs: number,
  throttling?: Throttling,
): Promise<TextVisibleComparison> {
  const reader: number[] = [];
  const bare: number[] = [];
  const ratios: number[] = [];
  const interactive: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const readerFirst = run % 2 === 0;
    const first = await load(browser, readerFirst ? readerUrl : bareUrl, throttling);
    const second = await load(browser, readerFirst ? bareUrl : readerUrl, throttling);
    const [app, plain] = readerFirst ? [first, second] : [second, first];
    reader.push(app.lcp);
    bare.push(plain.lcp);
    ratios.push(app.lcp / plain.lcp);
    if (app.interactive !== undefined) interactive.push(app.interactive);
  }
  return {
    reader: { textVisible: summarize(reader), ...(interactive.length ? { interactive: summarize(interactive) } : {}) },
    bare: { textVisible: summarize(bare) },
    ratio: summarize(ratios),
  };
}
