import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareState } from './useShare.ts';

interface ShareButtonProps {
  onShare: () => void;
}

/** The toolbar's Share: shares the link to the reader's current place. */
export function ShareButton({ onShare }: ShareButtonProps) {
  const { t } = useTranslation();
  return (
    <button type="button" className="toolbar-button" onClick={onShare}>
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6" />
      </svg>
      <span className="toolbar-button-label">{t('share.button')}</span>
    </button>
  );
}

/**
 * The outcome, shown and announced: "Link copied" / "링크를 복사했습니다". If neither sharing nor the clipboard
 * worked, the link itself is shown, focused and selected, to copy by hand (Ctrl+C, or the phone's own copy);
 * Dismiss returns focus to where the reader asked to share.
 */
export function ShareStatus({ status, dismiss }: Pick<ShareState, 'status' | 'dismiss'>) {
  const { t } = useTranslation();
  const linkField = useRef<HTMLInputElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const failedUrl = status?.outcome === 'failed' ? status.url : null;
  useEffect(() => {
    const field = linkField.current;
    if (failedUrl === null || !field) return;
    if (document.activeElement instanceof HTMLElement && document.activeElement !== field) {
      returnFocusTo.current = document.activeElement;
    }
    field.focus();
    field.select();
  }, [failedUrl]);
  const dismissFailure = (): void => {
    dismiss();
    if (returnFocusTo.current?.isConnected) returnFocusTo.current.focus();
    returnFocusTo.current = null;
  };
  return (
    <div className="share-status" role="status">
      {status?.outcome === 'copied' ? <p className="toast">{t('share.copied')}</p> : null}
      {status?.outcome === 'shared' ? <p className="toast">{t('share.shared')}</p> : null}
      {status?.outcome === 'failed' ? (
        <div className="toast">
          <label>
            {t('share.copyManually')}{' '}
            <input ref={linkField} readOnly value={status.url} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <button type="button" className="toolbar-button" onClick={dismissFailure}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
