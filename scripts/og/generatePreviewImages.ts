import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { isTranslation } from '../../src/articles/edition.ts';
import { createI18n } from '../../src/i18n/createI18n.ts';
import { formatArticleDate } from '../../src/i18n/formatDate.ts';
import { previewImagePath } from '../../src/routing/paths.ts';
import { readContent } from '../content/readContent.ts';
import { previewCardSvg } from './previewCard.ts';

/**
 * `npm run og:images`: renders every article's link-preview card per language into public/og/ (committed, so
 * building needs no fonts or renderer). Run it after adding an article or changing a headline; the build
 * fails while an image is missing (scripts/og/checkPreviewImages.ts).
 */
const fontDirectory = '/usr/share/fonts/opentype/noto';
const fontFiles = ['NotoSerifCJK-Bold.ttc', 'NotoSansCJK-Bold.ttc', 'NotoSansCJK-Regular.ttc'].map((file) => join(fontDirectory, file));
const missingFonts = fontFiles.filter((file) => !existsSync(file));
if (missingFonts.length > 0) {
  throw new Error(`Korean fonts not found (${missingFonts.join(', ')}). On Debian: apt-get install -y fonts-noto-cjk`);
}

const root = process.cwd();
for (const edition of readContent(root).editions) {
  const { t } = createI18n(edition.language);
  const date = formatArticleDate(edition.publishedAt, edition.language);
  const svg = previewCardSvg(edition, {
    kicker: `${t(`sections.${edition.section}`)} · ${t('siteName')}`.toUpperCase(),
    headline: edition.headline,
    footer: [t(`languages.${edition.language}`), isTranslation(edition) ? t('previewTranslated') : null, date]
      .filter(Boolean)
      .join(' · '),
  });
  const png = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK KR' },
    fitTo: { mode: 'original' },
  })
    .render()
    .asPng();
  const file = join(root, 'public', previewImagePath(edition.language, edition.slug));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, png);
  console.log(`wrote ${file} (${png.length} bytes)`);
}
