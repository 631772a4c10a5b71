/**
 * Which paragraphs an input made React re-render, and which of them changed on screen.
 *
 * Re-rendered: React DOM keeps on every element it renders the props it last committed to it (the
 * `__reactProps$…` property it reads event handlers from) and replaces that object exactly when it commits a
 * new render of the element, even one that changes nothing in the DOM. A paragraph whose `div` and `p` keep
 * their objects across an input was not re-rendered. Changed: a MutationObserver on the article records
 * every text and child change inside a paragraph (a turn must change none).
 */
export interface ParagraphCounts {
  rendered: number;
  changed: number;
}

export class ParagraphWatch {
  readonly #article: HTMLElement;
  readonly #propsKey: string;
  readonly #mutationObserver: MutationObserver;
  #mutations: MutationRecord[] = [];
  #propsBefore = new Map<Element, unknown>();

  constructor(article: HTMLElement) {
    this.#article = article;
    const first = article.querySelector('[data-paragraph]');
    const key = first ? Object.keys(first).find((name) => name.startsWith('__reactProps$')) : undefined;
    if (!key) throw new Error('could not measure paragraph re-renders: React keeps no props (__reactProps$…) on the paragraphs');
    this.#propsKey = key;
    this.#mutationObserver = new MutationObserver((records) => this.#mutations.push(...records));
    this.#mutationObserver.observe(article, { subtree: true, childList: true, characterData: true });
  }

  /** The paragraph boxes and their text elements: React renders both for every paragraph. */
  #elements(): Element[] {
    return [...this.#article.querySelectorAll('[data-paragraph], [data-paragraph-text]')];
  }

  /** Remembers every paragraph's committed props: call right before the input. */
  start(): void {
    this.#mutationObserver.takeRecords();
    this.#mutations = [];
    this.#propsBefore = new Map(this.#elements().map((element) => [element, Reflect.get(element, this.#propsKey)]));
  }

  count(): ParagraphCounts {
    const rendered = new Set<Element>();
    for (const element of this.#elements()) {
      const props: unknown = Reflect.get(element, this.#propsKey);
      const paragraph = element.closest('[data-paragraph]');
      if (paragraph && (!this.#propsBefore.has(element) || this.#propsBefore.get(element) !== props)) rendered.add(paragraph);
    }
    const changed = new Set<Element>();
    for (const record of [...this.#mutations, ...this.#mutationObserver.takeRecords()]) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const paragraph = target?.closest('[data-paragraph]');
      if (paragraph) changed.add(paragraph);
    }
    this.#mutations = [];
    return { rendered: rendered.size, changed: changed.size };
  }

  disconnect(): void {
    this.#mutationObserver.disconnect();
  }
}
