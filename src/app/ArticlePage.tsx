import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../articles/edition.ts';
import { loadEdition, readEdition } from '../articles/editionStore.ts';
import { forgetPosition, rememberPosition } from '../articles/readingProgress.ts';
import { positionInEdition, type Position } from '../articles/position.ts';
import { otherLanguage, type Language } from '../i18n/languages.ts';
import type { Relocation } from '../reader/paginator.ts';
import { ReaderView } from '../reader/ReaderView.tsx';
import { articleTitle } from './DocumentHead.tsx';
import { ResumeNotice } from '../reader/ResumeNotice.tsx';
import { useHydrated } from '../lib/useHydrated.ts';
import { ParagraphShareLink } from '../share/ParagraphShareLink.tsx';
import { ShareButton, ShareStatus } from '../share/ShareControls.tsx';
import { useShare } from '../share/useShare.ts';
import { replaceUrl } from '../routing/history.ts';
import { absoluteUrl, articlePath } from '../routing/paths.ts';

interface ArticlePageProps {
  language: Language;
  slug: string;
  /** The position the URL asked for; a new value (link, Back, language switch) moves the reader there. */
  requestedPosition: Position | null;
  navigate: (path: string) => void;
  /** The position came from "continue reading" storage rather than the URL. */
  resumed?: boolean;
}

/**
 * One article in one language. Owns the reading position: the reader view reports it, this page writes it
 * to the URL and carries it across the language switch.
 */
export function ArticlePage({ language, slug, requestedPosition, navigate, resumed = false }: ArticlePageProps) {
  const { t, i18n } = useTranslation();
  const hydrated = useHydrated();
  const [resumeNoticeOpen, setResumeNoticeOpen] = useState(resumed);
  const [, setLoaded] = useState(0);
  const edition = readEdition(i18n, language, slug);
  const positionRef = useRef<Position | null>(null);
  const [togglePosition, setTogglePosition] = useState<Position | null>(null);

  // Each navigation parses the URL afresh, so a new `requestedPosition` object is a new request, even to the
  // same place (Back to where the reader already is); reading itself never changes it.
  const request = useMemo(() => ({ position: requestedPosition }), [requestedPosition]);

  useEffect(() => {
    if (edition) return;
    // Reached by Back/Forward into a language not loaded yet: load it, then render.
    loadEdition(i18n, language, slug).then(() => setLoaded((n) => n + 1), () => setLoaded((n) => n + 1));
  }, [edition, i18n, language, slug]);

  useEffect(() => {
    if (!edition) return;
    document.documentElement.lang = language;
    document.title = articleTitle(edition, t);
  }, [edition, language, t]);

  // The other language is fetched while the reader reads, so that switching needs no network.
  useEffect(() => {
    return whenIdle(() => void loadEdition(i18n, otherLanguage(language), slug).catch(() => undefined));
  }, [i18n, language, slug]);

  const firstParagraph = edition?.paragraphs[0]?.id;
  // The start of the article needs no fragment: the plain URL is the one people expect to see and share.
  const isStart = useCallback(
    (position: Position | null) => !position || (position.offset === 0 && position.paragraph === firstParagraph),
    [firstParagraph],
  );
  const onRelocate = useCallback(
    ({ position }: Relocation) => {
      positionRef.current = position;
      setTogglePosition(position);
      replaceUrl(articlePath(language, slug, isStart(position) ? null : position));
      if (isStart(position)) forgetPosition(slug);
      else rememberPosition(slug, language, position);
    },
    [language, slug, isStart],
  );

  const switchLanguage = useCallback(
    async (to: Language) => {
      const current = readEdition(i18n, language, slug);
      const target = await loadEdition(i18n, to, slug).catch(() => null);
      if (!current || !target) {
        window.location.assign(articlePath(to, slug));
        return;
      }
      const position = positionRef.current ? positionInEdition(positionRef.current, current, target) : null;
      void i18n.changeLanguage(to);
      navigate(articlePath(to, slug, position));
    },
    [i18n, language, slug, navigate],
  );

  const { share, status, dismiss } = useShare(edition?.headline ?? '');
  const shareCurrent = useCallback(
    () => {
      const position = isStart(positionRef.current) ? null : positionRef.current;
      share(absoluteUrl(window.location.origin, articlePath(language, slug, position)));
    },
    [share, language, slug, isStart],
  );
  const paragraphAction = useCallback(
    (paragraph: Paragraph, index: number) => (
      <ParagraphShareLink
        number={index + 1}
        href={articlePath(language, slug, { paragraph: paragraph.id, offset: 0 })}
        onShare={share}
      />
    ),
    [share, language, slug],
  );

  if (!edition) return <div className="reader" aria-busy="true" />;
  const other = otherLanguage(language);
  const otherEdition = readEdition(i18n, other, slug);
  const toggleHref = articlePath(
    other,
    slug,
    togglePosition && otherEdition ? positionInEdition(togglePosition, edition, otherEdition) : null,
  );
  return (
    <ReaderView
      edition={edition}
      request={request}
      onRelocate={onRelocate}
      toggleHref={toggleHref}
      onSwitchLanguage={(to) => void switchLanguage(to)}
      paragraphAction={paragraphAction}
      toolbarExtras={
        <>
          <ShareStatus status={status} dismiss={dismiss} />
          <ShareButton onShare={shareCurrent} />
        </>
      }
      notice={
        hydrated && resumeNoticeOpen ? (
          <ResumeNotice
            onStartOver={() => {
              setResumeNoticeOpen(false);
              navigate(articlePath(language, slug));
            }}
            onDismiss={() => setResumeNoticeOpen(false)}
          />
        ) : null
      }
    />
  );
}

function whenIdle(task: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}
