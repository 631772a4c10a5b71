import type { Language } from '../i18n/languages.ts';
import { readStored, removeStored, writeStored } from '../lib/safeStorage.ts';
import { isParagraphKey } from './ids.ts';
import type { Position } from './position.ts';

/**
 * "Continue reading": the last position in each article, kept on this device. Stored with its language,
 * since an offset counts characters of one language's text.
 */
interface StoredPosition extends Position {
  language: Language;
}

const keyFor = (slug: string): string => `reader:position:${slug}`;

export function rememberPosition(slug: string, language: Language, position: Position): void {
  const stored: StoredPosition = { language, paragraph: position.paragraph, offset: position.offset };
  writeStored(keyFor(slug), JSON.stringify(stored));
}

/** At the start of the article there is nothing to continue. */
export function forgetPosition(slug: string): void {
  removeStored(keyFor(slug));
}

/**
 * The remembered position for reading in `language`, or null. Remembered in the other language, it resumes
 * at the start of the same paragraph (the paragraph keys are shared; character offsets are not).
 */
export function recallPosition(slug: string, language: Language): Position | null {
  const raw = readStored(keyFor(slug));
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const paragraph = 'paragraph' in value && typeof value.paragraph === 'string' ? value.paragraph : null;
    const offset = 'offset' in value && typeof value.offset === 'number' && Number.isFinite(value.offset) ? value.offset : 0;
    const sameLanguage = 'language' in value && value.language === language;
    if (!paragraph || !isParagraphKey(paragraph)) return null;
    return { paragraph, offset: sameLanguage ? Math.max(0, Math.trunc(offset)) : 0 };
  } catch {
    return null;
  }
}
