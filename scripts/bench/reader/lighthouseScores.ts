import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions, chromiumPath } from '../../../tests/e2e/browser.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
export type Scores = Record<Category, number>;

/**
 * Lighthouse 12 with its default settings: a mid-range phone, simulated slow 4G and 4x CPU slowdown.
 * Runs `runs` times in one Chromium and keeps each category's median, since Performance varies a little
 * from run to run on a busy machine.
 */
export async function lighthouseScores(url: string, runs: number): Promise<{ median: Scores; all: Scores[] }> {
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...(chromiumLaunchOptions().args ?? [])],
  });
  const all: Scores[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error('Lighthouse returned no result');
      const score = (category: Category): number => Math.round((result.lhr.categories[category]?.score ?? 0) * 100);
      all.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      });
    }
  } finally {
    chrome.kill();
  }
  const median = (category: Category): number => {
    const sorted = all.map((scores) => scores[category]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  return {
    median: { performance: median('performance'), accessibility: median('accessibility'), 'best-practices': median('best-practices'), seo: median('seo') },
    all,
  };
}
