import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import type { Edition } from './edition.ts';
import { loadEdition, readEdition } from './editionStore.ts';

export interface EditionState {
  /** null while loading, or when it could not be loaded. */
  edition: Edition | null;
  /** Loading failed (offline, a server error, a broken file): the page says so and offers `retry`. */
  failed: boolean;
  retry: () => void;
}

/**
 * One edition of one article, from the i18next store (filled by the start-up, the prerender or an earlier
 * load), loading it when it is not there yet: Back/Forward into a language not loaded yet. A null language
 * asks for nothing (the second language, while only one is shown).
 */
export function useEdition(language: Language | null, slug: string): EditionState {
  const { i18n } = useTranslation();
  const edition = language && readEdition(i18n, language, slug);
  const [attempt, setAttempt] = useState({ key: '', number: 0, failed: false });
  const key = `${language}/${slug}`;
  const failed = attempt.key === key && attempt.failed;

  useEffect(() => {
    if (edition || failed || !language) return;
    let current = true;
    const settle = (loaded: Edition | null): void => {
      if (current) setAttempt((previous) => ({ key, number: previous.number, failed: loaded === null }));
    };
    loadEdition(i18n, language, slug).then(settle, () => settle(null));
    return () => {
      current = false;
    };
  }, [edition, failed, i18n, language, slug, key, attempt.number]);

  const retry = useCallback(() => setAttempt((previous) => ({ key, number: previous.number + 1, failed: false })), [key]);
  return { edition, failed, retry };
}
