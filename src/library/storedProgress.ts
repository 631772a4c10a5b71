import type { CatalogEntry } from '../articles/catalogIndex.ts';
import { recallPosition, recallView } from '../articles/readingProgress.ts';
import type { Language } from '../i18n/languages.ts';
import { articlePath } from '../routing/paths.ts';
import { defaultView } from '../routing/view.ts';

/** How far this device got in an article: the paragraph it was in, and a link back to that place. */
export interface StoredProgress {
  href: string;
  /** The paragraph's number (1 = the first), and how many there are. */
  current: number;
  total: number;
}

/**
 * The reader's place in `entry` (src/articles/readingProgress.ts), as the library shows it; null when the
 * article was not started here, or the stored paragraph is no longer in it.
 */
export function storedProgress(entry: CatalogEntry, language: Language): StoredProgress | null {
  const position = recallPosition(entry.slug, language);
  const index = position ? entry.paragraphKeys.indexOf(position.paragraph) : -1;
  if (!position || index === -1) return null;
  return {
    href: articlePath(language, entry.slug, position, recallView(entry.slug) ?? defaultView),
    current: index + 1,
    total: entry.paragraphKeys.length,
  };
}
