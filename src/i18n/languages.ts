/** The languages the reader is published in. The first is the fallback for everything. */
export const languages = ['en', 'ko'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'en';

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

/** The language a reader switches to from `language` (the product is bilingual: there is exactly one other). */
export function otherLanguage(language: Language): Language {
  return language === 'en' ? 'ko' : 'en';
}

/** Open Graph wants territory-qualified locales (`og:locale`), not BCP 47 tags. */
export const openGraphLocale: Record<Language, string> = { en: 'en_US', ko: 'ko_KR' };

/**
 * Picks the reader's language from the browser's ordered preferences (`navigator.languages`):
 * the first supported primary subtag wins, so `ko-KR` and `ko` both mean Korean.
 */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(primary)) return primary;
  }
  return defaultLanguage;
}
