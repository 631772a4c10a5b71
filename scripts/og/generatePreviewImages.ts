import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { previewImagePath } from '../../src/routing/paths.ts';
import { readContent } from '../content/readContent.ts';
import { cardFingerprint, cardForEdition, cardSourceKeyword } from './cardForEdition.ts';
import { withPngText } from './pngText.ts';

/**
 * `npm run og:images`: renders every article's link-preview card per language into public/og/ (committed, so
 * building needs no fonts or renderer). Run it after adding an article or changing a headline, section or
 * date: each image records the fingerprint of the card it shows, and the build fails while one is missing or
 * shows other text than the article (scripts/og/checkPreviewImages.ts).
 */
const fontDirectory = '/usr/share/fonts/opentype/noto';
const fontFiles = ['NotoSerifCJK-Bold.ttc', 'NotoSansCJK-Bold.ttc', 'NotoSansCJK-Regular.ttc'].map((file) => join(fontDirectory, file));
const missingFonts = fontFiles.filter((file) => !existsSync(file));
if (missingFonts.length > 0) {
  throw new Error(`Korean fonts not found (${missingFonts.join(', ')}). On Debian: apt-get install -y fonts-noto-cjk`);
}

const root = process.cwd();
for (const edition of readContent(root).editions) {
  const svg = cardForEdition(edition);
  const rendered = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK KR' },
    fitTo: { mode: 'original' },
  })
    .render()
    .asPng();
  const png = withPngText(rendered, cardSourceKeyword, cardFingerprint(svg));
  const file = join(root, 'public', previewImagePath(edition.language, edition.slug));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, png);
  console.log(`wrote ${file} (${png.length} bytes)`);
}
