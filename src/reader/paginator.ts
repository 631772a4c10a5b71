import { clampOffset } from '../articles/ids.ts';
import type { Position } from '../articles/position.ts';
import {
  clampPage,
  columnAt,
  computeGeometry,
  firstIndexWhere,
  pageAt,
  pageCountFor,
  rightEdgeFrom,
  type PageGeometry,
} from './pageGeometry.ts';
import { keepRevealedInView, releaseParagraph, revealAttribute } from './keepRevealedInView.ts';
import { PageTabOrder } from './pageTabOrder.ts';

/**
 * The paging engine: plain TypeScript, no framework (React wraps it once, in usePaginator.ts).
 *
 * Layout is CSS multi-column on a fixed-height box (`column-fill: auto`), as in foliate-js: the browser
 * breaks text into columns between line boxes, so no line is ever cut at a page edge and every line is on
 * exactly one page. A page is one or two columns; turning a page translates the box by a whole page.
 *
 * The reader's place is an anchor in the text (paragraph key + character offset), never a page number:
 * every re-layout (resize, rotation, font size, web fonts, language) recomputes the pages and returns to
 * the anchor. Only an explicit page turn moves the anchor, to the first character the new page shows.
 */

/**
 * The markup contract: `columns` holds one element per paragraph carrying `paragraphProps(key)`, each with
 * one element carrying `paragraphTextProps` whose first child is the paragraph's text node (the engine
 * measures characters in it). Components spread these props rather than spelling the attributes.
 * An element the reader opens inside a paragraph's block, after its text (a peek), carries `revealProps`
 * (keepRevealedInView.ts): the engine shows it at once, with the paragraph's end.
 */
export const paragraphAttribute = 'data-paragraph';
export const paragraphTextAttribute = 'data-paragraph-text';

/** The paragraph's element: `id` makes `#p3` a plain anchor too, which works without JavaScript. */
export function paragraphProps(key: string): { id: string; [paragraphAttribute]: string } {
  return { id: key, [paragraphAttribute]: key };
}

export const paragraphTextProps = { [paragraphTextAttribute]: '' } as const;

/**
 * Both languages: `columns` carrying `pairedProps` holds one element per pair (the headers' pair too), each
 * a paragraph element of the contract above whose first text element is the first language's (positions
 * count its characters). A page is then one column, and the engine says on `columns` how the pairs sit:
 * `data-pair-layout="side"` (two languages side by side, both-languages.css floats each pair's sides)
 * or `"stacked"` (each paragraph followed by its counterpart).
 */
export const pairedAttribute = 'data-pairs';

/**
 * Set on the viewport while an engine runs on it: the pages are the engine's, no longer the stylesheet's
 * first-paint approximation, a scroll box that the browser's fragment navigation can scroll (reader.css).
 * Set before the first layout, which measures positions relative to the columns: a scrolled box would
 * shift them.
 */
export const engineAttribute = 'data-engine';
export const pairedProps = { [pairedAttribute]: '' } as const;
export const pairLayoutAttribute = 'data-pair-layout';

const paragraphSelector = `[${paragraphAttribute}]`;
const paragraphTextSelector = `[${paragraphTextAttribute}]`;
const revealSelector = `[${revealAttribute}]`;

/** An opened element (revealProps) and what the engine did to show it. */
interface Revealed {
  element: HTMLElement;
  paragraph: HTMLElement;
  /** The reader's place when it opened, given back when it closes. */
  anchorBefore: Position | null;
  /** The place the engine moved to to show it (null: none); the reader has not moved while it is the anchor. */
  anchor: Position | null;
}

export interface Relocation {
  position: Position;
  /** Zero-based. */
  page: number;
  pageCount: number;
  /** 'layout' when the pages were recomputed; 'turn' when the reader moved. */
  cause: 'layout' | 'turn';
}

export interface PaginatorOptions {
  onRelocate: (relocation: Relocation) => void;
  /** Consulted on every turn, so a change of the OS setting applies at once. */
  prefersReducedMotion: () => boolean;
}

export class Paginator {
  readonly #viewport: HTMLElement;
  readonly #columns: HTMLElement;
  readonly #options: PaginatorOptions;
  readonly #resizeObserver: ResizeObserver;
  /** Watches the text's own boxes: styles that change only the text (a text-spacing tool) re-paginate too. */
  readonly #textObserver: ResizeObserver;
  /**
   * Watches for elements added to or removed from the text without a layout asked for (a peek opening below
   * a paragraph): everything after them moves, and so do the pages of the links in it (the Tab order).
   */
  readonly #contentObserver: MutationObserver;
  readonly #tabOrder = new PageTabOrder();
  #geometry: PageGeometry | null = null;
  #page = 0;
  #pageCount = 1;
  #anchor: Position | null = null;
  #pendingFrame = 0;
  /** The viewport's size as the ResizeObserver last reported it (null until its first report). */
  #viewportSize: { width: number; height: number } | null = null;
  /** Paragraph elements in reading order, and by key: collected once per layout, not once per turn. */
  #paragraphList: HTMLElement[] = [];
  #paragraphByKey = new Map<string, HTMLElement>();
  #revealed: Revealed | null = null;

