import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Relocation } from '../../src/reader/paginator.ts';
import type { Arrival } from '../../src/routing/history.ts';
import { usePaginator } from '../../src/reader/usePaginator.ts';

/**
 * jsdom has no layout, no ResizeObserver, no document.fonts and no matchMedia: these stand in for them, so
 * the test can see what the engine asks of the browser and whether it lets go of all of it.
 */
class FakeResizeObserver implements ResizeObserver {
  static instances: FakeResizeObserver[] = [];
  readonly observed: Element[] = [];
  disconnected = false;
  readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
    FakeResizeObserver.instances.push(this);
  }
  observe(target: Element): void {
    this.observed.push(target);
  }
  unobserve(): void {}
  disconnect(): void {
    this.disconnected = true;
  }
  /** What the browser does when the observed box changes size. */
  resize(width: number, height: number): void {
    const target = this.observed[0];
    if (!target) throw new Error('nothing observed');
    const entry: ResizeObserverEntry = {
      target,
      contentRect: DOMRect.fromRect({ width, height }),
      borderBoxSize: [],
      contentBoxSize: [],
      devicePixelContentBoxSize: [],
    };
    this.callback([entry], this);
  }
}

let fonts: EventTarget;

function Reader({ request, layoutKey, onRelocate }: { request: Arrival; layoutKey: string; onRelocate: (r: Relocation) => void }) {
  const { viewportRef, columnsRef, paged, page, pageCount } = usePaginator(request, layoutKey, onRelocate);
  return (
    <div data-testid="view">
      <div ref={viewportRef} data-testid="viewport">
        <div ref={columnsRef} data-testid="columns">
          <section data-paragraph="p1">
            <span data-paragraph-text="">First paragraph.</span> <a href="#p1">¶</a>
          </section>
          <section data-paragraph="p2">
            <span data-paragraph-text="">Second paragraph.</span>
          </section>
        </div>
      </div>
      <output data-testid="status">{paged ? `page ${page + 1} of ${pageCount}` : 'not paged'}</output>
    </div>
  );
}

const start: Arrival = { position: null };

beforeEach(() => {
  FakeResizeObserver.instances = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
  fonts = new EventTarget();
  Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
});

afterEach(() => {
  // Unmount while the stand-ins are still there.
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'fonts');
});

