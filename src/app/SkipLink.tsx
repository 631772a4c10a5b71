import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mainContentId } from '../lib/mainContent.ts';

/**
 * "Go to contents": the first focusable element of every page. Following the anchor alone scrolls but, in
 * the paged view, cannot scroll a clipped box; moving focus explicitly is what keyboard users need.
 */
export function SkipLink() {
  const { t } = useTranslation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    const target = document.getElementById(mainContentId);
    if (!target) return;
    event.preventDefault();
    target.focus({ preventScroll: true });
  };
  return (
    <a className="skip-link" href={`#${mainContentId}`} onClick={onClick}>
      {t('skipLink')}
    </a>
  );
}
