import type { Page } from '@playwright/test';
import { articleUrl, expect, installVisiblePage, lineVisibility, openReader, pageState, settle, test } from './fixtures.ts';

/**
 * Content the seed article does not have but articles will: a figure taller than a page, an unbroken
 * 300-character word and a long URL. They are added to the live reader's article (after React's own
 * children, which React leaves alone) and the engine re-lays out on the next resize, as it would for any
 * change of size.
 */
async function addFixtures(page: Page): Promise<void> {
  await page.evaluate(() => {
    const columns = document.querySelector('.pager-columns');
    if (!columns) throw new Error('no article');
    const paragraphs = [
      { id: 'fixture-word', text: `Unbroken: ${'Rechtsschutzversicherungsgesellschaften'.repeat(8)} ends here.` },
      {
        id: 'fixture-url',
        text: `See https://example.org/${'very-long-path-segment/'.repeat(12)}index.html?query=${'x'.repeat(80)} for more.`,
      },
    ];
    for (const { id, text } of paragraphs) {
      const wrapper = document.createElement('div');
      wrapper.className = 'paragraph';
      wrapper.dataset.paragraph = id;
      const p = document.createElement('p');
      p.className = 'paragraph-text';
      p.dataset.paragraphText = '';
      p.textContent = text;
      wrapper.append(p);
      columns.append(wrapper);
    }
    const figureWrapper = document.createElement('div');
    figureWrapper.className = 'paragraph';
    figureWrapper.dataset.paragraph = 'fixture-figure';
    // Inline SVG rather than an <img>: the page's Content-Security-Policy allows no data: images.
    figureWrapper.innerHTML =
      '<figure><svg role="img" aria-label="A tall figure" viewBox="0 0 800 2000" width="800" height="2000"><rect width="800" height="2000" fill="#8ab"/></svg></figure>';
    const caption = document.createElement('p');
    caption.className = 'paragraph-text';
    caption.dataset.paragraphText = '';
    caption.textContent = 'Caption of the tall figure, after it.';
    figureWrapper.append(caption);
    columns.insertBefore(figureWrapper, columns.querySelector('[data-paragraph="p3"]'));
  });
  // A one-pixel resize makes the engine re-lay out, as any real size change does.
  const size = page.viewportSize();
  if (!size) throw new Error('no viewport');
  await page.setViewportSize({ width: size.width, height: size.height - 1 });
  await settle(page);
}

/** Where the figure and the long lines are, relative to the visible page. */
async function overflowFacts(page: Page): Promise<{ figureCut: boolean; figureVisible: boolean; widestLine: number; pageWidth: number }> {
  await installVisiblePage(page);
  return page.evaluate(() => {
    const view = window.visiblePage?.();
    const columns = document.querySelector<HTMLElement>('.pager-columns');
    const img = document.querySelector('.pager-columns figure svg');
    if (!view || !columns || !img) throw new Error('missing fixture');
    const { left, right } = view;
    const rect = img.getBoundingClientRect();
    const inside = view.shows(rect);
    const outside = rect.right <= left || rect.left >= right;
    let widestLine = 0;
    const range = document.createRange();
    for (const p of document.querySelectorAll('[data-paragraph^="fixture-"] [data-paragraph-text]')) {
      range.selectNodeContents(p);
      for (const line of range.getClientRects()) widestLine = Math.max(widestLine, line.width);
    }
    return {
      figureCut: !inside && !outside,
      figureVisible: inside,
      widestLine,
      pageWidth: Number.parseFloat(columns.style.columnWidth),
    };
  });
}

for (const screen of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`at ${screen.width}x${screen.height}, a tall figure, a 300-letter word and a long URL break no page`, async ({ page }) => {
    await page.setViewportSize(screen);
    await openReader(page, articleUrl('en'));
    await addFixtures(page);
    const { total } = await pageState(page);
    let figureSeen = 0;
    for (let current = 1; current <= total; current += 1) {
      if (current > 1) await page.keyboard.press('ArrowRight');
      await expect(page.locator('.page-indicator')).toHaveText(`${current} / ${total}`);
      await settle(page);
      const lines = await lineVisibility(page);
      expect(lines.cut, `lines cut on page ${current}`).toEqual([]);
      const facts = await overflowFacts(page);
      expect(facts.figureCut, `figure cut on page ${current}`).toBe(false);
      if (facts.figureVisible) figureSeen += 1;
      expect(facts.widestLine, 'no line is wider than its column').toBeLessThanOrEqual(facts.pageWidth + 1);
    }
    expect(figureSeen, 'the figure is shown whole on exactly one page').toBe(1);
  });
}
