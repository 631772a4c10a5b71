import type { i18n } from 'i18next';

/**
 * The reader's inputs, given to the real app the way a browser gives them, and what its reading view shows.
 * Elements are found as a reader finds them: by the app's own classes and by their labels in the reader's
 * language; nothing here calls into the app.
 */
export interface ReadingView {
  /** The bench's element the app is rendered into. */
  container: HTMLElement;
  reader: HTMLElement;
  /** The engine's viewport (its ResizeObserver watches it) and the article inside it. */
  pager: HTMLElement;
  article: HTMLElement;
  /** The toolbar's progress bar: value is the page shown (from 1), max the page count. */
  progress: HTMLProgressElement;
}

/** The reading view once the engine has laid it out (`data-paged`), else null. */
export function pagedReadingView(container: HTMLElement): ReadingView | null {
  const reader = container.querySelector<HTMLElement>('.reader[data-paged]');
  const pager = reader?.querySelector<HTMLElement>('.pager');
  const article = pager?.querySelector<HTMLElement>('.pager-columns');
  const progress = reader?.querySelector('progress.page-progress');
  if (!reader || !pager || !article || !(progress instanceof HTMLProgressElement)) return null;
  return { container, reader, pager, article, progress };
}

/** The page the toolbar shows (from 0) and how many there are. */
export function shownPage({ progress }: ReadingView): { page: number; pageCount: number } {
  return { page: progress.value - 1, pageCount: progress.max };
}

/** When an input reached the app, and when its event's handlers had returned (null: it came through no event). */
export interface InputTimes {
  start: number;
  handled: number | null;
}

function dispatch(target: EventTarget, event: Event): InputTimes {
  const start = performance.now();
  target.dispatchEvent(event);
  return { start, handled: performance.now() };
}

/**
 * A key press as the browser delivers it: a keydown at the focused element that bubbles to the document,
 * where the app's page-turn input (src/reader/pageTurnInput.ts) listens.
 */
export function pressKey(key: string): InputTimes {
  return dispatch(document.activeElement ?? document.body, new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/**
 * The window one pixel smaller (or back), as the browser applies a resize: the size changes before a frame's
 * layout, so the change is made in an animation frame callback, which runs just before it.
 */
export function resizeByOnePixel(view: ReadingView, smaller: boolean): Promise<InputTimes> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      view.container.classList.toggle('bench-shrunk', smaller);
      resolve({ start, handled: null });
    }),
  );
}

function buttonLabelled(root: HTMLElement, label: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((candidate) => candidate.getAttribute('aria-label') === label);
  if (!button) throw new Error(`could not measure: no button labelled "${label}" in the reading view`);
  return button;
}

/** The settings menu ("Aa") and its A− / A+ buttons, as the reader clicks them. */
export class TextSizeButtons {
  readonly #menu: HTMLButtonElement;
  readonly #larger: HTMLButtonElement;
  readonly #smaller: HTMLButtonElement;

  constructor(view: ReadingView, strings: i18n) {
    this.#menu = buttonLabelled(view.reader, strings.t('settings.open'));
    this.#larger = buttonLabelled(view.reader, strings.t('settings.larger'));
    this.#smaller = buttonLabelled(view.reader, strings.t('settings.smaller'));
  }

  /** Opens or closes the menu (a click on "Aa"), so that its buttons can be clicked as a reader would. */
  setOpen(open: boolean): void {
    if ((this.#menu.getAttribute('aria-expanded') === 'true') !== open) this.#menu.click();
  }

  /** Clicks A+ (or A−), as `element.click()` does: a click event at the button. */
  click(larger: boolean): InputTimes {
    const button = larger ? this.#larger : this.#smaller;
    if (button.disabled) throw new Error(`could not measure: ${button.getAttribute('aria-label')} is disabled`);
    return dispatch(button, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
  }
}
