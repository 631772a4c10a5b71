import enUi from '../../locales/en/ui.json' with { type: 'json' };
import koUi from '../../locales/ko/ui.json' with { type: 'json' };
import { paragraphStart, type Position } from '../articles/position.ts';
import { otherLanguage } from '../i18n/languages.ts';
import { articlePath, parseUrl, type ArticleRoute } from '../routing/paths.ts';
import { recordUrl } from '../routing/recordUrl.ts';
import { keepFocusOnPage } from './keepFocusOnPage.ts';
import { attachPageTurnInput } from './pageTurnInput.ts';
import { Paginator, type Relocation } from './paginator.ts';

/**
 * The reader before React: the paging engine started by the small entry (main.tsx) on the prerendered page,
 * so that pages turn (keys, swipes, edge taps, the page buttons) as soon as the entry has run, not once React,
 * i18next and the app have been fetched and hydrated (a second later on a slow phone). React then adopts
 * this very engine (usePaginator.ts) instead of starting a second one.
 *
 * Until then it does by hand the little the app would: it shows the page in the toolbar, keeps the language
 * toggle's link at the reader's paragraph, and records the place in the URL (recordUrl.ts). Each of these
 * writes what the hydrating render will render for the same place (startApp.tsx hydrates at the place the
 * URL then records), so hydration finds what it renders. (One exception: a `?view=both` link's toggle, which
 * the prerendered page, in one language, cannot know; React's first render after hydration sets it.)
 */

export interface EarlyReaderState {
  page: number;
  pageCount: number;
}

interface EarlyReader {
  engine: Paginator;
  viewport: HTMLElement;
  state: EarlyReaderState;
  /** Who hears the engine: this module until React adopts it, then usePaginator. */
  hears: { listener: (relocation: Relocation) => void };
  detachInput: () => void;
  /** The page buttons' and focus listeners, which React's own replace. */
  detachExtras: () => void;
  /**
   * Set at the hand-over: from then on React hydrates the page as it was, so the engine's turns (keys and
   * swipes still work) are held here, never written to the page or the URL, and given to React when it
   * adopts the engine. The last one wins.
   */
  handedOver: boolean;
  heldBack: Relocation | null;
}

let early: EarlyReader | null = null;

const indicatorTemplates = { en: enUi.reader.pageIndicator, ko: koUi.reader.pageIndicator };

/**
 * Starts the engine on the prerendered article, at the URL's place (the page the browser's fragment
 * navigation already shows for `#p3`, reader.css). Does nothing on any other page, or when already started.
 * Its own `data-paged` is React's: it says when the app has adopted the engine.
 */
export function startEarlyReader(): void {
  if (early) return;
  const route = parseUrl(window.location.pathname, window.location.hash, window.location.search);
  const reader = document.querySelector<HTMLElement>('.reader');
  const viewport = reader?.querySelector<HTMLElement>('.pager');
  const columns = viewport?.querySelector<HTMLElement>('.pager-columns');
  if (route.page !== 'article' || !reader || !viewport || !columns) return;
  // The prerendered page is one language at its start; a link to both languages still reads in one until
  // the app arrives, and the toggle's link is that of the page shown.
  const shown: ArticleRoute = { ...route, view: 'one' };
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const hears: EarlyReader['hears'] = { listener: () => undefined };
  const engine = new Paginator(viewport, columns, {
    prefersReducedMotion: () => motion.matches,
    onRelocate: (relocation) => hears.listener(relocation),
  });
  const state: EarlyReaderState = { page: 0, pageCount: 1 };
  // The place in the URL: the link's, until the reader turns a page.
  let place = route.position;
  hears.listener = (relocation: Relocation): void => {
    if (early?.handedOver) {
      early.heldBack = relocation;
      return;
    }
    state.page = relocation.page;
    state.pageCount = relocation.pageCount;
    keepFocusOnPage(engine, columns, relocation);
    showPage(reader, route, relocation);
    if (relocation.cause === 'turn') {
      // The start is no place worth a fragment (positionToKeep in position.ts says the same).
      place = relocation.page === 0 ? null : relocation.position;
      recordUrl({ ...route, position: place });
    }
    setToggleLink(reader, shown, place);
  };
  const onFocusIn = (event: FocusEvent): void => {
    if (event.target instanceof Element && event.target !== columns) engine.goToPage(engine.pageOfElement(event.target));
  };
  columns.addEventListener('focusin', onFocusIn);
  const [previous, next] = reader.querySelectorAll<HTMLElement>('.page-controls .page-button');
  const turnBack = (): void => engine.prev();
  const turnOn = (): void => engine.next();
  previous?.addEventListener('click', turnBack);
  next?.addEventListener('click', turnOn);
  early = {
    engine,
    viewport,
    state,
    hears,
    detachInput: attachPageTurnInput(viewport, engine),
    detachExtras: () => {
      columns.removeEventListener('focusin', onFocusIn);
      previous?.removeEventListener('click', turnBack);
      next?.removeEventListener('click', turnOn);
    },
    handedOver: false,
    heldBack: null,
  };
  try {
    engine.layout(route.position);
  } catch (error) {
    // Nothing half started is left for React to adopt: it starts its own engine (usePaginator.ts).
    early.detachExtras();
    early.detachInput();
    engine.destroy();
    early = null;
    throw error;
  }
}

