import { useTranslation } from 'react-i18next';

interface ResumeNoticeProps {
  onStartOver: () => void;
  onDismiss: () => void;
}

/** Tells a returning reader why the article did not open at the top, and offers the top. */
export function ResumeNotice({ onStartOver, onDismiss }: ResumeNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="reader-notice" role="status">
      <p>{t('resume.notice')}</p>
      <button type="button" className="link-button" onClick={onStartOver}>
        {t('resume.startOver')}
      </button>
      <button type="button" className="link-button" onClick={onDismiss} aria-label={t('dismiss')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
