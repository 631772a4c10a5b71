import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleLink } from '../articles/catalogIndex.ts';
import type { Edition, Paragraph } from '../articles/edition.ts';
import { useEdition } from '../articles/useEdition.ts';
import { otherLanguage } from '../i18n/languages.ts';
import { useHydrated } from '../lib/useHydrated.ts';
import { ArticleEnd } from '../library/ArticleEnd.tsx';
import { PeekAnnouncer, PeekToggle } from '../reader/ParagraphPeek.tsx';
import { createPeekStore } from '../reader/peekStore.ts';
import { ReaderView } from '../reader/ReaderView.tsx';
import { ResumeNotice } from '../reader/ResumeNotice.tsx';
import type { Session } from '../routing/history.ts';
import { absoluteUrl, articlePath, type ArticleRoute } from '../routing/paths.ts';
import { ParagraphShareLink } from '../share/ParagraphShareLink.tsx';
import { UpdateNotice } from '../offline/UpdateNotice.tsx';
import { ShareButton, ShareStatus } from '../share/ShareControls.tsx';
import { useShare } from '../share/useShare.ts';
import { CounterpartPeek } from './CounterpartPeek.tsx';
import { articleTitle } from './DocumentHead.tsx';
import { UnavailableNotice } from './UnavailableNotice.tsx';
import { useLanguageSwitch } from './useLanguageSwitch.ts';
import { useReadingPosition } from './useReadingPosition.ts';
import { useViewSwitch } from './useViewSwitch.ts';

interface ArticlePageProps {
  route: ArticleRoute;
  session: Pick<Session, 'arrival' | 'go' | 'record'>;
  /** The first arrival's position came from "continue reading" storage rather than the URL. */
  resumed: boolean;
  /** The edition was read from the prerendered page because its file could not be fetched. */
  contentFallback: boolean;
  /** The next (older) article, offered on the last page; null after the oldest. */
  next: ArticleLink | null;
}

/** One article in one language, as the route names it: loads its edition, then shows the reader. */
export function ArticlePage({ route, session, resumed, contentFallback, next }: ArticlePageProps) {
  const { t } = useTranslation();
  const { edition, failed, retry } = useEdition(route.language, route.slug);
  if (edition) {
    return <ArticleReader route={route} session={session} edition={edition} resumed={resumed} contentFallback={contentFallback} next={next} />;
  }
  // Reached by Back/Forward into a language not loaded yet; offline, it cannot be loaded.
  return (
    <div className="reader" aria-busy={!failed}>
      {failed ? <UnavailableNotice message={t('content.unavailable')} onRetry={retry} /> : null}
    </div>
  );
}

interface ArticleReaderProps extends ArticlePageProps {
  edition: Edition;
}

function ArticleReader({ route, session, edition, resumed, contentFallback, next }: ArticleReaderProps) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const { language, slug, position, view } = route;
  const { arrival, go, record } = session;
  // Both languages: the other edition too (loaded if Back/Forward or a link got here before it was).
  const second = useEdition(view === 'both' ? otherLanguage(language) : null, slug);
  const switchView = useViewSwitch(route, go);

  useLayoutEffect(() => {
    document.title = articleTitle(edition, t);
  }, [edition, t]);

  const onRelocate = useReadingPosition(route, edition, record);
  const languageSwitch = useLanguageSwitch(route, edition, go);

  const { share, status, dismiss } = useShare(edition.headline);
  const shareHere = useCallback(
    () => share(absoluteUrl(window.location.origin, articlePath(language, slug, position, view))),
    [share, language, slug, position, view],
  );
  // A new store per language: a peek open when the reader switches language closes with the old page.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the language is why a new store is made, not an input to it
  const peeks = useMemo(() => createPeekStore(), [language]);
  const paragraphAction = useCallback(
    (paragraph: Paragraph, index: number) => (
      <>
        <ParagraphShareLink number={index + 1} href={articlePath(language, slug, { paragraph: paragraph.id, offset: 0 }, view)} onShare={share} />
        {/* Both languages already shows every counterpart: no peek there (and a key's peek id would repeat). */}
        {view === 'one' && <PeekToggle store={peeks} paragraphKey={paragraph.id} number={index + 1} language={language} />}
      </>
    ),
    [share, language, slug, view, peeks],
  );
  const paragraphAfter = useCallback(
    (paragraph: Paragraph, index: number) => (
      <CounterpartPeek store={peeks} paragraph={paragraph} number={index + 1} language={language} slug={slug} />
    ),
    [peeks, language, slug],
  );

  // "Continuing where you left off" belongs to the arrival that resumed; any later arrival ends it.
  const [resumedArrival, setResumedArrival] = useState(resumed ? arrival : null);
  const [fallbackNoticeOpen, setFallbackNoticeOpen] = useState(contentFallback);
  const notice = !hydrated ? null : languageSwitch.unavailable ? (
    <UnavailableNotice
      message={t('content.otherLanguageUnavailable')}
      onRetry={() => languageSwitch.switchTo(languageSwitch.other)}
      onDismiss={languageSwitch.dismiss}
    />
  ) : second.failed ? (
    // Dismissed: back to one language, without making that the preferred view.
    <UnavailableNotice message={t('content.otherLanguageUnavailable')} onRetry={second.retry} onDismiss={() => go({ ...route, view: 'one' })} />
  ) : fallbackNoticeOpen ? (
    <UnavailableNotice
      message={t('content.pageOnly')}
      onRetry={() => void languageSwitch.preload().then((loaded) => loaded && setFallbackNoticeOpen(false))}
      onDismiss={() => setFallbackNoticeOpen(false)}
    />
  ) : resumedArrival === arrival ? (
    <ResumeNotice
      onStartOver={() => {
        setResumedArrival(null);
        go({ ...route, position: null });
      }}
      onDismiss={() => setResumedArrival(null)}
    />
  ) : null;

  return (
    <ReaderView
      edition={edition}
      request={arrival}
      onRelocate={onRelocate}
      toggleHref={languageSwitch.href}
      onSwitchLanguage={languageSwitch.switchTo}
      paragraphAction={paragraphAction}
      view={view}
      onChangeView={switchView}
      second={second.edition}
      paragraphAfter={paragraphAfter}
      articleEnd={<ArticleEnd language={language} next={next} />}
      toolbarExtras={
        <>
          <PeekAnnouncer store={peeks} />
          <ShareStatus status={status} dismiss={dismiss} />
          <UpdateNotice />
          <ShareButton onShare={shareHere} />
        </>
      }
      notice={notice}
    />
  );
}