/**
 * Called just before hydration starts (after the app's last await): whether the engine runs. From here on
 * the page and the URL stay as they are, which is what the hydrating render renders: the page buttons' own
 * listeners go (React replays a click made while it hydrates, and both would turn the page), and a turn
 * made with a key or a swipe is held back until React adopts the engine.
 */
export function handOverEarlyReader(): boolean {
  if (!early) return false;
  early.detachExtras();
  early.handedOver = true;
  return true;
}

/**
 * The page the early engine showed when it was handed over, for the hydrating render to render the same
 * (null: it never started).
 */
export function earlyReaderState(): EarlyReaderState | null {
  return early ? { ...early.state } : null;
}

/**
 * React's reading view takes over the engine started on its own elements (the hydrated DOM is the
 * prerendered DOM), with the input already attached to it, and the turn made while it hydrated, if any
 * (to show and record now). Null when there is none for this viewport: then an engine that ran on other
 * elements (React rendered the page anew, after a hydration error) is stopped, or two would turn.
 */
export function adoptEarlyReader(
  viewport: HTMLElement,
  listener: (relocation: Relocation) => void,
): { engine: Paginator; detachInput: () => void; turnedWhileHydrating: Relocation | null } | null {
  const found = early;
  // Adopted or stopped once: a later reading view (after an error, another article) starts its own engine.
  early = null;
  if (!found) return null;
  found.detachExtras();
  if (found.viewport !== viewport) {
    found.detachInput();
    found.engine.destroy();
    return null;
  }
  found.hears.listener = listener;
  return { engine: found.engine, detachInput: found.detachInput, turnedWhileHydrating: found.heldBack };
}

/** The toolbar as PageControls renders it for this page (same text, same attributes). */
function showPage(reader: HTMLElement, route: ArticleRoute, { page, pageCount }: Relocation): void {
  const current = page + 1;
  const indicator = reader.querySelector('.page-indicator');
  if (indicator) {
    indicator.textContent = indicatorTemplates[route.language].replace('{{current}}', String(current)).replace('{{total}}', String(pageCount));
  }
  const progress = reader.querySelector<HTMLProgressElement>('.page-progress');
  if (progress) {
    progress.max = pageCount;
    progress.value = current;
  }
  const [previous, next] = reader.querySelectorAll<HTMLElement>('.page-controls .page-button');
  previous?.setAttribute('aria-disabled', String(page <= 0));
  next?.setAttribute('aria-disabled', String(page >= pageCount - 1));
}

/** The toggle's link as useLanguageSwitch makes it before the other edition is loaded: the paragraph's start. */
function setToggleLink(reader: HTMLElement, route: ArticleRoute, position: Position | null): void {
  const toggle = reader.querySelector<HTMLAnchorElement>('.language-toggle');
  const carried = position && paragraphStart(position);
  toggle?.setAttribute('href', articlePath(otherLanguage(route.language), route.slug, carried, route.view));
}
