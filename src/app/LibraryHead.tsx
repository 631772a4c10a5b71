import type { TFunction } from 'i18next';
import type { CatalogIndex } from '../articles/catalogIndex.ts';
import { defaultLanguage, languages, openGraphLocale, otherLanguage, type Language } from '../i18n/languages.ts';
import { absoluteUrl, libraryPath } from '../routing/paths.ts';
import { FeedLink, pageTitle, previewImageSize } from './DocumentHead.tsx';

interface LibraryHeadProps {
  catalog: CatalogIndex;
  language: Language;
  origin: string;
  /** Site path of the newest article's preview image in this language (the build names it), or null. */
  previewImage: string | null;
  t: TFunction;
}

/**
 * The `<head>` of a prerendered library: title, description, canonical, hreflang and Open Graph. Its preview
 * image is the newest article's (the library has none of its own), so a shared library link shows what is new.
 */
export function LibraryHead({ catalog, language, origin, previewImage, t }: LibraryHeadProps) {
  const url = absoluteUrl(origin, libraryPath(language));
  const title = pageTitle(t('library.title'), t);
  const description = t('library.description');
  const newest = catalog.articles[0];
  const image = previewImage ? absoluteUrl(origin, previewImage) : null;
  const imageAlt = newest ? t('previewImageAlt', { headline: newest.headlines[language] ?? newest.slug }) : '';
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={url} />
      {languages.map((lang) => (
        <link key={lang} rel="alternate" hrefLang={lang} href={absoluteUrl(origin, libraryPath(lang))} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={absoluteUrl(origin, libraryPath(defaultLanguage))} />
      <FeedLink language={language} origin={origin} t={t} />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={t('siteName')} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content={openGraphLocale[language]} />
      <meta property="og:locale:alternate" content={openGraphLocale[otherLanguage(language)]} />
      {image ? (
        <>
          <meta property="og:image" content={image} />
          <meta property="og:image:type" content="image/png" />
          <meta property="og:image:width" content={String(previewImageSize.width)} />
          <meta property="og:image:height" content={String(previewImageSize.height)} />
          <meta property="og:image:alt" content={imageAlt} />
          <meta name="twitter:card" content="summary_large_image" />
        </>
      ) : null}
    </>
  );
}
