import type { Browser } from 'playwright-core';
import { summarize, type Summary } from '../common/stats.ts';

export interface LanguageSwitchResult {
  timing: Summary;
  /** Requests the page made between the click and the painted switch, over all switches. */
  requestsDuringSwitches: number;
  /**
   * Chromium re-checks the favicon on every history entry (pushState), whatever the page does; counted
   * apart, since it is the browser's and carries no content.
   */
  faviconChecks: number;
}

/**
 * What is switched: the language ("한국어"/"English": done when the other language's headline and <html
 * lang> are on screen), or the view ("Both languages": done when its pressed state changed and the pairs
 * are laid out, or gone).
 */
export type Switch = 'language' | 'view';

/**
 * Click on the toggle until the switch is on screen and painted: the frame after the one in which it was
 * laid out. Alternates both ways; the first switch happens after the page is idle, as a reader's would (the
 * other language is preloaded by then).
 */
export async function measureLanguageSwitch(browser: Browser, url: string, switches: number, what: Switch = 'language'): Promise<LanguageSwitchResult> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.reader[data-paged]').waitFor();
  await page.waitForLoadState('networkidle');

  let switching = false;
  let requestsDuringSwitches = 0;
  let faviconChecks = 0;
  page.on('request', (request) => {
    if (!switching) return;
    if (new URL(request.url()).pathname === '/favicon.svg') faviconChecks += 1;
    else requestsDuringSwitches += 1;
  });
  const samples: number[] = [];
  for (let i = 0; i < switches; i += 1) {
    switching = true;
    // No named functions inside evaluate(): tsx would wrap them in a helper the page does not have.
    const ms = await page.evaluate(async (switched) => {
      const toggle = document.querySelector<HTMLElement>(switched === 'language' ? '.language-toggle' : '.view-toggle');
      const target = switched === 'language' ? toggle?.getAttribute('lang') : String(toggle?.getAttribute('aria-pressed') !== 'true');
      if (!toggle || !target) throw new Error(`no ${switched} toggle`);
      const start = performance.now();
      toggle.click();
      while (
        !(switched === 'language'
          ? document.documentElement.lang === target && document.querySelector('h1')?.closest(`[lang="${target}"]`)
          : toggle.getAttribute('aria-pressed') === target && (document.querySelector('.pager-columns[data-pair-layout]') !== null) === (target === 'true'))
      ) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      // The frame after the one in which the new text was laid out: that one has been painted.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    }, what);
    switching = false;
    samples.push(ms);
    // Let the URL update and any idle work settle, as between two real clicks.
    await page.waitForTimeout(150);
  }
  await context.close();
  return { timing: summarize(samples), requestsDuringSwitches, faviconChecks };
}
