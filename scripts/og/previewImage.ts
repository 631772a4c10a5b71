import { createHash } from 'node:crypto';
import type { Edition } from '../../src/articles/edition.ts';
import { previewImagePath } from '../../src/routing/paths.ts';
import { cardForEdition } from './cardForEdition.ts';

/**
 * An edition's link-preview image: the card it shows (SVG), the card's hash, and the site path it is served
 * at, which carries the hash (src/routing/paths.ts). The page's og:image (the prerender), the file the build
 * writes and the dev server's answer all come from here, so they always name the same picture.
 */
export interface PreviewImage {
  /** Site path, e.g. `/og/en/<slug>-1a2b3c4d.png`. */
  path: string;
  svg: string;
  /** SHA-256 of the SVG, hex: equal hashes, same picture. */
  hash: string;
}

export function previewImageOf(edition: Edition): PreviewImage {
  const svg = cardForEdition(edition);
  const hash = createHash('sha256').update(svg).digest('hex');
  return { path: previewImagePath(edition.language, edition.slug, hash), svg, hash };
}
