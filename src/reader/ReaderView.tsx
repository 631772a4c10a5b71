import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition } from '../articles/edition.ts';
import type { Language } from '../i18n/languages.ts';
import { ArticleBody, type ArticleBodyProps } from './ArticleBody.tsx';
import { BothLanguagesBody } from './BothLanguagesBody.tsx';
import { ArticleHeader, headlineId } from './ArticleHeader.tsx';
import { mainContentId } from '../lib/mainContent.ts';
import { LanguageToggle } from './LanguageToggle.tsx';
import { PageControls } from './PageControls.tsx';
import { pairedProps, type Relocation } from './paginator.ts';
import { ReaderSettingsMenu } from './ReaderSettingsMenu.tsx';
import { useReaderSettings } from './readerSettings.ts';
import { usePaginator } from './usePaginator.ts';
import type { Arrival } from '../routing/history.ts';
import { libraryPath } from '../routing/paths.ts';
import type { View } from '../routing/view.ts';
import { ViewToggle } from './ViewToggle.tsx';

interface ReaderViewProps {
  edition: Edition;
  request: Arrival;
  onRelocate: (relocation: Relocation) => void;
  toggleHref: string;
  onSwitchLanguage: (to: Language) => void;
  /** Controls from other areas (Share), placed in the toolbar by the app. */
  toolbarExtras?: ReactNode;
  /** Shown above the pages (e.g. "Continuing where you left off"). */
  notice?: ReactNode;
  paragraphAction?: ArticleBodyProps['paragraphAction'];
  /** The view the route names, and the switch between views (the toggle and the settings menu). */
  view: View;
  onChangeView: (view: View) => void;
  /** The second language's edition, when both are shown (null while it loads: one language until then). */
  second: Edition | null;
  paragraphAfter?: ArticleBodyProps['paragraphAfter'];
  /** After the last paragraph, on the last page (the app puts the way on to the next article there). */
  articleEnd?: ReactNode;
}

/**
 * The paged reading view: a running head (the way to the library, the headline and the language toggle, on
 * every page), the pages, and the
 * toolbar. Before the engine has laid out (and without JavaScript) the same markup reads as scrolling text.
 */
export function ReaderView(props: ReaderViewProps) {
  const { edition, request, onRelocate, toggleHref, onSwitchLanguage, toolbarExtras, notice, paragraphAction, paragraphAfter, view, onChangeView, second, articleEnd } = props;
  const { t } = useTranslation();
  const [settings, changeSettings] = useReaderSettings();
  const shown = second ? `both:${second.language}` : 'one';
  const { viewportRef, columnsRef, ...pager } = usePaginator(request, `${edition.language}:${settings.fontStep}:${shown}`, onRelocate);
  return (
    // The text size is set here, in the render, not in an effect: the engine re-lays out in a layout effect
    // of this same commit and must already measure the new size. A data attribute, not a style attribute,
    // which the Content-Security-Policy (style-src 'self') would block in prerendered HTML.
    <div className="reader" data-paged={pager.paged ? '' : undefined} data-font-step={settings.fontStep}>
      <header className="running-head">
        {/* The way to every article, in this language: an icon and, on wider screens, its words. */}
        <a className="library-link" href={libraryPath(edition.language)}>
          <span className="library-link-icon" aria-hidden="true" />
          <span className="library-link-label">{t('library.link')}</span>
        </a>
        {/* The headline again, for every page; the real heading is the h1 on the first page. */}
        <p className="running-title" aria-hidden="true">
          {edition.headline}
        </p>
        <LanguageToggle language={edition.language} href={toggleHref} onSwitch={onSwitchLanguage} swaps={view === 'both'} />
        <ViewToggle view={view} onChange={onChangeView} />
      </header>
      <main className="reader-main">
        {notice}
        <div className="pager" ref={viewportRef}>
          <article
            id={mainContentId}
            className="pager-columns"
            ref={columnsRef}
            tabIndex={-1}
            lang={edition.language}
            aria-labelledby={headlineId}
            itemScope
            itemType="https://schema.org/NewsArticle"
            {...(second ? pairedProps : {})}
          >
            {second ? (
              <BothLanguagesBody first={edition} second={second} paragraphAction={paragraphAction} />
            ) : (
              <>
                <ArticleHeader edition={edition} />
                <ArticleBody edition={edition} paragraphAction={paragraphAction} paragraphAfter={paragraphAfter} />
              </>
            )}
            {articleEnd}
          </article>
        </div>
      </main>
      <footer className="toolbar">
        <PageControls
          page={pager.page}
          pageCount={pager.pageCount}
          announce={pager.announce}
          onPrev={pager.prev}
          onNext={pager.next}
        />
        <div className="toolbar-end">
          {toolbarExtras}
          <ReaderSettingsMenu settings={settings} onChange={changeSettings} view={view} onChangeView={onChangeView} />
        </div>
      </footer>
    </div>
  );
}
