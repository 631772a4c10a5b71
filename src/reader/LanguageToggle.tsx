import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { otherLanguage, type Language } from '../i18n/languages.ts';
import { isPlainClick } from '../lib/isPlainClick.ts';

interface LanguageToggleProps {
  language: Language;
  /** The other language's URL for this article at the reader's current place. */
  href: string;
  onSwitch: (to: Language) => void;
  /** Both languages are on screen: the toggle swaps which comes first, and its hint says so. */
  swaps?: boolean;
  /** What the link does, in the page's language (default: the article's "read this article in …"). */
  hint?: string;
}

/**
 * "한국어" on the English page, "English" on the Korean one: a real link (it works without JavaScript,
 * can be opened in a new tab, and is what the original page carries) that switches in place when it can.
 * It stays the same element across the switch, so keyboard focus stays on it.
 */
const hintId = 'language-toggle-hint';

export function LanguageToggle({ language, href, onSwitch, swaps = false, hint }: LanguageToggleProps) {
  const { t } = useTranslation();
  const target = otherLanguage(language);
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    // Let the browser handle "open in new tab" and other modified clicks.
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onSwitch(target);
  };
  // The link speaks the target language ("한국어" in Korean); the hint speaks the reader's, so it lives in
  // its own element with the page's language rather than in a title attribute on the link.
  return (
    <>
      <a className="language-toggle" href={href} hrefLang={target} lang={target} onClick={onClick} aria-describedby={hintId}>
        {t(`languages.${target}`)}
      </a>
      <span id={hintId} hidden>
        {hint ?? t(swaps ? 'languageSwapHint' : 'languageToggleHint')}
      </span>
    </>
  );
}
