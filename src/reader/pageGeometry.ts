/**
 * Page arithmetic for a multi-column layout, kept free of the DOM so that it can be unit-tested.
 *
 * The article body is one CSS multi-column box of fixed height; the browser flows the text into as many
 * columns as it needs, side by side. A page is `columnsPerPage` adjacent columns, so turning a page is a
 * horizontal shift of exactly `step` pixels. All lengths are whole pixels: fractional column widths add up
 * over fifty pages and would let the last page drift off its grid.
 */
export interface PageGeometry {
  /** The whole-pixel width the reading view offers. */
  availableWidth: number;
  /** Width of the multi-column box: the page without its side margins. */
  contentWidth: number;
  height: number;
  columnsPerPage: number;
  columnWidth: number;
  gap: number;
  /** Horizontal distance from one page to the next. */
  step: number;
  /** Both languages side by side on each page (paired layout on a wide screen); false in one language. */
  sideBySide: boolean;
}

export interface GeometryInput {
  /** Space the reading view has, in CSS pixels. */
  availableWidth: number;
  availableHeight: number;
  /** Root font size in pixels: column widths scale with the reader's text size. */
  fontSize: number;
  /**
   * Both languages, paired by paragraph: a page is then one column of the flow, and each pair spans it.
   * Where one language would show two columns a page (a book spread), that column holds the two languages
   * side by side, each as wide as a column of the spread; elsewhere pairs are interleaved in one column.
   */
  paired?: boolean;
}

/** A column this wide (in ems) reads comfortably; two fit side by side on a desktop screen like a book spread. */
const idealColumnEms = 30;
const maxColumnEms = 38;
const gapEms = 3;

export function computeGeometry({ availableWidth, availableHeight, fontSize, paired = false }: GeometryInput): PageGeometry {
  const width = Math.max(1, Math.floor(availableWidth));
  const height = Math.max(1, Math.floor(availableHeight));
  const gap = Math.round(gapEms * fontSize);
  // Two comfortable columns fit: the one rule for a spread in one language and for side by side in both.
  const twoFit = width + gap >= 2 * (idealColumnEms * fontSize + gap);
  const widest = Math.floor(maxColumnEms * fontSize);
  if (paired) {
    const columnWidth = Math.max(1, Math.min(twoFit ? 2 * widest + gap : widest, width));
    return { availableWidth: width, contentWidth: columnWidth, height, columnsPerPage: 1, columnWidth, gap, step: columnWidth + gap, sideBySide: twoFit };
  }
  const columnsPerPage = twoFit ? 2 : 1;
  const columnWidth = Math.max(1, Math.min(widest, Math.floor((width - (columnsPerPage - 1) * gap) / columnsPerPage)));
  const contentWidth = columnsPerPage * columnWidth + (columnsPerPage - 1) * gap;
  return { availableWidth: width, contentWidth, height, columnsPerPage, columnWidth, gap, step: contentWidth + gap, sideBySide: false };
}

/** The page on which a point lies, given its x distance from the left edge of the first column. */
export function pageAt(x: number, geometry: PageGeometry): number {
  return Math.max(0, Math.floor((x + geometry.gap / 2) / geometry.step));
}

/** The column (zero-based, counted across pages) on which a point lies; its page is this over `columnsPerPage`. */
export function columnAt(x: number, geometry: PageGeometry): number {
  return Math.max(0, Math.floor((x + geometry.gap / 2) / (geometry.columnWidth + geometry.gap)));
}

/** Page count from the right edge of the last piece of text (x from the left edge of the first column). */
export function pageCountFor(textRight: number, geometry: PageGeometry): number {
  return Math.max(1, pageAt(Math.max(0, textRight - 1), geometry) + 1);
}

/**
 * How far right a run of boxes reaches, as a distance from `originX` (the first column's left edge); 0 for
 * none. All coordinates are the viewport's: during a re-layout the previous page's transform still applies,
 * so every box may lie left of the window (negative x). Measured from the origin, never from 0.
 */
export function rightEdgeFrom(rights: Iterable<number>, originX: number): number {
  let edge = 0;
  for (const right of rights) edge = Math.max(edge, right - originX);
  return edge;
}

export function clampPage(page: number, pageCount: number): number {
  if (!Number.isFinite(page)) return 0;
  return Math.min(Math.max(Math.trunc(page), 0), Math.max(0, pageCount - 1));
}

/** Smallest index in [low, high) for which `isAtOrAfter` is true (it must be monotonic), or `high` if none. */
export function firstIndexWhere(low: number, high: number, isAtOrAfter: (index: number) => boolean): number {
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAtOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
