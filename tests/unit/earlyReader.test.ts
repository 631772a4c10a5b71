import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaginatorOptions, Relocation } from '../../src/reader/paginator.ts';

/**
 * The reader before React (earlyReader.ts): what it writes into the prerendered page while it runs alone,
 * what it holds back once React has started to hydrate that page, and what it leaves behind when React
 * cannot adopt it. The engine and its input are stand-ins: jsdom has no layout to page.
 */
const engines: FakeEngine[] = [];
const detachInput = vi.fn();
/** When set, the next engine's layout throws it. */
let failLayout: Error | null = null;

class FakeEngine {
  readonly viewport: HTMLElement;
  readonly options: PaginatorOptions;
  readonly layout = vi.fn();
  readonly destroy = vi.fn();
  readonly next = vi.fn();
  readonly prev = vi.fn();
  readonly goToPage = vi.fn();
  readonly pageOfElement = vi.fn(() => 0);
  constructor(viewport: HTMLElement, _columns: HTMLElement, options: PaginatorOptions) {
    this.viewport = viewport;
    this.options = options;
    const error = failLayout;
    failLayout = null;
    if (error) {
      this.layout.mockImplementation(() => {
        throw error;
      });
    }
    engines.push(this);
  }
  /** What the engine reports after a turn. */
  turnTo(page: number, paragraph: string, offset: number): Relocation {
    const relocation: Relocation = { page, pageCount: 5, position: { paragraph, offset }, cause: 'turn' };
    this.options.onRelocate(relocation);
    return relocation;
  }
}

vi.mock('../../src/reader/paginator.ts', () => ({ Paginator: FakeEngine }));
vi.mock('../../src/reader/pageTurnInput.ts', () => ({ attachPageTurnInput: () => detachInput }));

const slug = 'dpk-leader-welcomes-us-n-korea-talks';

function prerenderedPage(): void {
  document.body.innerHTML = `
    <div class="reader">
      <a class="language-toggle" href="/ko/articles/${slug}/">한국어</a>
      <div class="pager"><article class="pager-columns"></article></div>
      <div class="page-controls">
        <button class="page-button">Previous page</button>
        <span class="page-indicator">1 / 1</span>
        <progress class="page-progress" max="1" value="1"></progress>
        <button class="page-button">Next page</button>
      </div>
    </div>`;
}

const indicator = () => document.querySelector('.page-indicator')?.textContent;
const toggleHref = () => document.querySelector('.language-toggle')?.getAttribute('href');

async function startedReader() {
  const early = await import('../../src/reader/earlyReader.ts');
  early.startEarlyReader();
  const engine = engines.at(-1);
  if (!engine) throw new Error('no engine started');
  return { early, engine };
}

beforeEach(() => {
  vi.resetModules();
  engines.length = 0;
  detachInput.mockClear();
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
  window.history.replaceState(null, '', `/en/articles/${slug}/`);
  prerenderedPage();
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the reader before React', () => {
  it('starts the engine at the URL’s place and, on a turn, shows the page, records the place and moves the toggle’s link', async () => {
    window.history.replaceState(null, '', `/en/articles/${slug}/#p2.40`);
    const { engine } = await startedReader();
    expect(engine.layout).toHaveBeenCalledWith({ paragraph: 'p2', offset: 40 });
    engine.turnTo(2, 'p3', 120);
    expect(indicator()).toBe('3 / 5');
    expect(window.location.hash).toBe('#p3.120');
    expect(toggleHref()).toBe(`/ko/articles/${slug}/#p3`);
  });

  it('once handed over, holds a turn back from the page and the URL, and gives it to React when adopted', async () => {
    const { early, engine } = await startedReader();
    engine.turnTo(1, 'p2', 0);
    expect(early.handOverEarlyReader()).toBe(true);
    const held = engine.turnTo(2, 'p3', 120);
    // The page stays as React hydrates it: the hand-over's.
    expect(indicator()).toBe('2 / 5');
    expect(window.location.hash).toBe('#p2');
    expect(early.earlyReaderState()).toEqual({ page: 1, pageCount: 5 });
    const viewport = document.querySelector<HTMLElement>('.pager');
    if (!viewport) throw new Error('no pager');
    const heard = vi.fn();
    const adopted = early.adoptEarlyReader(viewport, heard);
    expect(adopted?.engine).toBe(engine);
    expect(adopted?.turnedWhileHydrating).toEqual(held);
    // React hears the engine from now on.
    const next = engine.turnTo(3, 'p4', 0);
    expect(heard).toHaveBeenCalledWith(next);
    expect(indicator()).toBe('2 / 5');
    expect(engine.destroy).not.toHaveBeenCalled();
    expect(detachInput).not.toHaveBeenCalled();
  });

  it('adopted with nothing turned while hydrating, gives no turn to replay', async () => {
    const { early } = await startedReader();
    early.handOverEarlyReader();
    const viewport = document.querySelector<HTMLElement>('.pager');
    if (!viewport) throw new Error('no pager');
    expect(early.adoptEarlyReader(viewport, vi.fn())?.turnedWhileHydrating).toBeNull();
  });

  it('stops, input and all, when React renders a pager of its own (after a hydration error), so that no two engines turn', async () => {
    const { early, engine } = await startedReader();
    early.handOverEarlyReader();
    const othersViewport = document.createElement('div');
    expect(early.adoptEarlyReader(othersViewport, vi.fn())).toBeNull();
    expect(engine.destroy).toHaveBeenCalledOnce();
    expect(detachInput).toHaveBeenCalledOnce();
    // Nothing is left to adopt later.
    const viewport = document.querySelector<HTMLElement>('.pager');
    if (!viewport) throw new Error('no pager');
    expect(early.adoptEarlyReader(viewport, vi.fn())).toBeNull();
  });

  it('leaves nothing running when its first layout fails, and the app starts its own engine', async () => {
    const early = await import('../../src/reader/earlyReader.ts');
    const layoutError = new Error('no layout');
    failLayout = layoutError;
    expect(() => early.startEarlyReader()).toThrow(layoutError);
    expect(engines[0]?.destroy).toHaveBeenCalledOnce();
    expect(detachInput).toHaveBeenCalledOnce();
    const viewport = document.querySelector<HTMLElement>('.pager');
    if (!viewport) throw new Error('no pager');
    expect(early.adoptEarlyReader(viewport, vi.fn())).toBeNull();
  });

  it('does nothing on a page that is not an article', async () => {
    window.history.replaceState(null, '', '/en/');
    const early = await import('../../src/reader/earlyReader.ts');
    early.startEarlyReader();
    expect(engines).toHaveLength(0);
    expect(early.handOverEarlyReader()).toBe(false);
  });
});
