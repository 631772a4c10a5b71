import { useSyncExternalStore } from 'react';
import type { Language } from '../i18n/languages.ts';

/** What a screen reader hears when a peek opens: its name in the reader's language, then its text in its own. */
export interface PeekAnnouncement {
  label: string;
  text: string;
  language: Language;
}

/**
 * Which paragraph's counterpart is open below it ("peek"): at most one at a time, so opening another closes
 * the first. A store outside React rather than state in the article page: each paragraph's toggle and panel
 * subscribe to their own key alone, so opening a peek re-renders two paragraphs, not all of them, and a
 * page turn re-renders none (the paragraphs are memoised: ArticleBody.tsx).
 */
export interface PeekStore {
  /** The open paragraph's key, or null. */
  openKey(): string | null;
  /** Opens `key`'s peek; focus goes back to `returnFocusTo` when it closes (the toggle that opened it). */
  open(key: string, returnFocusTo: HTMLElement | null): void;
  /** Closes the open peek. `restoreFocus`: put focus back where it was when it opened (Escape). */
  close(restoreFocus: boolean): void;
  /** What the open peek shows now (its text, or that it is loading or missing); null when none is open. */
  announcement(): PeekAnnouncement | null;
  announce(announcement: PeekAnnouncement): void;
  subscribe(listener: () => void): () => void;
}

export function createPeekStore(): PeekStore {
  let openKey: string | null = null;
  let returnFocusTo: HTMLElement | null = null;
  let announcement: PeekAnnouncement | null = null;
  const listeners = new Set<() => void>();
  const emit = (): void => {
    for (const listener of listeners) listener();
  };
  return {
    openKey: () => openKey,
    announcement: () => announcement,
    open(key, focusTarget) {
      openKey = key;
      returnFocusTo = focusTarget;
      announcement = null;
      emit();
    },
    announce(next) {
      if (openKey === null) return;
      announcement = next;
      emit();
    },
    close(restoreFocus) {
      if (openKey === null) return;
      const target = returnFocusTo;
      openKey = null;
      returnFocusTo = null;
      announcement = null;
      emit();
      // preventScroll: the paging engine shows the focused element's page itself (usePaginator.ts); a
      // browser scroll would shift the clipped page box instead.
      if (restoreFocus && target?.isConnected) target.focus({ preventScroll: true });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether `key`'s peek is open; re-renders the caller only when that answer changes. */
export function usePeekOpen(store: PeekStore, key: string): boolean {
  const isOpen = (): boolean => store.openKey() === key;
  return useSyncExternalStore(store.subscribe, isOpen, () => false);
}

/** The open peek's announcement (null: none), for the one live region that speaks it. */
export function usePeekAnnouncement(store: PeekStore): PeekAnnouncement | null {
  return useSyncExternalStore(store.subscribe, store.announcement, () => null);
}
