import type { TFunction } from 'i18next';
import type { Edition } from '../articles/edition.ts';
import { languages, openGraphLocale, otherLanguage, type Language } from '../i18n/languages.ts';
import { absoluteUrl, articlePath, editionPath, feedPath } from '../routing/paths.ts';
import { atomMediaType, describe, feedTitle } from './documentText.ts';

/** Link previews (chat apps, social sites) read these; they never run JavaScript. */
export const previewImageSize = { width: 1200, height: 630 } as const;

/** The one title format: "<what the page shows> | <site name>". */
export function pageTitle(name: string, t: TFunction): string {
  return t('documentTitle', { headline: name, siteName: t('siteName') });
}

export function articleTitle(edition: Edition, t: TFunction): string {
  return pageTitle(edition.headline, t);
}

/** The link by which browsers' and feed readers' discovery finds the feed of the page's language. */
export function FeedLink({ language, origin, t }: { language: Language; origin: string; t: TFunction }) {
  return <link rel="alternate" type={atomMediaType} title={feedTitle(t)} href={absoluteUrl(origin, feedPath(language))} />;
}

interface ArticleHeadProps {
  edition: Edition;
  origin: string;
  /** Site path of the link-preview image: its name carries the card's hash, which the build computes. */
  previewImage: string;
  t: TFunction;
}

/** The `<head>` of a prerendered article page: title, description, canonical, hreflang, Open Graph, Twitter. */
export function ArticleHead({ edition, origin, previewImage, t }: ArticleHeadProps) {
  const { language, slug } = edition;
  const url = absoluteUrl(origin, articlePath(language, slug));
  const description = describe(edition);
  const image = absoluteUrl(origin, previewImage);
  const alternate = (lang: Language) => absoluteUrl(origin, articlePath(lang, slug));
  return (
    <>
      {/*
        No frame until the page is parsed (`#top` names no element: the top of the document, which the
        parser reaches last). Chromium lands a link's #p3 only once parsing has finished; without this, a
        busy phone would first paint page 1 of a half-parsed page (README, "Opening a passage link").
        Articles only: no other page is opened at a fragment.
      */}
      <link rel="expect" href="#top" blocking="render" />
      <title>{articleTitle(edition, t)}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={url} />
      {languages.map((lang) => (
        <link key={lang} rel="alternate" hrefLang={lang} href={alternate(lang)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={alternate(edition.originalLanguage)} />
      <FeedLink language={language} origin={origin} t={t} />
      {/* The edition the page hydrates from: fetched in parallel with the script, not after it. */}
      <link rel="preload" href={editionPath(language, slug)} as="fetch" crossOrigin="anonymous" />
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={t('siteName')} />
      <meta property="og:title" content={edition.headline} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content={openGraphLocale[language]} />
      <meta property="og:locale:alternate" content={openGraphLocale[otherLanguage(language)]} />
      <meta property="og:image" content={image} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content={String(previewImageSize.width)} />
      <meta property="og:image:height" content={String(previewImageSize.height)} />
      <meta property="og:image:alt" content={t('previewImageAlt', { headline: edition.headline })} />
      <meta property="article:published_time" content={edition.publishedAt} />
      <meta property="article:modified_time" content={edition.updatedAt} />
      <meta property="article:section" content={t(`sections.${edition.section}`)} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={edition.headline} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={image} />
      <meta name="twitter:image:alt" content={t('previewImageAlt', { headline: edition.headline })} />
    </>
  );
}

export function SimpleHead({ title, description }: { title: string; description: string }) {
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
    </>
  );
}
