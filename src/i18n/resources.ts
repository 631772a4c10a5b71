import enUi from '../../locales/en/ui.json' with { type: 'json' };
import koUi from '../../locales/ko/ui.json' with { type: 'json' };
import type { Language } from './languages.ts';

/**
 * UI strings for both languages ship in the main bundle: together they are a few hundred bytes gzipped,
 * and having both at hand is what makes the language switch instant. Article text is never here:
 * it is loaded per article (see src/articles/loadArticle.ts).
 */
export const uiResources = {
  en: { ui: enUi },
  ko: { ui: koUi },
} as const satisfies Record<Language, { ui: object }>;

export const defaultNamespace = 'ui';
