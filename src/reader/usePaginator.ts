import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Arrival } from '../routing/history.ts';
import { useHydrated } from '../lib/useHydrated.ts';
import { adoptEarlyReader, earlyReaderState } from './earlyReader.ts';
import { keepFocusOnPage } from './keepFocusOnPage.ts';
import { attachPageTurnInput } from './pageTurnInput.ts';
import { Paginator, type Relocation } from './paginator.ts';


export interface PaginatorState {
  viewportRef: RefObject<HTMLDivElement | null>;
  columnsRef: RefObject<HTMLDivElement | null>;
  /**
   * False until this hook's engine has laid the pages out, or it adopted the one the entry started before
   * React (earlyReader.ts): always during the prerender and the hydrating render.
   */
  paged: boolean;
  page: number;
  pageCount: number;
  /**
   * Whether the live region speaks the current page and count ("Page 3 of 7"). False while the page loads
   * (its own layouts, web fonts, stored settings are nobody's action); true from the first change of page
   * or count after the reader did something (a key, a tap, a click, a resize), and from then on.
   */
  announce: boolean;
  next: () => void;
  prev: () => void;
}

/**
 * The one React wrapper around the paging engine. `request` moves the reader somewhere: each new arrival
 * of the session (a shared link, the language switch, Back), a new object even to the same place; an
 * unknown paragraph means the start. `layoutKey` names everything that changes line breaks (language, font size), so any
 * change of it re-lays out and returns to the same text.
 */
export function usePaginator(
  request: Arrival,
  layoutKey: string,
  onRelocate: (relocation: Relocation) => void,
): PaginatorState {
  const viewportRef = useRef<HTMLDivElement>(null);
  const columnsRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<Paginator | null>(null);
  const handledRequest = useRef<Arrival | null>(null);
  // The turn the reader made while React hydrated, or the engine's latest report since, until it is recorded
  // (earlyReader.ts; the adoption below).
  const turnWhileHydrating = useRef<Relocation | null>(null);
  const onRelocateRef = useRef(onRelocate);
  // The engine the entry started before React arrived (earlyReader.ts) already shows a page: the hydrating
  // render shows the same, as the toolbar already does. `paged` stays false until this hook has adopted it.
  const [state, setState] = useState(() => ({ paged: false, page: 0, pageCount: 1, ...earlyReaderState(), announce: false }));
  const readerActed = useRef(false);

  useEffect(() => {
    // Capture phase: noted before the key or click turns a page or changes a setting.
    const acted = (): void => {
      readerActed.current = true;
    };
    const inputs = ['keydown', 'pointerdown', 'click'] as const;
    for (const type of inputs) document.addEventListener(type, acted, { capture: true });
    // A rotation or a resized window: the resize steps run before the ResizeObserver that re-lays out.
    window.addEventListener('resize', acted);
    return () => {
      for (const type of inputs) document.removeEventListener(type, acted, { capture: true });
      window.removeEventListener('resize', acted);
    };
  }, []);

  // A layout effect, and declared first: the engine reports from layout effects below, and must reach the
  // callback of this render (after a language switch, the new language's), not the previous one.
  useLayoutEffect(() => {
    onRelocateRef.current = onRelocate;
  }, [onRelocate]);

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    const columns = columnsRef.current;
    if (!viewport || !columns) return;
    const onEngineRelocate = (relocation: Relocation): void => {
      setState((previous) => {
        const changed = relocation.page !== previous.page || relocation.pageCount !== previous.pageCount;
        return {
          paged: true,
          page: relocation.page,
          pageCount: relocation.pageCount,
          announce: previous.announce || (changed && readerActed.current),
        };
      });
      keepFocusOnPage(engine, columns, relocation);
      // Until hydrated, nothing is recorded: the place to record then is the latest.
      if (turnWhileHydrating.current) turnWhileHydrating.current = relocation;
      onRelocateRef.current(relocation);
    };
    const adopted = adoptEarlyReader(viewport, onEngineRelocate);
    // The reader turned while React hydrated the page as it had been: the request (that earlier place) is
    // taken as done, so the first layout below keeps the page the reader is on; once hydrated, the turn is
    // reported again, to be recorded (the hydrating render records nothing: useReadingPosition).
    turnWhileHydrating.current = adopted?.turnedWhileHydrating ?? null;
    const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
    const engine = adopted?.engine ?? new Paginator(viewport, columns, { prefersReducedMotion: () => motion.matches, onRelocate: onEngineRelocate });
    engineRef.current = engine;
    const detachInput = adopted?.detachInput ?? attachPageTurnInput(viewport, engine);
    // Tabbing to a link or button on another page brings that page into view.
    const onFocusIn = (event: FocusEvent): void => {
      if (event.target instanceof Element && event.target !== columns) engine.goToPage(engine.pageOfElement(event.target));
    };
    columns.addEventListener('focusin', onFocusIn);
    return () => {
      columns.removeEventListener('focusin', onFocusIn);
      detachInput();
      engine.destroy();
      engineRef.current = null;
      handledRequest.current = null;
    };
  }, []);

  const hydrated = useHydrated();
  useLayoutEffect(() => {
    const turn = turnWhileHydrating.current;
    if (!hydrated || !turn) return;
    turnWhileHydrating.current = null;
    onRelocateRef.current(turn);
  }, [hydrated]);

  useLayoutEffect(() => {
    const engine = engineRef.current;
    if (!engine) return;
    const isNewRequest = handledRequest.current !== request && !turnWhileHydrating.current;
    handledRequest.current = request;
    engine.layout(isNewRequest ? request.position : undefined);
  }, [request, layoutKey]);

  const next = useCallback(() => engineRef.current?.next(), []);
  const prev = useCallback(() => engineRef.current?.prev(), []);
  return { viewportRef, columnsRef, ...state, next, prev };
}
