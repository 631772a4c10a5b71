import { memo, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Edition, Paragraph } from '../articles/edition.ts';
import { i18nForLanguage } from '../i18n/i18nForLanguage.ts';
import type { ArticleBodyProps } from './ArticleBody.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import { pairParagraphs } from './pairParagraphs.ts';
import { paragraphProps, paragraphTextProps } from './paginator.ts';

interface BothLanguagesBodyProps {
  /** The URL's language: on the left, or first in each pair; reading positions count its characters. */
  first: Edition;
  second: Edition;
  paragraphAction?: ArticleBodyProps['paragraphAction'];
}

/**
 * Both languages, paired by paragraph key, in the engine's paired markup (paginator.ts, `pairedProps` on the
 * article): the headers' pair, then one element per paragraph key holding the first language's paragraph and
 * its counterpart. Where they sit (side by side, or the counterpart below) is reader.css's, from the
 * engine's `data-pair-layout`; page breaks fall between pairs by `break-inside: avoid` on each pair.
 *
 * Memoised like ArticleBody: a page turn re-renders the controls, never the paragraphs.
 */
export const BothLanguagesBody = memo(function BothLanguagesBody({ first, second, paragraphAction }: BothLanguagesBodyProps) {
  const { i18n } = useTranslation();
  // The second side's interface words (section, "Posted", the untranslated note) are in its own language.
  const secondSpeaker = useMemo(() => i18nForLanguage(i18n, second.language), [i18n, second.language]);
  const pairs = useMemo(() => pairParagraphs(first, second), [first, second]);
  return (
    <>
      <div className="pair pair-head">
        <div className="pair-first">
          <ArticleHeader edition={first} />
        </div>
        <div className="pair-second" lang={second.language}>
          <I18nextProvider i18n={secondSpeaker}>
            <ArticleHeader edition={second} counterpart />
          </I18nextProvider>
        </div>
      </div>
      {pairs.map((pair, index) => (
        <div key={pair.key} className="pair" {...paragraphProps(pair.key)}>
          <div className="pair-first">
            <PairSide paragraph={pair.first} textProps={paragraphTextProps}>
              {/* After the text, which stays the first child (the markup contract, paginator.ts). */}
              {paragraphAction?.(pair.first, index)}
            </PairSide>
          </div>
          <div className="pair-second" lang={second.language}>
            {pair.second ? (
              <I18nextProvider i18n={secondSpeaker}>
                <PairSide paragraph={pair.second} />
              </I18nextProvider>
            ) : null}
          </div>
        </div>
      ))}
    </>
  );
});

interface PairSideProps {
  paragraph: Paragraph;
  /** The engine's text marker: on the first language's side only. */
  textProps?: typeof paragraphTextProps;
  children?: ReactNode;
}

/** One language's paragraph, as in one language: an untranslated one shows the original, under a note. */
function PairSide({ paragraph, textProps, children }: PairSideProps) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {paragraph.untranslated ? (
        <p className="untranslated-note" lang={i18n.language}>
          {t('translation.untranslated')}
        </p>
      ) : null}
      <p lang={paragraph.language} className={paragraph.untranslated ? 'paragraph-text untranslated' : 'paragraph-text'} {...textProps}>
        {paragraph.text}
        {children}
      </p>
    </>
  );
}
