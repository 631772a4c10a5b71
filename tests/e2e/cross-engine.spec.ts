import * as z from 'zod/mini';
import { articleUrl } from './fixtures.ts';
import type { EngineDriver } from './engines/driver.ts';
import { expect, test } from './engines/fixture.ts';
import { inPage } from './engines/inPage.ts';
import { documentLanguage, lines, openReader, pageState, pairLayout, pairSidesShown, positionInUrl, settle, shows, sizeName } from './engines/reader.ts';

/**
 * The layout-critical checks, described once and run in every engine: Chromium, Firefox (Gecko) and WebKit
 * (playwright.config.ts has a project per engine; the project's name, in brackets before each test title, and
 * every message name the engine). CSS multi-column pagination is where engines differ: line breaking,
 * column fragmentation, hyphenation, font metrics. Page counts may differ between engines; what must hold
 * in all of them is that no line is cut or lost, and that the reader keeps its place. Every test also fails
 * on a console error, an uncaught exception or a CSP violation (engines/fixture.ts). A new check is written
 * against engines/reader.ts and the driver, and runs in all three.
 */

const phone = { width: 390, height: 844 };
// A phone, a short laptop window and a wide, short desktop window: one column, then two.
const sizes = [phone, { width: 1280, height: 500 }, { width: 1920, height: 600 }];
const languages = ['en', 'ko'] as const;
const other = { en: 'ko', ko: 'en' } as const;
// Both languages at once: side by side where two comfortable columns fit, interleaved on a phone.
const bothLayouts = [
  { size: { width: 1440, height: 900 }, layout: 'side' },
  { size: phone, layout: 'stacked' },
] as const;

/**
 * Walks every page from the first (the reader reopens where it was last left) with the arrow key: on each,
 * some text and no line cut at an edge; over the walk, every line of the article on one page only.
 * `onEachPage` reads more on each page, once the turn has ended.
 */
async function walkEveryPage(driver: EngineDriver, where: string, onEachPage?: (current: number, total: number) => Promise<void>): Promise<void> {
  await driver.press('Home');
  await expect.poll(async () => (await pageState(driver)).current, { message: `${where}: Home turns to page 1` }).toBe(1);
  const { total } = await pageState(driver);
  const first = await lines(driver);
  const allLines = first.visible.length + first.cut.length + first.hiddenCount;
  const seen = new Set<string>();
  for (let current = 1; current <= total; current += 1) {
    if (current > 1) {
      await driver.press('ArrowRight');
      await expect.poll(async () => (await pageState(driver)).current, { message: `${where}: turned to page ${current}` }).toBe(current);
    }
    await settle(driver);
    const shown = await lines(driver);
    expect(shown.cut, `${where}: lines cut at the edge of page ${current} of ${total}`).toEqual([]);
    expect(shown.visible.length, `${where}: page ${current} shows text`).toBeGreaterThan(0);
    // A line's key is its text node and height on the page: with the page number, a line shown twice counts twice.
    for (const line of shown.visible) seen.add(`${line}#${current}`);
    await onEachPage?.(current, total);
  }
  expect(seen.size, `${where}: every line appears on one of the ${total} pages, and on one only`).toBe(allLines);
}

for (const language of languages) {
  test(`${language}: walking every page at ${sizes.map(sizeName).join(', ')} shows every line exactly once and cuts none`, async ({ driver }) => {
    for (const size of sizes) {
      const where = `${driver.engine}, ${language}, ${sizeName(size)}`;
      await openReader(driver, articleUrl(language), size);
      await walkEveryPage(driver, where);
    }
  });

  test(`${language}: the language toggle keeps the paragraph being read`, async ({ driver }) => {
    await openReader(driver, articleUrl(language), phone);
    const { total } = await pageState(driver);
    expect(total, `${driver.engine}: the article takes several pages at ${sizeName(phone)}`).toBeGreaterThan(1);
    await driver.press('End');
    await expect.poll(async () => (await pageState(driver)).current, { message: `${driver.engine}: End turns to the last page` }).toBe(total);
    await settle(driver);
    const before = await positionInUrl(driver);
    expect(before.paragraph, `${driver.engine}: the last page records a later paragraph than the first`).not.toBe('p1');
    expect(await shows(driver, before), `${driver.engine}: the recorded position is on the page`).toBe(true);

    await driver.click('.language-toggle');
    await expect.poll(() => documentLanguage(driver), { message: `${driver.engine}: the toggle switches to ${other[language]}` }).toBe(other[language]);
    await settle(driver);
    const after = await positionInUrl(driver);
    expect(after.paragraph, `${driver.engine}: the same paragraph in the other language`).toBe(before.paragraph);
    await expect.poll(() => shows(driver, after), { message: `${driver.engine}: the position is on the page after the switch` }).toBe(true);
  });
}

