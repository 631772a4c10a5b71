import type { InitOptions } from 'i18next';
import { defaultLanguage, languages, type Language } from './languages.ts';
import { defaultNamespace, uiResources } from './resources.ts';

/**
 * How every i18next instance of the reader is set up, in a module that does not load React: the app's
 * instances (createI18n.ts) add react-i18next to it; the build's preview cards (scripts/og/) and feeds
 * (scripts/build/uiStrings.ts) use it as it is, so the build process never loads a second React beside the
 * server bundle's (two copies of React, development and production, would then meet).
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