  constructor(viewport: HTMLElement, columns: HTMLElement, options: PaginatorOptions) {
    this.#viewport = viewport;
    this.#columns = columns;
    this.#options = options;
    viewport.setAttribute(engineAttribute, '');
    // Size changes (window resize, rotation, a toolbar appearing) re-lay out in the observer's callback,
    // which runs after layout and before paint: no frame is ever painted with stale columns. The reported
    // size is kept, so a layout for other reasons (text size) does not force an extra layout to read it.
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      if (entry) this.resize(entry.contentRect.width, entry.contentRect.height);
    });
    this.#resizeObserver.observe(viewport);
    this.#textObserver = new ResizeObserver(this.#onTextResize);
    // Called in a microtask after the change, so before the next frame is painted.
    this.#contentObserver = new MutationObserver(() => this.layout());
    this.#contentObserver.observe(columns, { childList: true, subtree: true });
    // Web fonts change line breaks when they arrive, after the first layout.
    document.fonts.addEventListener('loadingdone', this.#scheduleLayout);
  }

  get page(): number {
    return this.#page;
  }

  get pageCount(): number {
    return this.#pageCount;
  }

  get position(): Position | null {
    return this.#anchor;
  }

  destroy(): void {
    this.#viewport.removeAttribute(engineAttribute);
    this.#resizeObserver.disconnect();
    this.#textObserver.disconnect();
    this.#contentObserver.disconnect();
    this.#tabOrder.release();
    document.fonts.removeEventListener('loadingdone', this.#scheduleLayout);
    cancelAnimationFrame(this.#pendingFrame);
  }

  /** The reading view has a new size: from the ResizeObserver, or from a harness that sizes it itself. */
  resize(width: number, height: number): void {
    this.#viewportSize = { width, height };
    this.layout();
  }

  /**
   * Recomputes the pages for the current size, font and text, then shows the anchor. Passing a position
   * makes it the new anchor (null: the start); a position that names no paragraph here also means the start.
   */
  layout(anchor?: Position | null): void {
    cancelAnimationFrame(this.#pendingFrame);
    // Changes made before this layout are laid out by it: the observer need not ask again.
    this.#contentObserver.takeRecords();
    // The text may have changed (a language switch renders new paragraphs): collect them first.
    this.#collectParagraphs();
    const revealed = this.#columns.querySelector<HTMLElement>(revealSelector);
    if (this.#revealed && this.#revealed.element !== revealed) this.#release(this.#revealed);
    if (anchor !== undefined) {
      this.#anchor = anchor ? this.#withinText(anchor) : null;
      this.#page = 0;
      // Sent somewhere else: what was opened no longer decides the page.
      if (this.#revealed) this.#revealed.anchor = null;
    }
    const fontSize = Number.parseFloat(getComputedStyle(this.#columns).fontSize) || 16;
    const size = this.#viewportSize ?? { width: this.#viewport.clientWidth, height: this.#viewport.clientHeight };
    const paired = this.#columns.hasAttribute(pairedAttribute);
    const geometry = computeGeometry({ availableWidth: size.width, availableHeight: size.height, fontSize, paired });
    this.#geometry = geometry;
    if (paired) this.#columns.setAttribute(pairLayoutAttribute, geometry.sideBySide ? 'side' : 'stacked');
    else this.#columns.removeAttribute(pairLayoutAttribute);
    const style = this.#columns.style;
    style.width = `${geometry.contentWidth}px`;
    style.height = `${geometry.height}px`;
    // Pixel columns replace the stylesheet's first-paint approximation (column-count, reader.css).
    style.columnCount = 'auto';
    style.columnWidth = `${geometry.columnWidth}px`;
    style.setProperty('--page-height', `${geometry.height}px`);
    style.columnGap = `${geometry.gap}px`;
    // Narrower than the space (a wide screen): centre the page and clip at its edges, so the neighbouring
    // pages, which sit one step to either side, do not show in the margins.
    const margin = Math.floor((geometry.availableWidth - geometry.contentWidth) / 2);
    style.marginInlineStart = `${margin}px`;
    this.#viewport.style.clipPath = margin > 0 ? `inset(0 ${margin}px)` : '';
    // For what is drawn on the visible page rather than around the whole pager (the focus ring, reader.css).
    this.#viewport.style.setProperty('--page-inset', `${margin}px`);
    const revealedPage = revealed ? this.#reveal(revealed, geometry) : null;
    this.#pageCount = pageCountFor(this.#textRight(), geometry);
    this.#page = clampPage(revealedPage ?? (this.#anchor ? this.#pageOf(this.#anchor) : this.#page), this.#pageCount);
    if (revealedPage !== null && this.#revealed) {
      this.#anchor = this.#firstVisiblePosition();
      this.#revealed.anchor = this.#anchor;
    }
    const columnsLeft = this.#columns.getBoundingClientRect().left;
    this.#tabOrder.collect(this.#columns, (element) => this.#pageOfRect(element.getBoundingClientRect(), columnsLeft));
    this.#render(false);
    this.#emit('layout');
  }

  goToPage(page: number): void {
    const target = clampPage(page, this.#pageCount);
    if (target === this.#page) return;
    this.#page = target;
    // Measure before moving: positions are read relative to the columns, so the transform does not change
    // them, and reading after writing it would force a style recalculation inside the key press.
    this.#anchor = this.#firstVisiblePosition();
    this.#render(!this.#options.prefersReducedMotion());
    this.#emit('turn');
  }

  next(): void {
    this.goToPage(this.#page + 1);
  }

  prev(): void {
    this.goToPage(this.#page - 1);
  }

  first(): void {
    this.goToPage(0);
  }

  last(): void {
    this.goToPage(this.#pageCount - 1);
  }

  /** The page on which an element inside the article lies (to follow keyboard focus). */
  pageOfElement(element: Element): number {
    return this.#pageOfRect(element.getBoundingClientRect());
  }

  /** The first link or button of the current page, in reading order (where focus goes after a turn). */
  firstFocusableOnPage(): HTMLElement | null {
    return this.#tabOrder.firstOn(this.#page);
  }

  /**
   * Lays out an opened element's paragraph so that both are seen together (keepRevealedInView.ts). Returns
   * the page to show: when it has just opened, or the reader has not moved since the engine showed it; null
   * to show the anchor's page as usual.
   */
  #reveal(element: HTMLElement, geometry: PageGeometry): number | null {
    const paragraph = element.closest<HTMLElement>(paragraphSelector);
    const text = paragraph?.querySelector<HTMLElement>(paragraphTextSelector);
    if (!paragraph || !text) return null;
    const opened = this.#revealed === null;
    const revealed = (this.#revealed ??= { element, paragraph, anchorBefore: this.#anchor, anchor: null });
    const columnsLeft = this.#columns.getBoundingClientRect().left;
    const page = keepRevealedInView({
      paragraph,
      text,
      revealed: element,
      columnsPerPage: geometry.columnsPerPage,
      columnOf: (rect) => columnAt(rect.left + Math.min(rect.width / 2, 1) - columnsLeft, geometry),
    });
    const readerStayed = revealed.anchor !== null && revealed.anchor === this.#anchor;
    return opened || readerStayed ? page : null;
  }

  /** The opened element closed: the ordinary flow again, and the reader where they opened it, unless they moved. */
  #release(revealed: Revealed): void {
    releaseParagraph(revealed.paragraph);
    if (revealed.anchor !== null && revealed.anchor === this.#anchor) this.#anchor = revealed.anchorBefore;
    this.#revealed = null;
  }

  #scheduleLayout = (): void => {
    cancelAnimationFrame(this.#pendingFrame);
    this.#pendingFrame = requestAnimationFrame(() => this.layout());
  };

  #collectParagraphs(): void {
    const list = [...this.#columns.querySelectorAll<HTMLElement>(paragraphSelector)];
    const unchanged = list.length === this.#paragraphList.length && list.every((element, i) => element === this.#paragraphList[i]);
    this.#paragraphList = list;
    this.#paragraphByKey = new Map(list.map((element) => [element.getAttribute(paragraphAttribute) ?? '', element]));
    if (unchanged) return;
    this.#textObserver.disconnect();
    // The headline block too: spacing applied to its text moves every paragraph after it.
    for (const element of this.#columns.children) this.#textObserver.observe(element);
  }

  /**
   * The text's boxes changed size. Every layout changes them (new column width), so this re-lays out only
   * when the text's extent no longer matches the pages: another page count, or the anchor on another page.
   * An ordinary resize is thus laid out once; a style that grows the text alone (WCAG 1.4.12 text spacing,
   * applied to paragraphs after load) re-paginates, so that every line stays reachable.
   */
  #onTextResize = (): void => {
    const geometry = this.#geometry;
    if (!geometry) return;
    const stale =
      pageCountFor(this.#textRight(), geometry) !== this.#pageCount ||
      (this.#anchor !== null && clampPage(this.#pageOf(this.#anchor), this.#pageCount) !== this.#page);
    if (stale) this.layout();
  };

  #emit(cause: Relocation['cause']): void {
    this.#anchor ??= this.#firstVisiblePosition();
    this.#options.onRelocate({ position: this.#anchor, page: this.#page, pageCount: this.#pageCount, cause });
  }

  #render(animate: boolean): void {
    const offset = this.#geometry ? this.#page * this.#geometry.step : 0;
    this.#columns.style.transition = animate ? '' : 'none';
    this.#columns.style.transform = `translate3d(${-offset}px, 0, 0)`;
    this.#tabOrder.show(this.#page);
  }

  #pageOfRect(rect: DOMRect, columnsLeft?: number): number {
    return this.#pageAtClientX(rect.left + Math.min(rect.width / 2, 1), columnsLeft);
  }

  /**
   * The page under a viewport x coordinate. Both rects carry the same transform, so their difference is the
   * position in the column flow. Pass the columns' left edge when asking many times in a row.
   */
  #pageAtClientX(clientX: number, columnsLeft = this.#columns.getBoundingClientRect().left): number {
    if (!this.#geometry) return 0;
    return pageAt(clientX - columnsLeft, this.#geometry);
  }

  /** The position itself if it names text here (offset pulled inside the paragraph), else null. */
  #withinText(position: Position): Position | null {
    const paragraph = this.#paragraphElement(position.paragraph);
    const text = paragraph && textNodeOf(paragraph);
    if (!text) return null;
    return { paragraph: position.paragraph, offset: clampOffset(position.offset, text.length) };
  }

  #paragraphElement(key: string): HTMLElement | null {
    return this.#paragraphByKey.get(key) ?? null;
  }

  #textRight(): number {
    const last = this.#columns.lastElementChild;
    const rects = last ? [...last.getClientRects()] : [];
    return rightEdgeFrom(
      rects.map((rect) => rect.right),
      this.#columns.getBoundingClientRect().left,
    );
  }

  #pageOf(position: Position): number {
    const paragraphs = this.#paragraphList;
    // The start of the article is page one, even when the headline fills it and text begins on page two.
    if (position.offset === 0 && paragraphs[0]?.getAttribute(paragraphAttribute) === position.paragraph) return 0;
    const paragraph = this.#paragraphElement(position.paragraph);
    const text = paragraph && textNodeOf(paragraph);
    if (!text) return this.#page;
    const rect = characterRect(text, clampOffset(position.offset, text.length));
    return rect ? this.#pageOfRect(rect) : this.#page;
  }

  /** The first character of text on the current page, found by binary search over layout positions. */
  #firstVisiblePosition(): Position {
    const paragraphs = this.#paragraphList;
    const first = paragraphs[0];
    if (!first || this.#page === 0) return { paragraph: first?.getAttribute(paragraphAttribute) ?? '', offset: 0 };
    const columnsLeft = this.#columns.getBoundingClientRect().left;
    const lastPageOf = (element: HTMLElement): number => {
      const rects = element.getClientRects();
      const last = rects[rects.length - 1];
      return last ? this.#pageAtClientX(last.right - 1, columnsLeft) : 0;
    };
    const index = Math.min(
      firstIndexWhere(0, paragraphs.length, (i) => lastPageOf(paragraphs[i] ?? first) >= this.#page),
      paragraphs.length - 1,
    );
    const paragraph = paragraphs[index] ?? first;
    const id = paragraph.getAttribute(paragraphAttribute) ?? '';
    const text = textNodeOf(paragraph);
    if (!text) return { paragraph: id, offset: 0 };
    const offset = firstIndexWhere(0, text.length, (i) => {
      const rect = characterRect(text, i);
      return rect !== null && this.#pageOfRect(rect, columnsLeft) >= this.#page;
    });
    return { paragraph: id, offset: clampOffset(offset, text.length) };
  }
}

function textNodeOf(paragraph: Element): Text | null {
  const node = paragraph.querySelector(paragraphTextSelector)?.firstChild;
  return node instanceof Text ? node : null;
}

const measuringRange = typeof document === 'undefined' ? null : document.createRange();

/** The box of one character; null for a character that has no box (collapsed white space). */
function characterRect(text: Text, offset: number): DOMRect | null {
  if (!measuringRange) return null;
  measuringRange.setStart(text, offset);
  measuringRange.setEnd(text, Math.min(offset + 1, text.length));
  const rects = measuringRange.getClientRects();
  return rects[0] ?? null;
}
