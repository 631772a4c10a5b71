import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isPlainClick } from '../lib/isPlainClick.ts';

interface ParagraphShareLinkProps {
  /** 1-based, as readers count. */
  number: number;
  /** The paragraph's own URL (`…/#p3`): a real link, so it also works without JavaScript. */
  href: string;
  onShare: (absoluteUrl: string) => void;
}

/** The small ¶ after each paragraph: shares a link to exactly that paragraph. */
export function ParagraphShareLink({ number, href, onShare }: ParagraphShareLinkProps) {
  const { t } = useTranslation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onShare(event.currentTarget.href);
  };
  return (
    <a className="paragraph-share" href={href} onClick={onClick} aria-label={t('share.paragraph', { number })}>
      <span aria-hidden="true">¶</span>
    </a>
  );
}
