import { useCallback, useEffect, useState } from 'react';
import { parseUrl, type Route } from './paths.ts';

/**
 * The app's route, kept in step with the browser's history. Language switches push a history entry (Back
 * returns to the other language); reading only replaces the current entry's fragment, so turning forty
 * pages does not leave forty entries behind Back.
 */
export function useHistoryRoute(initial: Route): { route: Route; navigate: (path: string) => void } {
  const [route, setRoute] = useState(initial);
  useEffect(() => {
    const onPopState = (): void => setRoute(currentRoute());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const navigate = useCallback((path: string) => {
    window.history.pushState(null, '', path);
    setRoute(currentRoute());
  }, []);
  return { route, navigate };
}

export function currentRoute(): Route {
  return parseUrl(window.location.pathname, window.location.hash);
}

/** Records where the reader is without adding a history entry or re-rendering anything. */
export function replaceUrl(path: string): void {
  const here = window.location.pathname + window.location.hash;
  if (here !== path) window.history.replaceState(window.history.state, '', path);
}
