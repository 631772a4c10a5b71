import { defaultLanguage, type Language } from '../i18n/languages.ts';

/**
 * The not-found page of each language, by the file a static host serves it from: Korean under /ko/, the
 * default language's at the root. Read by the prerender (scripts/build/sitePages.ts), the static host rule
 * (scripts/build/staticHost.ts) and the service worker, which answers unknown paths offline with it.
 */
export const notFoundPageFile = (language: Language): string => (language === defaultLanguage ? '404.html' : `${language}/404.html`);
