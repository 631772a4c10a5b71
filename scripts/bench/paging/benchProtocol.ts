import type { Edition } from '../../../src/articles/edition.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import type { View } from '../../../src/routing/view.ts';

/**
 * What the bench runner (Node) and the bench page (Chromium) say to each other through `page.evaluate`.
 * Both sides import this file, so a change on one side that the other does not expect is a type error.
 */

export interface ArticleRequest {
  /** The real article in every language, as the content build validated it: the app holds them all. */
  seeds: Edition[];
  /** The language it is read in. */
  language: Language;
  /** How many times its paragraphs are repeated: 1 is the seed itself. */
  copies: number;
  /** One language, or both (the other language paired with it, paragraph by paragraph). */
  view: View;
}

export interface ArticleFacts {
  paragraphs: number;
  /** Headline plus paragraph text, in UTF-16 code units. */
  chars: number;
  /** As the app's toolbar shows it. */
  pages: number;
}

export interface Repetitions {
  /** Runs done first and thrown away: JIT compilation, font and shaping caches. */
  warmUp: number;
  measured: number;
}

/**
 * The reader's inputs that make the app lay the whole article out again, each alternating between two states:
 * - `resize`: the reading view one pixel narrower and shorter, then back (window resize, rotation). Lines
 *   are re-broken and re-paginated; the browser keeps the text's shaping (glyph runs) from the last layout.
 * - `textSize`: A+ in the reader's settings menu, then A−. All text is shaped again too, and the page
 *   geometry changes: the heavier case.
 */
export type LayoutTrigger = 'resize' | 'textSize';

export const layoutTriggers: readonly LayoutTrigger[] = ['resize', 'textSize'];

/** One input, from just before it reached the app until the app was done with it. */
export interface InputSample {
  ms: number;
  /**
   * Of that, until the input's event handlers had returned: for a key press, the engine's turn and what the
   * app does synchronously in answer (URL, state updates), before React renders. Null for a resize.
   */
  handlersMs: number | null;
  /** React commits it caused. */
  commits: number;
  /** Times the pages' box changed size (each one a re-layout by the engine's ResizeObserver). */
  resizes: number;
  /** Paragraphs React re-rendered (committed a new render of, whether or not the DOM changed). */
  paragraphsRendered: number;
  /** Paragraphs whose text or children changed in the DOM. */
  paragraphsChanged: number;
}

export interface PagingBenchApi {
  /** Replaces the app on the page with one reading the article, and waits until it has laid it out. */
  showArticle(request: ArticleRequest): Promise<ArticleFacts>;
  /** One sample per input of `trigger`, each after the app had finished with the previous one. */
  timeLayouts(trigger: LayoutTrigger, repetitions: Repetitions): Promise<InputSample[]>;
  /** One sample per ArrowRight / ArrowLeft key press, sweeping back and forth through the pages. */
  timePageTurns(repetitions: Repetitions): Promise<InputSample[]>;
  /** False means the browser coarsened `performance.now()` to 100 µs (see the server's headers). */
  timerIsPrecise(): boolean;
}

declare global {
  interface Window {
    pagingBench?: PagingBenchApi;
  }
}
