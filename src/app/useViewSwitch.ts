import { useCallback } from 'react';
import { updateSettings } from '../reader/readerSettings.ts';
import type { Session } from '../routing/history.ts';
import type { ArticleRoute } from '../routing/paths.ts';
import type { View } from '../routing/view.ts';

/**
 * One language or both: a new arrival at the same place in the other view (a history entry, so Back
 * returns, as the language toggle does), and the reader's preferred view from now on (reader settings),
 * which a plain link to any article opens in.
 */
export function useViewSwitch(route: ArticleRoute, go: Session['go']): (view: View) => void {
  return useCallback(
    (view: View) => {
      updateSettings({ view });
      if (view !== route.view) go({ ...route, view });
    },
    [route, go],
  );
}
