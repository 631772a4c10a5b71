import { useTranslation } from 'react-i18next';

interface PageControlsProps {
  page: number;
  pageCount: number;
  /** Whether the live region speaks (see usePaginator.ts): quiet until the reader changed something. */
  announce: boolean;
  onPrev: () => void;
  onNext: () => void;
}

/**
 * Drawn, not a text glyph (‹ ›): the same on every platform, and no font to look up before the first paint.
 */
function Chevron({ direction }: { direction: 'previous' | 'next' }) {
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" strokeLinejoin="round">
      <path d={direction === 'previous' ? 'M15 5l-7 7 7 7' : 'M9 5l7 7-7 7'} />
    </svg>
  );
}

/** Previous / "3 / 7" / next, a thin progress bar, and the polite announcement of what they show. */
export function PageControls({ page, pageCount, announce, onPrev, onNext }: PageControlsProps) {
  const { t } = useTranslation();
  const current = page + 1;
  return (
    <nav className="page-controls" aria-label={t('reader.controls')}>
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page's body the moment
          the reader reaches the first or last page, and it could no longer be found by Tab to learn why. */}
      <button type="button" className="page-button" onClick={onPrev} aria-disabled={page <= 0} aria-label={t('reader.previousPage')}>
        <Chevron direction="previous" />
      </button>
      <div className="page-status">
        <span className="page-indicator" aria-hidden="true">
          {t('reader.pageIndicator', { current, total: pageCount })}
        </span>
        <progress className="page-progress" max={pageCount} value={current} aria-label={t('reader.progress')} />
      </div>
      <button
        type="button"
        className="page-button"
        onClick={onNext}
        aria-disabled={page >= pageCount - 1}
        aria-label={t('reader.nextPage')}
      >
        <Chevron direction="next" />
      </button>
      {/* Always present, so that a live region exists before its first announcement. It states what the
          indicator shows, so it changes (and speaks) once whenever the page or the count does. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announce ? t('reader.pageAnnouncement', { current, total: pageCount }) : ''}
      </p>
    </nav>
  );
}
