import type { i18n } from 'i18next';
import type { Language } from './languages.ts';

const speakers = new WeakMap<i18n, Map<Language, i18n>>();

/**
 * The i18next instance that speaks `language`, derived from the route and never switched in place: nothing
 * calls `changeLanguage`, so no render can show one language's strings beside the other's (Back across a
 * language switch re-renders everything under the instance of the route's language at once). The instances
 * share the root's resource store, so UI strings and every loaded edition are stored once.
 */
export function i18nForLanguage(root: i18n, language: Language): i18n {
  if (root.language === language) return root;
  let byLanguage = speakers.get(root);
  if (!byLanguage) {
    byLanguage = new Map();
    speakers.set(root, byLanguage);
  }
  let speaker = byLanguage.get(language);
  if (!speaker) {
    speaker = root.cloneInstance({ lng: language });
    byLanguage.set(language, speaker);
  }
  return speaker;
}
