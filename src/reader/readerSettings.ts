import { useEffect, useSyncExternalStore } from 'react';
import { readStored, writeStored } from '../lib/safeStorage.ts';
import { defaultView, isView, type View } from '../routing/view.ts';

/**
 * Text sizes offered by A−/A+, as a fraction of the browser's own default (which respects the OS setting).
 * reader.css has one `[data-font-step]` rule per entry: keep them in step.
 */
export const fontScales = [0.875, 1, 1.125, 1.25, 1.5, 1.75] as const;
export const defaultFontStep = 1;

export const themes = ['light', 'dark', 'sepia'] as const;
export type Theme = (typeof themes)[number];

export interface ReaderSettings {
  fontStep: number;
  /** null: follow the system's light or dark preference. */
  theme: Theme | null;
  /** The view a plain article link opens in (one language or both); the reader's last choice. */
  view: View;
}

export const defaultSettings: ReaderSettings = { fontStep: defaultFontStep, theme: null, view: defaultView };
const storageKey = 'reader:settings';

/** Whatever is stored (nothing, junk, an old format), a valid settings value comes out. */
export function parseSettings(stored: string | null): ReaderSettings {
  if (!stored) return defaultSettings;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return defaultSettings;
    const step = 'fontStep' in value && typeof value.fontStep === 'number' ? value.fontStep : defaultFontStep;
    const theme = 'theme' in value ? (themes.find((name) => name === value.theme) ?? null) : null;
    const fontStep = Number.isFinite(step) ? Math.min(Math.max(Math.trunc(step), 0), fontScales.length - 1) : defaultFontStep;
    const view = 'view' in value && isView(value.view) ? value.view : defaultView;
    return { fontStep, theme, view };
  } catch {
    return defaultSettings;
  }
}

/**
 * Settings live in localStorage (when it works) and in memory (always), so the reader works with storage
 * blocked. Other tabs' changes arrive through the `storage` event.
 */
let current: ReaderSettings | null = null;
const listeners = new Set<() => void>();

function snapshot(): ReaderSettings {
  current ??= parseSettings(readStored(storageKey));
  return current;
}

function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== storageKey) return;
    current = parseSettings(event.newValue);
    listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Changes settings from outside a settings control (the view switch makes its view the preferred one). */
export function updateSettings(change: Partial<ReaderSettings>): void {
  save({ ...snapshot(), ...change });
}

function save(next: ReaderSettings): void {
  current = next;
  writeStored(storageKey, JSON.stringify(next));
  for (const listener of listeners) listener();
}

/** The stored settings as they are now, outside React (the start-up resolves a plain link's view). */
export function storedSettings(): ReaderSettings {
  return snapshot();
}

/**
 * Font size, theme and preferred view. The prerendered page (and so hydration) uses the defaults, which the page cannot
 * know otherwise; the stored values apply in the render right after.
 */
export function useReaderSettings(): [ReaderSettings, (change: Partial<ReaderSettings>) => void] {
  const settings = useSyncExternalStore(subscribe, snapshot, () => defaultSettings);
  useEffect(() => {
    const root = document.documentElement;
    if (settings.theme) root.dataset.theme = settings.theme;
    else delete root.dataset.theme;
  }, [settings]);
  return [settings, updateSettings];
}

const darkQuery = '(prefers-color-scheme: dark)';

/**
 * The theme on screen when the reader has not chosen one, following live OS changes. The prerender (and so
 * hydration) assumes light; the real value arrives in the render right after.
 */
export function useSystemTheme(): Theme {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia(darkQuery);
      query.addEventListener('change', notify);
      return () => query.removeEventListener('change', notify);
    },
    () => (window.matchMedia(darkQuery).matches ? 'dark' : 'light'),
    () => 'light',
  );
}
