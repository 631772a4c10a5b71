import { useTranslation } from 'react-i18next';

interface UnavailableNoticeProps {
  /** What could not be loaded, in the reader's language. */
  message: string;
  onRetry: () => void;
  onDismiss?: () => void;
}

/** Something the reader asked for could not be loaded (offline, a server error): said plainly, with a retry. */
export function UnavailableNotice({ message, onRetry, onDismiss }: UnavailableNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="reader-notice" role="status">
      <p>{message}</p>
      <button type="button" className="link-button" onClick={onRetry}>
        {t('error.retry')}
      </button>
      {onDismiss ? (
        <button type="button" className="link-button" onClick={onDismiss} aria-label={t('dismiss')}>
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </div>
  );
}
