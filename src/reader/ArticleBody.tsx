import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition, Paragraph } from '../articles/edition.ts';

export interface ArticleBodyProps {
  edition: Edition;
  /** A control placed after each paragraph's text (the app puts "share this paragraph" there). */
  paragraphAction?: (paragraph: Paragraph, index: number) => ReactNode;
}

/**
 * The paragraphs, as text (never as HTML). Each carries its shared key as `id` (so `#p3` is a real anchor)
 * and `data-paragraph` (the paging engine's handle). A paragraph not yet translated is shown in the
 * original language, with its own `lang`, under a note in the reader's language.
 *
 * Memoised: a page turn re-renders the reader's controls, never the paragraphs (the edition and the
 * paragraph action keep their identity while the reader reads).
 */
export const ArticleBody = memo(function ArticleBody({ edition, paragraphAction }: ArticleBodyProps) {
  const { t } = useTranslation();
  return (
    <>
      {edition.paragraphs.map((paragraph, index) => (
        <div key={paragraph.id} id={paragraph.id} className="paragraph" data-paragraph={paragraph.id}>
          {paragraph.untranslated ? <p className="untranslated-note">{t('translation.untranslated')}</p> : null}
          <p lang={paragraph.language} className={paragraph.untranslated ? 'paragraph-text untranslated' : 'paragraph-text'} data-paragraph-text="">
            {paragraph.text}
            {/* After the text node, which must stay the paragraph's first child (the engine measures it). */}
            {paragraphAction?.(paragraph, index)}
          </p>
        </div>
      ))}
    </>
  );
});
