import type { InitOptions } from 'i18next';
import { defaultLanguage, languages, type Language } from './languages.ts';
import { defaultNamespace, uiResources } from './resources.ts';

/**
 * The settings of every i18next instance (createI18n.ts), in a module of their own that does not import
 * React: the preview cards (scripts/og/) need the strings alone, in the build's own process, which must not
 * load React before the SSR bundle does (two copies of React, development and production, then meet).
 */
export function i18nOptions(language: Language): InitOptions {
  return {
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    // A copy: i18next adds bundles (the article editions) into the object it is given, and one shared
    // object would carry one page's editions into every instance made after it.
    resources: structuredClone(uiResources),
    defaultNS: defaultNamespace,
    ns: [defaultNamespace],
    initAsync: false,
    // React escapes text itself; i18next's escaping would double-escape quotes in headlines.
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}