/** Lets the frame the engine asked for (requestAnimationFrame) run. */
async function nextFrame(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

describe('usePaginator', () => {
  it('lays the text out into pages once mounted, opening at the start of the article', () => {
    const onRelocate = vi.fn<(r: Relocation) => void>();
    render(<Reader request={start} layoutKey="en" onRelocate={onRelocate} />);
    expect(screen.getByTestId('status')).toHaveTextContent('page 1 of 1');
    expect(onRelocate).toHaveBeenLastCalledWith({ position: { paragraph: 'p1', offset: 0 }, page: 0, pageCount: 1, cause: 'layout' });
  });

  it('creates one engine for the life of the view: re-renders and new layouts reuse it', () => {
    const onRelocate = vi.fn<(r: Relocation) => void>();
    const { rerender } = render(<Reader request={start} layoutKey="en" onRelocate={onRelocate} />);
    rerender(<Reader request={start} layoutKey="ko" onRelocate={onRelocate} />);
    rerender(<Reader request={{ position: null }} layoutKey="ko" onRelocate={onRelocate} />);
    // One engine: its two observers, the view's size and the text's own boxes, made once.
    expect(FakeResizeObserver.instances).toHaveLength(2);
    expect(FakeResizeObserver.instances[0]?.observed).toEqual([screen.getByTestId('viewport')]);
    // Mount, language change, new request: a layout each.
    expect(onRelocate.mock.calls.map(([relocation]) => relocation.cause)).toEqual(['layout', 'layout', 'layout']);
  });

  it('reports to the callback of the latest render (after a language switch, the new language\'s)', () => {
    const english = vi.fn<(r: Relocation) => void>();
    const korean = vi.fn<(r: Relocation) => void>();
    const { rerender } = render(<Reader request={start} layoutKey="en" onRelocate={english} />);
    rerender(<Reader request={start} layoutKey="ko" onRelocate={korean} />);
    expect(english).toHaveBeenCalledOnce();
    expect(korean).toHaveBeenCalledOnce();
  });

  it('lays out again when the view changes size, and when web fonts arrive', async () => {
    const onRelocate = vi.fn<(r: Relocation) => void>();
    render(<Reader request={start} layoutKey="en" onRelocate={onRelocate} />);
    act(() => FakeResizeObserver.instances[0]?.resize(390, 700));
    expect(onRelocate).toHaveBeenCalledTimes(2);
    fonts.dispatchEvent(new Event('loadingdone'));
    await nextFrame();
    expect(onRelocate).toHaveBeenCalledTimes(3);
  });

  it('lays out again when elements are added to or removed from the text (a peek opening), once, before the next frame', async () => {
    const onRelocate = vi.fn<(r: Relocation) => void>();
    const { rerender, unmount } = render(<Reader request={start} layoutKey="en" onRelocate={onRelocate} />);
    const paragraph = screen.getByTestId('columns').querySelector('[data-paragraph="p1"]');
    if (!paragraph) throw new Error('no p1');
    const peek = document.createElement('div');
    await act(async () => {
      paragraph.append(peek);
      await Promise.resolve();
    });
    expect(onRelocate).toHaveBeenCalledTimes(2);
    expect(onRelocate).toHaveBeenLastCalledWith({ position: { paragraph: 'p1', offset: 0 }, page: 0, pageCount: 1, cause: 'layout' });
    await act(async () => {
      peek.remove();
      await Promise.resolve();
    });
    expect(onRelocate).toHaveBeenCalledTimes(3);
    // A change laid out by a layout asked for anyway (a language switch renders new text) is not laid out twice.
    act(() => {
      paragraph.append(document.createElement('div'));
      rerender(<Reader request={start} layoutKey="ko" onRelocate={onRelocate} />);
    });
    await act(() => Promise.resolve());
    expect(onRelocate).toHaveBeenCalledTimes(4);
    // Gone with the view: a change to its detached text asks for nothing.
    unmount();
    paragraph.append(document.createElement('div'));
    await Promise.resolve();
    expect(onRelocate).toHaveBeenCalledTimes(4);
  });

  it('lets go of everything on unmount: no observer, no font listener, no pending frame, no input listeners', async () => {
    const onRelocate = vi.fn<(r: Relocation) => void>();
    const { unmount } = render(<Reader request={start} layoutKey="en" onRelocate={onRelocate} />);
    const calls = onRelocate.mock.calls.length;
    // Fonts arrive just before the view goes away: the layout they asked for must not run afterwards.
    fonts.dispatchEvent(new Event('loadingdone'));
    unmount();
    expect(FakeResizeObserver.instances.map((observer) => observer.disconnected)).toEqual([true, true]);
    fonts.dispatchEvent(new Event('loadingdone'));
    await nextFrame();
    await nextFrame();
    expect(onRelocate).toHaveBeenCalledTimes(calls);
  });

  it('removes every listener it added to the document, the fonts and the view when unmounted', () => {
    const targets = (): EventTarget[] => [document, fonts, window];
    const added: Array<[EventTarget, string, unknown]> = [];
    const removed: Array<[EventTarget, string, unknown]> = [];
    const watch = (target: EventTarget): void => {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        added.push([target, type, listener]);
        add(type, listener, options);
      });
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
        removed.push([target, type, listener]);
        remove(type, listener, options);
      });
    };
    targets().forEach(watch);
    // The view's own elements exist only once rendered: watch them from their creation.
    const create = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation((tag: string, options?: ElementCreationOptions) => {
      const element = create(tag, options);
      watch(element);
      return element;
    });
    const { unmount } = render(<Reader request={start} layoutKey="en" onRelocate={() => undefined} />);
    const ours = (entries: Array<[EventTarget, string, unknown]>) =>
      entries.filter(([target]) => target === document || target === fonts || (target instanceof Element && screen.getByTestId('view').contains(target)));
    const addedByEngine = ours(added);
    expect(addedByEngine.length).toBeGreaterThan(0);
    unmount();
    const stillAttached = addedByEngine.filter(
      ([target, type, listener]) => !removed.some(([t, ty, l]) => t === target && ty === type && l === listener),
    );
    expect(stillAttached.map(([target, type]) => `${target === fonts ? 'fonts' : String(target)} ${type}`)).toEqual([]);
  });
});
