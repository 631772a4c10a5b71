import { useCallback, useEffect, useState } from 'react';
import type { Position } from '../articles/position.ts';
import { useHydrated } from '../lib/useHydrated.ts';
import { parseUrl, sessionRoutePath, type ArticleRoute, type Route, type SessionRoute } from './paths.ts';
import { recordUrl } from './recordUrl.ts';

/**
 * The session: the route, kept in step with the browser's history, and the last arrival (a new request to
 * show a place). Every way into a state goes through here: the first load, a link or the language toggle of
 * an article or a library (`go`, a new history entry, so Back returns), Back/Forward (`popstate`). Reading itself only `record`s where
 * the reader is: it replaces the entry's URL and updates the route, but is not an arrival, so the engine is
 * not sent anywhere and forty page turns leave no forty entries behind Back.
 */
export interface Session {
  route: Route;
  /** A new object for every arrival, even at the same place (Back to where the reader already is). */
  arrival: Arrival;
  go: (route: SessionRoute) => void;
  record: (route: ArticleRoute) => void;
}

/** Where an arrival asked to go (null: the start); the paging engine takes it as its request. */
export interface Arrival {
  position: Position | null;
}

interface SessionState {
  route: Route;
  arrival: Arrival;
}

const arriveAt = (route: Route): SessionState => ({
  route,
  arrival: { position: route.page === 'article' ? route.position : null },
});

/**
 * @param initial what the prerendered page shows, which hydration must render first.
 * @param landing where the URL really points, when that differs from the page the server sent (a position,
 *   which the prerender never has; a static host's English not-found page under /ko/): the first arrival,
 *   shown right after hydration, with no new history entry. React does not patch attributes that differ
 *   while it hydrates, so the hydrating render must be the prerendered page exactly.
 */
export function useSession(initial: Route, landing?: Route): Session {
  const [state, setState] = useState(() => arriveAt(landing ?? initial));
  // The hydrating render must match the prerendered HTML; the next render shows where the URL points.
  const hydrated = useHydrated();
  // Stryker disable ArrayDeclaration: a constant dependency list; any constant list behaves the same.
  useEffect(() => {
    const onPopState = (): void => setState(arriveAt(currentRoute()));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const go = useCallback((route: SessionRoute) => {
    // Stryker disable next-line StringLiteral: the title argument is ignored by every browser.
    window.history.pushState(null, '', sessionRoutePath(route));
    setState(arriveAt(route));
  }, []);
  // Called only when the place changed (useReadingPosition compares), so it always writes.
  const record = useCallback((route: ArticleRoute) => {
    recordUrl(route);
    setState((previous) => ({ route, arrival: previous.arrival }));
  }, []);
  // Stryker restore ArrayDeclaration
  return { route: hydrated ? state.route : initial, arrival: state.arrival, go, record };
}

export function currentRoute(): Route {
  return parseUrl(window.location.pathname, window.location.hash, window.location.search);
}
