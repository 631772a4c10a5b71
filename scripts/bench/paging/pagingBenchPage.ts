import '../../../src/styles/base.css';
import '../../../src/styles/reader.css';
import type { Position } from '../../../src/articles/position.ts';
import { Paginator } from '../../../src/reader/paginator.ts';
import { defaultFontStep } from '../../../src/reader/readerSettings.ts';
import type { ArticleFacts, ArticleRequest, LayoutTrigger, PagingBenchApi, Repetitions } from './benchProtocol.ts';
import { renderReader, type ReaderElements } from './readerMarkup.ts';
import { charCount, syntheticEdition } from './syntheticEdition.ts';

/**
 * The bench page: the real Paginator and the real stylesheets on a plain-DOM reading view. Every timed call
 * is a single synchronous engine call, measured with performance.now() around it, one call per frame.
 */
interface Shown {
  elements: ReaderElements;
  engine: Paginator;
  /** Where re-layouts return to: mid-article, so `layout()` does the anchor lookup a resize does. */
  anchor: Position;
}

let shown: Shown | null = null;

function current(): Shown {
  if (!shown) throw new Error('showArticle() must run first');
  return shown;
}

/**
 * Resolves after the next frame has been rendered, so each timed call starts, like a real tap or resize,
 * with style and layout clean and the previous call's follow-up work (ResizeObserver, transitions) done.
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function showArticle({ seed, copies }: ArticleRequest): ArticleFacts {
  shown?.engine.destroy();
  shown?.elements.reader.remove();
  const edition = syntheticEdition(seed, copies);
  const elements = renderReader(edition);
  document.documentElement.lang = edition.language;
  document.body.append(elements.reader);
  const engine = new Paginator(elements.viewport, elements.columns, {
    onRelocate: () => {},
    // The default setting: turns animate, so a turn pays for starting its transition as it does for readers.
    prefersReducedMotion: () => false,
  });
  const middle = edition.paragraphs[Math.floor(edition.paragraphs.length / 2)] ?? edition.paragraphs[0];
  const anchor = { paragraph: middle?.id ?? '', offset: Math.floor((middle?.text.length ?? 0) / 2) };
  engine.layout(anchor);
  shown = { elements, engine, anchor };
  return { paragraphs: edition.paragraphs.length, chars: charCount(edition), pages: engine.pageCount };
}

/** Makes the browser's layout stale the way `trigger` does for readers: to its altered state, or back. */
function invalidate(reader: HTMLElement, trigger: LayoutTrigger, altered: boolean): void {
  if (trigger === 'resize') {
    const shrink = altered ? 1 : 0;
    reader.style.width = `${window.innerWidth - shrink}px`;
    reader.style.height = `${window.innerHeight - shrink}px`;
  } else {
    // The reader's A+ and back, set the way ReaderView sets it (reader.css sizes each step).
    reader.dataset.fontStep = String(altered ? defaultFontStep + 1 : defaultFontStep);
  }
}

async function timeLayouts(trigger: LayoutTrigger, { warmUp, measured }: Repetitions): Promise<number[]> {
  const { elements, engine, anchor } = current();
  engine.layout(anchor);
  const samples: number[] = [];
  const sizesSeen = new Set<string>();
  for (let run = 0; run < warmUp + measured; run += 1) {
    await afterNextFrame();
    // Without this the browser's layout would still be valid and layout() would time cache hits. With it,
    // the engine's own reads (clientWidth, getClientRects) make the browser recompute style and layout,
    // synchronously, inside the timed call.
    invalidate(elements.reader, trigger, run % 2 === 0);
    const { viewport, columns } = elements;
    const start = performance.now();
    // A resize reaches the engine through its ResizeObserver, with the new size; this is the same call,
    // made synchronously so that it can be timed (reading the size is the browser's own reflow).
    if (trigger === 'resize') engine.resize(viewport.clientWidth, viewport.clientHeight);
    else engine.layout();
    const elapsed = performance.now() - start;
    if (run >= warmUp) samples.push(elapsed);
    sizesSeen.add(trigger === 'resize' ? `${viewport.clientWidth}x${viewport.clientHeight}` : getComputedStyle(columns).fontSize);
  }
  // A trigger that changed nothing would time cache hits and report them as layouts.
  if (sizesSeen.size < 2) throw new Error(`the ${trigger} trigger left the reading view unchanged`);
  elements.reader.removeAttribute('style');
  elements.reader.dataset.fontStep = String(defaultFontStep);
  engine.layout(anchor);
  return samples;
}

async function timePageTurns({ warmUp, measured }: Repetitions): Promise<number[]> {
  const { engine, anchor } = current();
  engine.layout(anchor);
  if (engine.pageCount < 2) return [];
  engine.first();
  const samples: number[] = [];
  let forward = true;
  for (let turn = 0; turn < warmUp + measured; turn += 1) {
    await afterNextFrame();
    // Read to the end, then back to the start, and again: every turn moves.
    if (forward && engine.page === engine.pageCount - 1) forward = false;
    if (!forward && engine.page === 0) forward = true;
    const start = performance.now();
    if (forward) engine.next();
    else engine.prev();
    const elapsed = performance.now() - start;
    if (turn >= warmUp) samples.push(elapsed);
  }
  return samples;
}

const api: PagingBenchApi = {
  showArticle,
  timeLayouts,
  timePageTurns,
  timerIsPrecise: () => window.crossOriginIsolated,
};
window.pagingBench = api;
