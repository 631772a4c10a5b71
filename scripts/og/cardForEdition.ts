import type { Edition } from '../../src/articles/edition.ts';
import { awaitsTranslation, isTranslation } from '../../src/articles/edition.ts';
import i18next from 'i18next';
import { i18nOptions } from '../../src/i18n/i18nOptions.ts';
import { formatArticleDate } from '../../src/i18n/formatDate.ts';
import { previewCardSvg } from './previewCard.ts';

/**
 * The link-preview card of one edition, as SVG: section and site name, headline, language (marked where it
 * is a translation; an edition still waiting for its translation, in the original, is not marked) and date, all from the content bundles. Its hash names the image (previewImage.ts).
 */
export function cardForEdition(edition: Edition): string {
  // Strings only, no React: this runs in the build's own process, before the SSR bundle loads React.
  const strings = i18next.createInstance();
  void strings.init(i18nOptions(edition.language));
  const { t } = strings;
  const date = formatArticleDate(edition.publishedAt, edition.language);
  return previewCardSvg(edition, {
    kicker: `${t(`sections.${edition.section}`)} · ${t('siteName')}`.toUpperCase(),
    headline: edition.headline,
    footer: [t(`languages.${edition.language}`), isTranslation(edition) && !awaitsTranslation(edition) ? t('previewTranslated') : null, date]
      .filter(Boolean)
      .join(' · '),
  });
}
