import { beforeEach, describe, expect, it } from 'vitest';
import { rightEdgeFrom } from '../../src/reader/pageGeometry.ts';
import { PageTabOrder } from '../../src/reader/pageTabOrder.ts';

describe('rightEdgeFrom (the page count after a re-layout at the end of the article)', () => {
  it('measures from the first column, also when every box lies left of the window', () => {
    // At the end of a 3-page article the previous transform puts the columns' left edge at x = -1948.
    expect(rightEdgeFrom([-1550, -802], -1948)).toBe(1146);
  });

  it('is the same wherever the columns happen to be translated', () => {
    const rights = [398, 748, 1146];
    for (const shift of [0, -500, -5000, 300]) expect(rightEdgeFrom(rights.map((r) => r + shift), shift)).toBe(1146);
  });

  it('is 0 for no boxes', () => {
    expect(rightEdgeFrom([], -400)).toBe(0);
  });
});

describe('PageTabOrder', () => {
  let root: HTMLElement;
  /** Which page each element is on, as the engine would measure it. */
  const pages = new Map<string, number>();
  const pageOf = (element: HTMLElement): number => pages.get(element.id) ?? 0;
  const tabIndexes = (): Record<string, string | null> =>
    Object.fromEntries([...root.querySelectorAll('[id]')].map((element) => [element.id, element.getAttribute('tabindex')]));

  beforeEach(() => {
    document.body.innerHTML = `<article id="root">
      <a id="a1" href="#p1">¶</a>
      <a id="a2" href="#p2">¶</a>
      <button id="own" tabindex="2">own</button>
      <span id="never" tabindex="-1">not a stop</span>
      <a id="plain">no href</a>
    </article>`;
    root = document.getElementById('root') ?? document.body;
    pages.clear();
    pages.set('a1', 0).set('a2', 1).set('own', 2).set('never', 0);
  });

  it('keeps only the current page’s links and buttons in the Tab order', () => {
    const order = new PageTabOrder();
    order.collect(root, pageOf);
    order.show(1);
    expect(tabIndexes()).toEqual({ a1: '-1', a2: null, own: '-1', never: '-1', plain: null });
    expect(order.firstOn(1)?.id).toBe('a2');
    expect(order.firstOn(3)).toBeNull();
  });

  it('gives back each element’s own tabindex when its page shows, and all of them on release', () => {
    const order = new PageTabOrder();
    order.collect(root, pageOf);
    order.show(0);
    expect(tabIndexes()).toMatchObject({ a1: null, own: '-1' });
    order.show(2);
    expect(tabIndexes()).toMatchObject({ a1: '-1', own: '2' });
    order.show(0);
    // A new layout finds the elements it took out, and still knows their own tabindex.
    order.collect(root, pageOf);
    order.show(2);
    expect(tabIndexes()).toMatchObject({ a1: '-1', a2: '-1', own: '2', never: '-1' });
    order.release();
    expect(tabIndexes()).toEqual({ a1: null, a2: null, own: '2', never: '-1', plain: null });
  });
});
