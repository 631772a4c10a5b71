import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { findCardFonts } from './cardFonts.ts';
import type { PreviewImage } from './previewImage.ts';

/**
 * Preview images are drawn once per card: the PNG is kept under the card's hash, so a build draws only the
 * cards that changed (a new article, an edited headline, section or date) and copies the rest. The cache
 * is local to the machine, never committed: node_modules/.cache/reader-og/ (where tools keep caches, and
 * gone with a fresh `npm ci`), or OG_CACHE_DIR.
 */
export const cacheDirectory = (root: string, env: NodeJS.ProcessEnv = process.env): string =>
  env.OG_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'reader-og');

export interface CachedImage {
  png: Buffer;
  /** True when it was drawn now, false when it came from the cache. */
  drawn: boolean;
}

export class PreviewImageCache {
  private fonts: string[] | undefined;
  private readonly directory: string;
  private readonly findFonts: () => string[];

  constructor(directory: string, findFonts: () => string[] = findCardFonts) {
    this.directory = directory;
    this.findFonts = findFonts;
  }

  /** The image's PNG: from the cache, or drawn and kept. */
  get(image: PreviewImage): CachedImage {
    const file = join(this.directory, `${image.hash}.png`);
    if (existsSync(file)) return { png: readFileSync(file), drawn: false };
    const png = this.draw(image.svg);
    mkdirSync(this.directory, { recursive: true });
    // Written aside, then renamed: a build running beside this one never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return { png, drawn: true };
  }

  private draw(svg: string): Buffer {
    // Looked up on the first drawing only: a build whose cards are all cached needs no fonts.
    this.fonts ??= this.findFonts();
    // Only the card's own fonts, not the system's: the picture depends on nothing else installed.
    const resvg = new Resvg(svg, {
      font: { fontFiles: this.fonts, loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK KR' },
      fitTo: { mode: 'original' },
    });
    return resvg.render().asPng();
  }
}
