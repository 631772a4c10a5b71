import { useCallback, useEffect } from 'react';
import type { Edition } from '../articles/edition.ts';
import { positionToKeep, samePosition } from '../articles/position.ts';
import { forgetPosition, rememberPosition } from '../articles/readingProgress.ts';
import type { Relocation } from '../reader/paginator.ts';
import type { Session } from '../routing/history.ts';
import type { ArticleRoute } from '../routing/paths.ts';
import { useHydrated } from '../lib/useHydrated.ts';

/**
 * Where the reader is: the engine reports it, the route records it (and with it the URL), and "continue
 * reading" storage follows the route. Returns the engine's `onRelocate`.
 */
export function useReadingPosition(route: ArticleRoute, edition: Edition, record: Session['record']): (relocation: Relocation) => void {
  const { language, slug, position, view } = route;
  useEffect(() => {
    if (position) rememberPosition(slug, language, position, view);
    else forgetPosition(slug);
  }, [slug, language, position, view]);

  // The hydrating render shows the prerendered route (one language, the start), while the engine already
  // goes to the landing's place: a place reported then belongs to the landing route, rendered right after,
  // and recorded into the prerendered one it would drop the landing's view from the URL and the route.
  const hydrated = useHydrated();
  return useCallback(
    (relocation: Relocation) => {
      const kept = positionToKeep(relocation.position, edition);
      if (hydrated && !samePosition(kept, route.position)) record({ ...route, position: kept });
    },
    [route, edition, record, hydrated],
  );
}
