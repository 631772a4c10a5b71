import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False during the prerender and the hydrating render, true afterwards: for UI that depends on the
 * browser (storage, for one) and so must not be in the prerendered HTML, lest hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
