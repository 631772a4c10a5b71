import { createHash } from 'node:crypto';
import type { Edition } from '../../src/articles/edition.ts';
import { isTranslation } from '../../src/articles/edition.ts';
import { createI18n } from '../../src/i18n/createI18n.ts';
import { formatArticleDate } from '../../src/i18n/formatDate.ts';
import { previewCardSvg } from './previewCard.ts';

/**
 * The link-preview card of one edition, as the SVG that `npm run og:images` renders: section and site name,
 * headline, language (marked where it is a translation) and date, all from the content bundles. The build
 * recomputes it to tell whether a committed image still shows what the article says (checkPreviewImages.ts).
 */
export function cardForEdition(edition: Edition): string {
  const { t } = createI18n(edition.language);
  const date = formatArticleDate(edition.publishedAt, edition.language);
  return previewCardSvg(edition, {
    kicker: `${t(`sections.${edition.section}`)} · ${t('siteName')}`.toUpperCase(),
    headline: edition.headline,
    footer: [t(`languages.${edition.language}`), isTranslation(edition) ? t('previewTranslated') : null, date]
      .filter(Boolean)
      .join(' · '),
  });
}

/** The PNG text keyword under which an image records the card it was drawn from. */
export const cardSourceKeyword = 'reader-card-sha256';

/** Fingerprint of a card's SVG: equal fingerprints, same picture. */
export function cardFingerprint(svg: string): string {
  return createHash('sha256').update(svg).digest('hex');
}
