import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../tests/e2e/browser.ts';
import { articlePath } from '../../../src/routing/paths.ts';
import { benchArticleEditions, benchArticleSlug as slug, loadAverage, projectRoot as root, runBench, writeBenchResults } from '../common/benchRun.ts';
import { firstView } from './firstView.ts';
import { measurePassageLink, type PassageLinkComparison } from './passageLink.ts';
import { findPlaceInsideParagraph, measurePlaceLink, type PlaceLinkTimes } from './placeLink.ts';
import { measureLanguageSwitch } from './languageSwitch.ts';
import { categories, lighthouseScores } from './lighthouseScores.ts';
import { startPreview } from './previewServer.ts';
import { barePagePath, lighthouseMobile, measureTextVisible, writeBarePage } from './textVisible.ts';

/**
 * `npm run bench:reader` (part of `npm run bench`): the built reader as a reader meets it, in Chromium.
 * Needs a fresh `npm run build:local`. Prints each figure beside its target, writes bench-results/reader.json.
 * Missed targets are reported, not failed; the size budgets themselves are enforced by the test suite.
 */
// Lighthouse checks that canonical links stay on the page's host: `npm run build:local` writes localhost.
const port = 4199;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');

async function main(): Promise<void> {
  const loadBefore = loadAverage();
  // Fails here, before any building, if the article is missing or broken.
  const lastParagraph = benchArticleEditions()[0]?.paragraphs.at(-1)?.id ?? 'p1';

  // Sizes of the real build (the same with 100 articles: npm run bench:scale).
  const pagePath = join(articlePath('en', slug).slice(1), 'index.html');
  const view = firstView(join(root, 'dist'), pagePath);
  const total = view.htmlGzip + view.cssGzip + view.jsGzip;

  // Timings: a copy of dist with the bare baseline page beside the article, served the same way.
  const site = mkdtempSync(join(tmpdir(), 'reader-site-'));
  cpSync(join(root, 'dist'), site, { recursive: true });
  await writeBarePage(site, pagePath);
  const server = await startPreview(root, site, port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const readerUrl = `${server.origin}${articlePath('en', slug)}`;
    // A both-languages link is served the very page of the plain link (the view is a query the host
    // ignores), so its first view, JavaScript included, is the figure above: checked byte for byte.
    const [plainPage, bothPage] = await Promise.all(
      [readerUrl, `${server.origin}${articlePath('en', slug, null, 'both')}`].map(async (url) => (await fetch(url)).text()),
    );
    const sameFirstView = plainPage === bothPage;
    const bareUrl = `${server.origin}${barePagePath}`;
    console.error('language switch…');
    const switching = await measureLanguageSwitch(browser, readerUrl, 30);
    console.error('both languages on and off…');
    const viewSwitching = await measureLanguageSwitch(browser, readerUrl, 30, 'view');
    console.error('time to visible text…');
    const visible = await measureTextVisible(browser, readerUrl, bareUrl, 41);
    const { reader: app, bare } = visible;
    console.error('time to visible text on a phone network (Lighthouse mobile throttling)…');
    const throttled = await measureTextVisible(browser, readerUrl, bareUrl, 21, lighthouseMobile);
    const passageLinks: Partial<Record<'en' | 'ko', PassageLinkComparison>> = {};
    for (const language of ['en', 'ko'] as const) {
      console.error(`passage link on a phone network (Lighthouse mobile throttling), ${language}…`);
      passageLinks[language] = await measurePassageLink(browser, `${server.origin}${articlePath(language, slug)}`, lastParagraph, 21, lighthouseMobile);
    }
    const placeLinks: Partial<Record<'en' | 'ko', PlaceLinkTimes>> = {};
    for (const language of ['en', 'ko'] as const) {
      console.error(`link to a place inside a paragraph on a phone network, ${language}…`);
      const url = `${server.origin}${articlePath(language, slug)}`;
      const fragment = await findPlaceInsideParagraph(browser, url);
      placeLinks[language] = { fragment, ...(await measurePlaceLink(browser, `${url}${fragment}`, 11, lighthouseMobile)) };
    }
    console.error('Lighthouse (mobile)…');
    const lighthouse = await lighthouseScores(readerUrl, 3);
    const ratio = visible.ratio.median;

    const rows: Array<[string, string, string, string]> = [
      ['first view, HTML+CSS+JS gzip', kb(total), '≤ 160 KB', verdict(total <= 160 * 1024)],
      ['  of which JavaScript', kb(view.jsGzip), '≤ 110 KB', verdict(view.jsGzip <= 110 * 1024)],
      ['  HTML (stylesheet inlined) / linked CSS', `${kb(view.htmlGzip)} / ${kb(view.cssGzip)}`, '', ''],
      ['first view, both-languages link vs plain', sameFirstView ? 'the same page' : 'differs', 'identical', verdict(sameFirstView)],
      ['language switch, click → painted', `median ${ms(switching.timing.median)}, p95 ${ms(switching.timing.p95)}`, 'median ≤ 50 ms', verdict(switching.timing.median <= 50)],
      ['  network requests during switches', String(switching.requestsDuringSwitches), '0', verdict(switching.requestsDuringSwitches === 0)],
      ['  (Chromium favicon re-checks on pushState)', String(switching.faviconChecks), '', ''],
      ['both languages on/off, click → painted', `median ${ms(viewSwitching.timing.median)}, p95 ${ms(viewSwitching.timing.p95)}`, 'median ≤ 50 ms', verdict(viewSwitching.timing.median <= 50)],
      ['  network requests during switches', String(viewSwitching.requestsDuringSwitches), '0', verdict(viewSwitching.requestsDuringSwitches === 0)],
      ['text visible (LCP), reader', `median ${ms(app.textVisible.median)}`, '', ''],
      ['text visible (LCP), bare HTML', `median ${ms(bare.textVisible.median)}`, '', ''],
      ['  reader / bare, per pair of loads', `median ${ratio.toFixed(2)}x (p95 ${visible.ratio.p95.toFixed(2)}x)`, 'median ≤ 1.2x', verdict(ratio <= 1.2)],
      ['  reader interactive (pages turn)', app.interactive ? `median ${ms(app.interactive.median)}` : '?', '', ''],
      [
        '  the same, throttled as Lighthouse mobile',
        `reader ${ms(throttled.reader.textVisible.median)}, bare ${ms(throttled.bare.textVisible.median)}, ratio ${throttled.ratio.median.toFixed(2)}x; interactive ${throttled.reader.interactive ? ms(throttled.reader.interactive.median) : '?'}`,
        '(information)',
        '',
      ],
      ...(['en', 'ko'] as const).flatMap((language): Array<[string, string, string, string]> => {
        const link = passageLinks[language];
        if (!link) return [];
        return [
          [
            `passage link #${lastParagraph} visible vs text visible at the start, throttled, ${language}`,
            `median ${link.ratio.median.toFixed(2)}x (p95 ${link.ratio.p95.toFixed(2)}x; passage ${ms(link.passageVisible.median)}, start ${ms(link.startTextVisible.median)})`,
            'median ≤ 1.1x',
            verdict(link.ratio.median <= 1.1),
          ],
          [
            `  a key press turns the page, throttled, ${language}`,
            `median ${ms(link.turnWorks.median)} (p95 ${ms(link.turnWorks.p95)})`,
            'median ≤ 1000 ms',
            verdict(link.turnWorks.median <= 1000),
          ],
        ];
      }),
      ...(['en', 'ko'] as const).flatMap((language): Array<[string, string, string, string]> => {
        const link = placeLinks[language];
        if (!link) return [];
        return [
          [
            `  link inside a paragraph (${link.fragment}), throttled, ${language}`,
            `first frame (the start) ${ms(link.firstPaint.median)}, the place shown ${ms(link.placeShown.median)} (p95 ${ms(link.placeShown.p95)})`,
            '(information)',
            '',
          ],
        ];
      }),
      ...categories.map((category): [string, string, string, string] => {
        const target = category === 'performance' ? 95 : 100;
        const score = lighthouse.median[category];
        return [`Lighthouse mobile: ${category}`, `${score} (runs: ${lighthouse.all.map((s) => s[category]).join(', ')})`, `≥ ${target}`, verdict(score >= target)];
      }),
    ];
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
    console.log(`\nReader benchmark (${new Date().toISOString()}, Chromium ${browser.version()}, ${cpus().length} CPUs, load ${loadBefore.toFixed(1)})`);
    for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));

    await writeBenchResults('reader', {
      createdAt: new Date().toISOString(),
      firstView: { ...view, scripts: undefined, totalGzip: total, bothLanguagesSamePage: sameFirstView },
      languageSwitch: switching,
      viewSwitch: viewSwitching,
      textVisible: visible,
      textVisibleThrottled: { throttling: lighthouseMobile, ...throttled },
      passageLinkThrottled: { throttling: lighthouseMobile, lastParagraph, ...passageLinks },
      placeLinkThrottled: { throttling: lighthouseMobile, ...placeLinks },
      lighthouse,
    });
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
}

runBench(main);