for (const language of languages) {
  test(`both languages, ${language} first: side by side at ${sizeName(bothLayouts[0].size)} and interleaved at ${sizeName(phone)}, every pair starts together, no line is cut, every paragraph of both is reached`, async ({ driver }) => {
    for (const { size, layout } of bothLayouts) {
      const where = `${driver.engine}, both languages, ${language} first, ${sizeName(size)}`;
      await openReader(driver, articleUrl(language, '?view=both'), size);
      const pairLayoutName = () => inPage(driver, () => document.querySelector('.pager-columns')?.getAttribute('data-pair-layout') ?? null, undefined, z.nullable(z.string()));
      await expect.poll(pairLayoutName, { message: `${where}: the pairs are laid out ${layout}` }).toBe(layout);
      const reached = new Set<string>();
      let sides: string[] = [];
      await walkEveryPage(driver, where, async (current, total) => {
        // Once, over the whole article, page by page in the flow's coordinates (pairLayout.ts): side by
        // side, both paragraphs of a pair start on the same page, tops within 2 px; interleaved, the
        // counterpart follows its paragraph; no line crosses a page edge; a continued pair goes on at the top.
        if (current === 1) expect((await pairLayout(driver, total)).problems, `${where}: pairs laid out wrongly over the ${total} pages`).toEqual([]);
        const onPage = await pairSidesShown(driver);
        sides = onPage.all;
        for (const side of onPage.shown) reached.add(side);
      });
      expect(sides.length, `${where}: the article is paired`).toBeGreaterThan(2);
      expect(
        sides.filter((side) => !reached.has(side)),
        `${where}: paragraphs (pair and side) never shown on any page`,
      ).toEqual([]);
    }
  });
}

test('a passage link (#p3) opens at paragraph 3, in both languages', async ({ driver }) => {
  for (const language of languages) {
    await openReader(driver, articleUrl(language, '#p3'), phone);
    await expect.poll(() => shows(driver, { paragraph: 'p3', offset: 0 }), { message: `${driver.engine}, ${language}: paragraph 3 starts on the page shown` }).toBe(true);
    expect((await pageState(driver)).current, `${driver.engine}, ${language}: paragraph 3 is past the first page`).toBeGreaterThan(1);
    expect((await positionInUrl(driver)).paragraph, `${driver.engine}, ${language}: the URL keeps the passage`).toBe('p3');
  }
});

test.describe('the error probe', () => {
  test.use({ expectedProblems: [/provoked/] });

  test('reports a console error, an uncaught exception and a CSP violation', async ({ driver }) => {
    await openReader(driver, articleUrl('en'), phone);
    await inPage(
      driver,
      () => {
        console.error('provoked by the test');
        setTimeout(() => {
          throw new Error('provoked by the test');
        });
        // Blocked by `img-src 'self'` before any request is made.
        const image = document.createElement('img');
        image.src = 'https://example.invalid/provoked.png';
        document.body.append(image);
      },
      undefined,
      z.unknown(),
    );
    // Read without taking: the fixture takes them at the end, as it does in every test.
    const seen = () => inPage(driver, () => (window.e2eProblems ?? []).join('\n'), undefined, z.string());
    await expect.poll(seen, { message: `${driver.engine}: the probe saw a console error` }).toContain('console error: provoked by the test');
    await expect.poll(seen, { message: `${driver.engine}: the probe saw an uncaught exception` }).toMatch(/uncaught: .*provoked by the test/);
    await expect.poll(seen, { message: `${driver.engine}: the probe saw a CSP violation` }).toMatch(/CSP violation: img-src blocked https:\/\/example\.invalid/);
  });
});
