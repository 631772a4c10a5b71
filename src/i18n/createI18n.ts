import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages, type Language } from './languages.ts';
import { defaultNamespace, uiResources } from './resources.ts';

/**
 * One i18next instance per render: the prerender makes a fresh one per page so that pages never share
 * state, the browser makes one at start-up. Initialisation is synchronous (resources are inline), so the
 * first render already has its strings and hydration sees the same text the prerender wrote.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
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
  });
  return instance;
}
