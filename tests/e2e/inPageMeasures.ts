/**
 * Layout measurements that run inside the page, in any engine: each function is self-contained (no imports,
 * no closure), because a driver sends it to the page as source text (Playwright, puppeteer and Selenium
 * alike), and returns plain JSON (Selenium turns `undefined` into `null`).
 */

/** The part of the pager the reader sees, in viewport pixels: its box less the clip-path inset of each side. */
export interface VisiblePage {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Whether a box is wholly on the visible page (to a pixel, for rounding). */
  shows: (rect: DOMRect) => boolean;
}

declare global {
  interface Window {
    /** Installed by `defineVisiblePage` for the measurements that follow, which cannot import. */
    visiblePage?: () => VisiblePage | undefined;
  }
}

/**
 * Defines `window.visiblePage()` in the page, for the measurements that follow. Run it before each use: a
 * navigation clears it. Evaluated, not an init script, so it reaches pages of any context and engine.
 */
export function defineVisiblePage(): void {
  window.visiblePage = () => {
    const pager = document.querySelector('.pager');
    if (!pager) return undefined;
    const box = pager.getBoundingClientRect();
    // The engine narrows the visible page with `clip-path: inset(0 Npx)` when the pager is wider than its pages.
    const clip = /inset\(0(?:px)? (\d+(?:\.\d+)?)px\)/.exec(getComputedStyle(pager).clipPath);
    const inset = clip ? Number(clip[1]) : 0;
    const left = box.left + inset;
    const right = box.right - inset;
    return {
      left,
      right,
      top: box.top,
      bottom: box.bottom,
      shows: (rect) => rect.left >= left - 1 && rect.right <= right + 1 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1,
    };
  };
}

export interface LineVisibility {
  visible: string[];
  cut: string[];
  hiddenCount: number;
}

/**
 * For every line box of article text, where it is relative to the visible page (the pager's clipped box). A
 * line is "visible" when it is inside, "cut" when it crosses an edge, "hidden" when entirely outside.
 * Needs `defineVisiblePage` first.
 */
export function measureLines(): LineVisibility {
  const view = window.visiblePage?.();
  const columns = document.querySelector('.pager-columns');
  if (!view || !columns) throw new Error('no pager');
  const { left, right } = view;
  const visible: string[] = [];
  const cut: string[] = [];
  let hiddenCount = 0;
  const walker = document.createTreeWalker(columns, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let nodeIndex = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    nodeIndex += 1;
    if (!text.trim()) continue;
    const parent = node.parentElement;
    const id = parent?.closest('[data-paragraph]')?.getAttribute('data-paragraph') ?? parent?.tagName ?? '?';
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue;
      const key = `${id}:${nodeIndex}@${Math.round(rect.top - view.top)}`;
      const outside = rect.right <= left + 1 || rect.left >= right - 1 || rect.bottom <= view.top || rect.top >= view.bottom;
      if (view.shows(rect)) visible.push(key);
      else if (outside) hiddenCount += 1;
      else cut.push(`${key} [${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}x${Math.round(rect.height)}]`);
    }
  }
  return { visible, cut, hiddenCount };
}

export interface TextPosition {
  paragraph: string;
  offset: number;
}

/** Whether the character at a position is on the page the reader sees. Needs `defineVisiblePage` first. */
export function positionShows({ paragraph, offset }: TextPosition): boolean {
  const view = window.visiblePage?.();
  const text = document.querySelector(`[data-paragraph="${paragraph}"] [data-paragraph-text]`)?.firstChild;
  if (!view || !(text instanceof Text)) return false;
  const range = document.createRange();
  const at = Math.min(offset, text.length - 1);
  range.setStart(text, at);
  range.setEnd(text, at + 1);
  const rect = range.getClientRects()[0];
  return Boolean(rect && view.shows(rect));
}

/** Resolves once a page turn's animation (if any) has ended and two frames have passed, so measurements see the final place. */
export function settleTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    const columns = document.querySelector('.pager-columns');
    const running = columns?.getAnimations().filter((animation) => animation.playState === 'running') ?? [];
    // A re-layout during the turn (web fonts arriving, say) cancels its transition, and a cancelled
    // animation's `finished` rejects: that, too, means the page is where it will stay.
    const ended = running.map((animation) => animation.finished.catch(() => undefined));
    void Promise.all(ended).then(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  });
}
