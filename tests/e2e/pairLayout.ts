/**
 * The both-languages layout measured in the page, in any engine (self-contained functions sent as source
 * text, returning plain JSON, as in inPageMeasures.ts): both-languages.spec.ts runs them through Playwright,
 * cross-engine.spec.ts through each engine's driver (engines/reader.ts).
 *
 * `measurePairLayout`: in the flow's own coordinates (the column box's left and
 * top, so the page on screen does not matter): for every pair, on which page and at which height each
 * side's first line starts, and what is wrong with it. Lines are the text's line boxes (Range client rects).
 *
 * - side by side: both sides start on the same page (their first lines), their boxes' tops within 2 px, and a
 *   pair is split over pages only when taller than one (it may start part-way down a page, as WebKit does);
 * - stacked: the counterpart starts after the first language's last line;
 * - both: no line crosses the bottom of a page (a cut line), every line is on a page the indicator counts,
 *   and a side that continues on a later page starts there at the top (within one line height).
 */
export interface PairLayout {
  layout: string | null;
  pairs: number;
  /** Pairs that run over more than one page. */
  continued: number;
  problems: string[];
}

export function measurePairLayout(pageCount: number): PairLayout {
  const columns = document.querySelector<HTMLElement>('.pager-columns');
  if (!columns) throw new Error('no article');
  const layout = columns.getAttribute('data-pair-layout');
  const box = columns.getBoundingClientRect();
  const style = getComputedStyle(columns);
  const width = Number.parseFloat(style.columnWidth);
  const gap = Number.parseFloat(style.columnGap);
  const height = columns.clientHeight;
  const step = width + gap;
  const range = document.createRange();
  interface Line {
    page: number;
    top: number;
    bottom: number;
  }
  const linesOf = (side: Element): Line[] => {
    range.selectNodeContents(side);
    return [...range.getClientRects()]
      .filter((rect) => rect.width >= 1 && rect.height >= 1)
      .map((rect) => {
        const x = rect.left - box.left;
        const page = Math.floor((x + gap / 2) / step);
        return { page, top: rect.top - box.top, bottom: rect.bottom - box.top };
      });
  };
  const problems: string[] = [];
  let continued = 0;
  const pairs = [...columns.querySelectorAll(':scope > .pair')];
  pairs.forEach((pair, index) => {
    const name = pair.getAttribute('data-paragraph') ?? `pair ${index}`;
    const first = pair.querySelector(':scope > .pair-first');
    const second = pair.querySelector(':scope > .pair-second');
    if (!first || !second) return void problems.push(`${name}: not a pair`);
    const sides = { first: linesOf(first), second: linesOf(second) };
    const [a, b] = [sides.first[0], sides.second[0]];
    if (!a || !b) return void problems.push(`${name}: a side without text`);
    if (layout === 'side') {
      // Heights compare the sides' boxes: each line's own top depends on its font's ascent.
      const [topA, topB] = [first, second].map((side) => (side.getClientRects()[0]?.top ?? 0) - box.top);
      if (a.page !== b.page) problems.push(`${name}: starts on pages ${a.page + 1} and ${b.page + 1}`);
      else if (Math.abs((topA ?? 0) - (topB ?? 0)) > 2) problems.push(`${name}: tops ${topA} and ${topB}`);
    } else {
      const last = sides.first.at(-1) ?? a;
      if (b.page < last.page || (b.page === last.page && b.top < last.bottom - 1)) problems.push(`${name}: counterpart before its paragraph`);
    }
    const pages = new Set([...sides.first, ...sides.second].map((line) => line.page));
    if (pages.size > 1) continued += 1;
    // Kept whole where it fits: side by side, a pair split over pages must be taller than a page (its
    // sides' text, page by page, adds up to more than one page's height).
    const extent = (lines: Line[]): number =>
      [...new Set(lines.map((line) => line.page))].reduce((sum, onPage) => {
        const here = lines.filter((line) => line.page === onPage);
        return sum + Math.max(...here.map((line) => line.bottom)) - Math.min(...here.map((line) => line.top));
      }, 0);
    const tallest = Math.max(extent(sides.first), extent(sides.second));
    if (layout === 'side' && pages.size > 1 && tallest < height) problems.push(`${name}: split over pages though its ${tallest.toFixed(0)} px fit in one`);
    for (const [sideName, lines] of Object.entries(sides)) {
      const lineHeight = Number.parseFloat(getComputedStyle(sideName === 'first' ? first : second).lineHeight) || 30;
      lines.forEach((line, i) => {
        if (line.bottom > height + 1 || line.top < -1) problems.push(`${name} ${sideName}: line ${i} cut at a page edge`);
        if (line.page < 0 || line.page >= pageCount) problems.push(`${name} ${sideName}: line ${i} on page ${line.page + 1} of ${pageCount}`);
        const previous = lines[i - 1];
        if (previous && line.page > previous.page && line.top > lineHeight) {
          problems.push(`${name} ${sideName}: continues on page ${line.page + 1} at ${line.top.toFixed(0)} px, not at the top`);
        }
      });
    }
  });
  return { layout, pairs: pairs.length, continued, problems };
}

export interface PairSides {
  /** Every pair's sides that have text, named by pair and side: `p3 first`, `head second`. */
  all: string[];
  /** Those of them with a line wholly on the visible page. */
  shown: string[];
}

/**
 * Which sides of which pairs the visible page shows, so that a walk through every page can tell that each
 * paragraph of both languages was reached. Needs `defineVisiblePage` (inPageMeasures.ts) first.
 */
export function measurePairSides(): PairSides {
  const view = window.visiblePage?.();
  if (!view) throw new Error('no pager');
  const range = document.createRange();
  const all: string[] = [];
  const shown: string[] = [];
  document.querySelectorAll('.pager-columns > .pair').forEach((pair, index) => {
    const name = pair.getAttribute('data-paragraph') ?? (pair.classList.contains('pair-head') ? 'head' : `pair ${index}`);
    for (const sideName of ['first', 'second']) {
      const side = pair.querySelector(`:scope > .pair-${sideName}`);
      if (!side?.textContent?.trim()) continue;
      all.push(`${name} ${sideName}`);
      range.selectNodeContents(side);
      if ([...range.getClientRects()].some((rect) => rect.width >= 1 && rect.height >= 1 && view.shows(rect))) shown.push(`${name} ${sideName}`);
    }
  });
  return { all, shown };
}
