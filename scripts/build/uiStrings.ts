import i18next, { type TFunction } from 'i18next';
import { i18nOptions } from '../../src/i18n/i18nOptions.ts';
import type { Language } from '../../src/i18n/languages.ts';

/**
 * The interface strings of one language for what the build writes outside the pages (the feeds), without
 * react-i18next: the prerender runs beside the server bundle's React, and loading react-i18next here would
 * load React a second time, in development mode, before the bundle's production React (a broken render).
 */
export function uiStrings(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init(i18nOptions(language));
  return instance.t;
}
