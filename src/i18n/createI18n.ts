import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions } from './i18nOptions.ts';
import type { Language } from './languages.ts';

/**
 * One i18next instance per render: the prerender makes a fresh one per page so that pages never share
 * state, the browser makes one at start-up. Initialisation is synchronous (resources are inline), so the
 * first render already has its strings and hydration sees the same text the prerender wrote.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init(i18nOptions(language));
  return instance;
}
