import type { FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { mainContentId } from '../lib/mainContent.ts';

/** Shown when rendering fails: in the reader's language, with a way to try again that keeps the URL. */
export function ErrorFallback({ resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <main id={mainContentId} className="message-page" role="alert" tabIndex={-1}>
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" className="text-button" onClick={resetErrorBoundary}>
        {t('error.retry')}
      </button>
    </main>
  );
}
