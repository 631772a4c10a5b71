import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition, Paragraph } from '../articles/edition.ts';
import { paragraphProps, paragraphTextProps } from './paginator.ts';

export interface ArticleBodyProps {
  edition: Edition;
  /** A control placed after each paragraph's text (the app puts "share this paragraph" there). */
  paragraphAction?: (paragraph: Paragraph, index: number) => ReactNode;
  /** Placed after the paragraph's text, inside its block (the app puts its peek there: ParagraphPeek.tsx). */
  paragraphAfter?: (paragraph: Paragraph, index: number) => ReactNode;
}

/**
 * The paragraphs, as text (never as HTML), in the markup the paging engine reads (its props, from
 * paginator.ts). A paragraph not yet translated is shown in the original language, with its own `lang`,
 * under a note in the reader's language.
 *
 * Memoised: a page turn re-renders the reader's controls, never the paragraphs (the edition and the
 * paragraph action keep their identity while the reader reads).
 */
export const ArticleBody = memo(function ArticleBody({ edition, paragraphAction, paragraphAfter }: ArticleBodyProps) {
  const { t } = useTranslation();
  return (
    <>
      {edition.paragraphs.map((paragraph, index) => (
        <div key={paragraph.id} className="paragraph" {...paragraphProps(paragraph.id)}>
          {paragraph.untranslated ? <p className="untranslated-note">{t('translation.untranslated')}</p> : null}
          <p
            lang={paragraph.language}
            className={paragraph.untranslated ? 'paragraph-text untranslated' : 'paragraph-text'}
            {...paragraphTextProps}
          >
            {paragraph.text}
            {/* After the text, which stays the first child (the markup contract, paginator.ts). */}
            {paragraphAction?.(paragraph, index)}
          </p>
          {paragraphAfter?.(paragraph, index)}
        </div>
      ))}
    </>
  );
});
