import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { otherLanguage, type Language } from '../i18n/languages.ts';

interface LanguageToggleProps {
  language: Language;
  /** The other language's URL for this article at the reader's current place. */
  href: string;
  onSwitch: (to: Language) => void;
}

/**
 * "한국어" on the English page, "English" on the Korean one: a real link (it works without JavaScript,
 * can be opened in a new tab, and is what the original page carries) that switches in place when it can.
 * It stays the same element across the switch, so keyboard focus stays on it.
 */
export function LanguageToggle({ language, href, onSwitch }: LanguageToggleProps) {
  const { t } = useTranslation();
  const target = otherLanguage(language);
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    // Let the browser handle "open in new tab" and other modified clicks.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSwitch(target);
  };
  return (
    <a className="language-toggle" href={href} hrefLang={target} lang={target} onClick={onClick} title={t('languageToggleHint')}>
      {t(`languages.${target}`)}
    </a>
  );
}
