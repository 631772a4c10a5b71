/**
 * Something the reader opened inside a paragraph's block, after its text (a peek: ParagraphPeek.tsx), must
 * be seen at once, with the end of its paragraph. In the column flow it simply follows the text; when the
 * paragraph ends at the foot of a page, it would start on the next one, and the reader would see nothing
 * happen. Then the paragraph starts a column (`break-before: column`, reader.css), and with two columns to a
 * page, the next page if it would otherwise straddle two, so that paragraph and opened element lie on one
 * page together whenever they fit on one.
 */

/** Marks the opened element (the markup contract, paginator.ts). */
export const revealAttribute = 'data-reveal';
export const revealProps = { [revealAttribute]: '' } as const;

/** Set by the engine on the paragraph while it must start a column ('column') or a page ('page'). */
export const breakBeforeAttribute = 'data-break-before';

type BreakBefore = 'none' | 'column' | 'page';

function setBreakBefore(paragraph: HTMLElement, value: BreakBefore): void {
  if (value === 'none') paragraph.removeAttribute(breakBeforeAttribute);
  else paragraph.setAttribute(breakBeforeAttribute, value);
}

/** Back to the ordinary flow: the element was closed. */
export function releaseParagraph(paragraph: HTMLElement): void {
  setBreakBefore(paragraph, 'none');
}

const measuringRange = typeof document === 'undefined' ? null : document.createRange();

/** The first line of the element's text: its first non-blank text node's first box. */
function firstLineRect(element: HTMLElement): DOMRect | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || !measuringRange) continue;
    measuringRange.selectNodeContents(node);
    const first = measuringRange.getClientRects()[0];
    if (first) return first;
  }
  return element.getClientRects()[0] ?? null;
}

export interface Placement {
  /** The paragraph's block, the revealed element's ancestor. */
  paragraph: HTMLElement;
  /** The paragraph's text (its last line is where the reader pressed). */
  text: HTMLElement;
  revealed: HTMLElement;
  /** 1 or 2 (pageGeometry.ts). */
  columnsPerPage: number;
  /** The column (zero-based, in the flow) on which a box lies, at the current layout. */
  columnOf: (rect: DOMRect) => number;
}

/**
 * Lays the paragraph out so that the revealed element's first line shares a page with the paragraph's end
 * (and its start, when paragraph and first line fit on one page). Measures, then decides, from the ordinary
 * flow each time, so a new size or text size gets its own answer. Returns the page to show when the
 * paragraph had to move (the page of the revealed element's first line), or null when the ordinary flow
 * already shows them together.
 */
export function keepRevealedInView({ paragraph, text, revealed, columnsPerPage, columnOf }: Placement): number | null {
  const pageOf = (rect: DOMRect | null | undefined): number => (rect ? Math.floor(columnOf(rect) / columnsPerPage) : 0);
  const columnOfRect = (rect: DOMRect | null | undefined): number => (rect ? columnOf(rect) : 0);
  setBreakBefore(paragraph, 'none');
  const textRects = text.getClientRects();
  if (pageOf(firstLineRect(revealed)) <= pageOf(textRects[textRects.length - 1])) return null;
  setBreakBefore(paragraph, 'column');
  const start = columnOfRect(paragraph.getClientRects()[0]);
  const straddles = start % columnsPerPage !== 0 && pageOf(firstLineRect(revealed)) !== Math.floor(start / columnsPerPage);
  // Starting the page's last column, the paragraph would run onto the next page: start that page instead.
  if (straddles) setBreakBefore(paragraph, 'page');
  return pageOf(firstLineRect(revealed));
}
