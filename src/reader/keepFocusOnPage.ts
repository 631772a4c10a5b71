import type { Paginator, Relocation } from './paginator.ts';

/**
 * A page turn or re-layout must not strand keyboard focus on an element that has slid off screen (a screen
 * reader would keep reading from there, a sighted keyboard user would lose the caret): focus moves to the
 * first link of the new page, or to the page itself (reader.css draws its ring on the pager).
 */
export function keepFocusOnPage(engine: Paginator, columns: HTMLElement, relocation: Relocation): void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === columns || !columns.contains(focused)) return;
  if (engine.pageOfElement(focused) === relocation.page) return;
  (engine.firstFocusableOnPage() ?? columns).focus({ preventScroll: true });
}
