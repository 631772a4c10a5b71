import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { mainContentId } from '../lib/mainContent.ts';
import { homePath } from '../routing/paths.ts';
import { pageTitle } from './DocumentHead.tsx';

/** Marks the prerendered not-found page, which static hosts serve at any unknown address. */
export const notFoundMarker = 'not-found';

/** What an unknown language, article or address gets, in the reader's language (Korean under /ko/). */
export function NotFoundPage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = pageTitle(t('notFound.title'), t);
  }, [t]);
  return (
    <main id={mainContentId} className="message-page" tabIndex={-1} data-page={notFoundMarker}>
      <p className="message-site">{t('siteName')}</p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a href={homePath()}>{t('notFound.home')}</a>
      </p>
    </main>
  );
}
