import type { Edition } from '../../../src/articles/edition.ts';

/**
 * What the bench runner (Node) and the bench page (Chromium) say to each other through `page.evaluate`.
 * Both sides import this file, so a change on one side that the other does not expect is a type error.
 */

export interface ArticleRequest {
  /** The real article in one language, as the content build validated it. */
  seed: Edition;
  /** How many times its paragraphs are repeated: 1 is the seed itself. */
  copies: number;
}

export interface ArticleFacts {
  paragraphs: number;
  /** Headline plus paragraph text, in UTF-16 code units. */
  chars: number;
  pages: number;
}

export interface Repetitions {
  /** Runs done first and thrown away: JIT compilation, font and shaping caches. */
  warmUp: number;
  measured: number;
}

/**
 * What makes each timed `layout()` call redo the browser's layout, as the reader's own triggers do, each
 * alternating between two states:
 * - `resize`: the reading area one pixel smaller, then back (window resize, rotation). Lines are re-broken
 *   and re-paginated; the browser keeps the text's shaping (glyph runs) from the last layout.
 * - `textSize`: the reader's text size one step up (A+), then back down. All text is shaped again too,
 *   and the page geometry changes: the heavier case.
 */
export type LayoutTrigger = 'resize' | 'textSize';

export const layoutTriggers: readonly LayoutTrigger[] = ['resize', 'textSize'];

export interface PagingBenchApi {
  /** Replaces the article on the page and lays it out once. */
  showArticle(request: ArticleRequest): ArticleFacts;
  /** Milliseconds per `layout()` call, each after `trigger` has invalidated the browser's layout. */
  timeLayouts(trigger: LayoutTrigger, repetitions: Repetitions): Promise<number[]>;
  /** Milliseconds per `next()` / `prev()` call, sweeping back and forth through the pages. */
  timePageTurns(repetitions: Repetitions): Promise<number[]>;
  /** False means the browser coarsened `performance.now()` to 100 µs (see the server's headers). */
  timerIsPrecise(): boolean;
}

declare global {
  interface Window {
    pagingBench?: PagingBenchApi;
  }
}
