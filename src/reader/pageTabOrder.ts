/**
 * Keeps the Tab order on the page the reader sees. The article is one long multi-column box of which one
 * page shows; left alone, Tab from the article (or from a link on page 3) goes to the next link in the
 * markup, often on a page far behind, and focusing it drags the reader back there. So links and buttons
 * off the current page leave the Tab order (tabindex -1) and get their own tabindex back when their page
 * shows: Tab goes through the page's own controls, then on to the toolbar. They stay focusable, so a screen
 * reader can still reach any of them (focusing one brings its page into view: usePaginator.ts).
 */
const focusableSelector = 'a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable], [tabindex]';

interface Entry {
  element: HTMLElement;
  page: number;
}

export class PageTabOrder {
  #entries: Entry[] = [];
  /** The tabindex attribute an element had before it was taken out of the Tab order (null: none). */
  readonly #own = new WeakMap<HTMLElement, string | null>();

  /** Finds the article's focusable elements and the page each is on: once per layout, not per turn. */
  collect(root: HTMLElement, pageOf: (element: HTMLElement) => number): void {
    const elements = [...root.querySelectorAll<HTMLElement>(focusableSelector)].filter(
      (element) => this.#ownTabIndex(element) !== '-1' && !element.matches(':disabled'),
    );
    this.#entries = elements.map((element) => ({ element, page: pageOf(element) }));
  }

  /** Only the elements on `page` stay in the Tab order. */
  show(page: number): void {
    for (const { element, page: elementPage } of this.#entries) {
      if (elementPage === page) this.#restore(element);
      else this.#remove(element);
    }
  }

  /** The first element the reader can Tab to on `page`, in reading order. */
  firstOn(page: number): HTMLElement | null {
    return this.#entries.find((entry) => entry.page === page)?.element ?? null;
  }

  /** Gives every element its own tabindex back (the engine is going away). */
  release(): void {
    for (const { element } of this.#entries) this.#restore(element);
    this.#entries = [];
  }

  #ownTabIndex(element: HTMLElement): string | null {
    return this.#own.has(element) ? (this.#own.get(element) ?? null) : element.getAttribute('tabindex');
  }

  #remove(element: HTMLElement): void {
    if (this.#own.has(element)) return;
    this.#own.set(element, element.getAttribute('tabindex'));
    element.tabIndex = -1;
  }

  #restore(element: HTMLElement): void {
    if (!this.#own.has(element)) return;
    const own = this.#own.get(element) ?? null;
    this.#own.delete(element);
    if (own === null) element.removeAttribute('tabindex');
    else element.setAttribute('tabindex', own);
  }
}
