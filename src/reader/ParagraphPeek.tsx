import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { otherLanguage, type Language } from '../i18n/languages.ts';
import { revealProps } from './keepRevealedInView.ts';
import { usePeekAnnouncement, usePeekOpen, type PeekStore } from './peekStore.ts';

/**
 * Peek: one paragraph's counterpart in the other language, opened right below it, in place. A disclosure
 * (a button with aria-expanded and the panel after it), so the page keeps its place and its Tab order: the
 * toggle sits after the paragraph's last word, beside its ¶ share link, and being a button it is left alone
 * by page-turn taps (pageTurnInput.ts), while a swipe that starts on it still turns the page (the browser
 * sends no click to a button the finger left).
 */

function peekPanelId(paragraphKey: string): string {
  return `peek-${paragraphKey}`;
}

interface PeekToggleProps {
  store: PeekStore;
  paragraphKey: string;
  /** 1-based, as readers count. */
  number: number;
  /** The language of the page: the peek shows the other. */
  language: Language;
}

/** The small control after a paragraph: "한" on an English page, "En" on a Korean one. */
export function PeekToggle({ store, paragraphKey, number, language }: PeekToggleProps) {
  const { t } = useTranslation();
  const open = usePeekOpen(store, paragraphKey);
  const onClick = (event: MouseEvent<HTMLButtonElement>): void => {
    if (open) return store.close(false);
    // Where focus was: the toggle after a click or a key; Safari does not focus a tapped button, so then the
    // toggle too (Escape brings focus back to the control that opened the peek).
    const focused = document.activeElement;
    store.open(paragraphKey, focused instanceof HTMLElement && focused !== document.body ? focused : event.currentTarget);
  };
  return (
    <button
      type="button"
      className="paragraph-peek-toggle"
      aria-expanded={open}
      // Only while the panel exists: a reference to a missing element is an error to assistive technology.
      aria-controls={open ? peekPanelId(paragraphKey) : undefined}
      aria-label={t('peek.show', { number })}
      onClick={onClick}
    >
      <span aria-hidden="true" lang={otherLanguage(language)}>
        {t('peek.mark')}
      </span>
    </button>
  );
}

interface PeekPanelProps {
  store: PeekStore;
  paragraphKey: string;
  /** Its name, in the reader's language ("Paragraph 3 in Korean"). */
  label: string;
  /** What it shows: the counterpart's text in its own language, or a message in the reader's. */
  text: string;
  language: Language;
  /** Shown instead of the text, e.g. a notice with Try again when the other edition could not be loaded. */
  children?: ReactNode;
}

/**
 * The open peek, placed after the paragraph's text. Escape closes it and returns focus to where it was,
 * when focus is in the article or nowhere (Escape in the toolbar's menu is the menu's own).
 */
export function PeekPanel({ store, paragraphKey, label, text, language, children }: PeekPanelProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    store.announce({ label, text, language });
  }, [store, label, text, language]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const article = panelRef.current?.closest('article');
      const target = event.target;
      const inReading = target === document.body || (target instanceof Node && article?.contains(target) === true);
      if (inReading) store.close(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
  return (
    // revealProps: the paging engine shows it at once with its paragraph, even when the paragraph ends at the
    // foot of a page (keepRevealedInView.ts).
    <div ref={panelRef} id={peekPanelId(paragraphKey)} className="paragraph-peek" role="note" aria-label={label} {...revealProps}>
      {children ?? (
        <p lang={language} className="paragraph-peek-text">
          {text}
        </p>
      )}
    </div>
  );
}

/**
 * The one live region that speaks what a peek shows when it opens or finishes loading: its name in the
 * reader's language, then its text marked with its own language, so a screen reader reads each in its voice.
 * Always present, so that it exists before its first announcement.
 */
export function PeekAnnouncer({ store }: { store: PeekStore }) {
  const { t } = useTranslation();
  const announcement = usePeekAnnouncement(store);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement ? (
        <>
          {t('peek.announcement', { label: announcement.label })}{' '}
          <span lang={announcement.language}>{announcement.text}</span>
        </>
      ) : null}
    </p>
  );
}
