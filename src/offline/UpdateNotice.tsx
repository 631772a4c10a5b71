import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { reloadIntoUpdate, updateAvailability } from './serviceWorkerUpdates.ts';

/**
 * "A new version is available" with a Reload button, in the toolbar, above the page controls: it never covers
 * the text (the pages shrink by its row, and the engine keeps the place), never takes focus, and is
 * announced politely, after what the screen reader is saying. It stays until the reader reloads.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const available = useSyncExternalStore(updateAvailability.subscribe, updateAvailability.snapshot, () => false);
  return (
    <div className="update-status" role="status">
      {available ? (
        <p className="toast">
          {t('update.available')}
          <button type="button" className="toolbar-button" onClick={reloadIntoUpdate}>
            {t('update.reload')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
