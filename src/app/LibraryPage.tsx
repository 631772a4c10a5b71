import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogIndex } from '../articles/catalogIndex.ts';
import { otherLanguage, type Language } from '../i18n/languages.ts';
import { mainContentId } from '../lib/mainContent.ts';
import { useHydrated } from '../lib/useHydrated.ts';
import { LibraryList } from '../library/LibraryList.tsx';
import { LanguageToggle } from '../reader/LanguageToggle.tsx';
import type { Session } from '../routing/history.ts';
import { libraryPath } from '../routing/paths.ts';
import { pageTitle } from './DocumentHead.tsx';

/**
 * Marks a prerendered library. A static host resolves dot segments before it looks for a file, so it may
 * serve a library at an address that names none (/en/articles/%2e%2e%2f is /en/): the app hydrates the page
 * it was sent.
 */
export const libraryMarker = 'library';

interface LibraryPageProps {
  language: Language;
  catalog: CatalogIndex;
  go: Session['go'];
}

/**
 * `/en/`, `/ko/`: every article, newest first. The language toggle goes to the other library, in place (the
 * catalog holds both languages); the reader's progress appears once hydrated, in space kept for it.
 */
export function LibraryPage({ language, catalog, go }: LibraryPageProps) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    document.title = pageTitle(t('library.title'), t);
  }, [t]);
  return (
    <div className="library" data-page={libraryMarker}>
      <header className="library-head">
        <p className="library-site">{t('siteName')}</p>
        <LanguageToggle
          language={language}
          href={libraryPath(otherLanguage(language))}
          onSwitch={(to) => go({ page: 'library', language: to })}
          hint={t('library.toggleHint')}
        />
      </header>
      <main id={mainContentId} className="library-main" tabIndex={-1}>
        <h1 className="library-title">{t('library.title')}</h1>
        <LibraryList catalog={catalog} language={language} showProgress={hydrated} />
      </main>
    </div>
  );
}
