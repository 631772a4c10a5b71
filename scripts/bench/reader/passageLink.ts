import type { Browser } from 'playwright-core';
import { summarize, type Summary } from '../common/stats.ts';
import { freshLoad, type Throttling } from './textVisible.ts';

/**
 * A passage link opened on a slow phone: when the linked paragraph is on screen, against when the text is
 * on screen for a reader opening the same article at its start, and when a page turn first works.
 */
export interface PassageLinkComparison {
  /** Time until the linked paragraph is on a painted frame (the link to the last paragraph). */
  passageVisible: Summary;
  /** Largest Contentful Paint of the article opened at its start: the text-visible figure. */
  startTextVisible: Summary;
  /** Passage visible / start text visible, per pair of loads taken back to back. */
  ratio: Summary;
  /** Time from navigation until a key press first turns the page (on the passage link's load). */
  turnWorks: Summary;
}

/**
 * Runs in the page before its own scripts (a string, so that nothing the bench's TypeScript compiler adds
 * reaches the page). `TARGET` is the linked paragraph's key, or '' for a load at the start.
 *
 * - The linked paragraph is watched by an IntersectionObserver, which computes during each frame's
 *   rendering (after layout, scrolling, the engine's transform, clipped by the pager) whether it is on
 *   screen: the first frame that shows it, and whether a later one stopped showing it (a jump).
 * - From every frame on, a synthetic ArrowLeft `keydown` is dispatched at the document until one turns the
 *   page (the columns' transform changes during the dispatch, as the engine's turn does synchronously):
 *   the time a key press would first have worked. ArrowLeft, since the link's page is not the first.
 */
const probeScript = (target: string): string => `(() => {
  const bench = { visibleAt: null, hiddenAgainAt: null, turnAt: null };
  window.passageBench = bench;
  const target = ${JSON.stringify(target)};
  if (target) {
    const watcher = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting && bench.visibleAt === null) bench.visibleAt = entry.time;
        if (!entry.isIntersecting && bench.visibleAt !== null && bench.turnAt === null && bench.hiddenAgainAt === null) bench.hiddenAgainAt = entry.time;
      }
    });
    const watch = new MutationObserver(() => {
      const element = document.getElementById(target);
      if (!element) return;
      watch.disconnect();
      watcher.observe(element);
    });
    watch.observe(document, { childList: true, subtree: true });
    requestAnimationFrame(function probe() {
      const columns = document.querySelector('.pager-columns');
      if (columns && bench.visibleAt !== null) {
        const before = columns.style.transform;
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }));
        if (columns.style.transform !== before) bench.turnAt = performance.now();
      }
      if (bench.turnAt === null) requestAnimationFrame(probe);
    });
  }
})();`;

interface PassageLoad {
  lcp: number;
  firstPaint: number;
  visibleAt: number | null;
  hiddenAgainAt: number | null;
  turnAt: number | null;
}

/** One load in a fresh context at 390x844 (nothing cached). */
function load(browser: Browser, url: string, target: string, throttling: Throttling): Promise<PassageLoad> {
  return freshLoad(browser, url, { initScript: { content: probeScript(target) }, throttling }, async (page) => {
    if (target) await page.waitForFunction(() => (Reflect.get(window, 'passageBench') as { turnAt: number | null }).turnAt !== null, undefined, { timeout: 30_000 });
    return await page.evaluate(
      () =>
        new Promise<PassageLoad>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            const bench = Reflect.get(window, 'passageBench') as Pick<PassageLoad, 'visibleAt' | 'hiddenAgainAt' | 'turnAt'>;
            resolve({
              lcp: entries[entries.length - 1]?.startTime ?? Number.NaN,
              firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
              ...bench,
            });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
  });
}

/**
 * Pairs of loads back to back, in alternating order, as the text-visible figure is taken (textVisible.ts):
 * the article at its start (its LCP) and the link to its last paragraph (when that paragraph is first on a
 * painted frame: the frame that showed it, or the first paint if it showed it before anything was painted).
 * Fails when a load never showed the paragraph, or showed it and then moved away before any turn.
 */
export async function measurePassageLink(
  browser: Browser,
  startUrl: string,
  lastParagraph: string,
  runs: number,
  throttling: Throttling,
): Promise<PassageLinkComparison> {
  const passageUrl = `${startUrl}#${lastParagraph}`;
  const passage: number[] = [];
  const start: number[] = [];
  const ratios: number[] = [];
  const turns: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const passageFirst = run % 2 === 0;
    const first = await load(browser, passageFirst ? passageUrl : startUrl, passageFirst ? lastParagraph : '', throttling);
    const second = await load(browser, passageFirst ? startUrl : passageUrl, passageFirst ? '' : lastParagraph, throttling);
    const [linked, plain] = passageFirst ? [first, second] : [second, first];
    if (linked.visibleAt === null || linked.turnAt === null) throw new Error(`${passageUrl}: the paragraph never showed, or no key press turned the page`);
    if (linked.hiddenAgainAt !== null) throw new Error(`${passageUrl}: the paragraph showed, then left the screen at ${linked.hiddenAgainAt.toFixed(0)} ms`);
    const visible = Math.max(linked.visibleAt, linked.firstPaint);
    passage.push(visible);
    start.push(plain.lcp);
    ratios.push(visible / plain.lcp);
    turns.push(linked.turnAt);
  }
  return { passageVisible: summarize(passage), startTextVisible: summarize(start), ratio: summarize(ratios), turnWorks: summarize(turns) };
}
