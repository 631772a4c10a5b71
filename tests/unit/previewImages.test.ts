import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardFontError, findCardFonts } from '../../scripts/og/cardFonts.ts';
import { previewImageOf } from '../../scripts/og/previewImage.ts';
import { cacheDirectory, PreviewImageCache } from '../../scripts/og/previewImageCache.ts';
import { editionIn, slug } from './seedEditions.ts';

/** Size of a PNG, from its IHDR chunk (bytes 16–23), or null if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("a preview image's name", () => {
  it("carries the first 8 characters of the SHA-256 of the card it shows, per language", () => {
    for (const language of ['en', 'ko'] as const) {
      const image = previewImageOf(editionIn(language));
      expect(image.hash).toBe(createHash('sha256').update(image.svg).digest('hex'));
      expect(image.path).toBe(`/og/${language}/${slug}-${image.hash.slice(0, 8)}.png`);
    }
  });

  it('changes with what the card shows (headline, section, date, a translation mark) and nothing else', () => {
    const english = editionIn('en');
    const path = (changes: Partial<typeof english>): string => previewImageOf({ ...english, ...changes }).path;
    const original = path({});
    expect(path({ headline: 'Another headline' })).not.toBe(original);
    expect(path({ publishedAt: '2025-01-24T07:40:00+09:00' })).not.toBe(original);
    expect(path({ originalLanguage: 'ko' })).not.toBe(original);
    // Not drawn on the card: the body and the update time.
    expect(path({ paragraphs: english.paragraphs.slice(1), updatedAt: '2025-02-01T00:00:00+09:00' })).toBe(original);
  });

  it('marks a translation as one, but not an edition still waiting for its translation (shown in the original)', () => {
    const korean = editionIn('ko');
    expect(previewImageOf(korean).svg).toContain('번역');
    const waiting = { ...korean, paragraphs: korean.paragraphs.map((paragraph) => ({ ...paragraph, untranslated: true })) };
    expect(previewImageOf(waiting).svg).not.toContain('번역');
  });
});

// Drawing a card with resvg (fonts loaded, 1200x630) takes a second or more on a busy 2-core machine.
describe('the preview image cache', { timeout: 60_000 }, () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'og-cache-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('draws a card once as a 1200x630 PNG, kept under its hash, and then only reads it', () => {
    const cache = new PreviewImageCache(directory);
    const image = previewImageOf(editionIn('ko'));
    const first = cache.get(image);
    expect(first.drawn).toBe(true);
    expect(pngSize(first.png)).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(directory)).toEqual([`${image.hash}.png`]);
    const again = new PreviewImageCache(directory, () => expect.fail('fonts looked up for a cached card')).get(image);
    expect(again.drawn).toBe(false);
    expect(again.png.equals(first.png)).toBe(true);
  });

  it('draws a changed card anew, beside the old one', () => {
    const cache = new PreviewImageCache(directory);
    const english = editionIn('en');
    const before = previewImageOf(english);
    const after = previewImageOf({ ...english, headline: 'DPK leader welcomes talks' });
    writeFileSync(join(directory, `${before.hash}.png`), 'kept');
    expect(cache.get(before)).toEqual({ png: Buffer.from('kept'), drawn: false });
    expect(cache.get(after).drawn).toBe(true);
    expect(readdirSync(directory).sort()).toEqual([`${before.hash}.png`, `${after.hash}.png`].sort());
  });

  it('lives in node_modules/.cache, never in the repository, unless OG_CACHE_DIR says otherwise', () => {
    expect(cacheDirectory('/project', {})).toBe(join('/project', 'node_modules', '.cache', 'reader-og'));
    expect(cacheDirectory('/project', { OG_CACHE_DIR: '/elsewhere' })).toBe('/elsewhere');
  });
});

describe('the fonts the cards are drawn with', () => {
  it('are found through fontconfig on this machine (fonts-noto-cjk)', () => {
    const files = findCardFonts({});
    expect(files).toHaveLength(3);
    for (const file of files) expect(existsSync(file)).toBe(true);
  });

  it('name the package to install when fontconfig answers with another font', () => {
    const dejaVu = () => 'DejaVu Sans|Book|/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    expect(() => findCardFonts({}, dejaVu)).toThrow(CardFontError);
    expect(() => findCardFonts({}, dejaVu)).toThrow(
      'Fonts for the link-preview images not found: Noto Serif CJK KR:style=Bold, Noto Sans CJK KR:style=Bold, Noto Sans CJK KR:style=Regular. On Debian: apt-get install -y fonts-noto-cjk',
    );
  });

  it('name the package to install when fontconfig is missing', () => {
    const noFontconfig = (): string => {
      throw new Error('spawnSync fc-match ENOENT');
    };
    expect(() => findCardFonts({}, noFontconfig)).toThrow(/fc-match could not be run.*apt-get install -y fonts-noto-cjk/);
  });

  it('can be listed in OG_FONT_FILES instead, each of which must exist', () => {
    const directory = mkdtempSync(join(tmpdir(), 'og-fonts-'));
    try {
      const font = join(directory, 'Card.otf');
      mkdirSync(directory, { recursive: true });
      writeFileSync(font, '');
      const never = () => expect.fail('fontconfig asked although OG_FONT_FILES is set');
      expect(findCardFonts({ OG_FONT_FILES: font }, never)).toEqual([font]);
      expect(() => findCardFonts({ OG_FONT_FILES: [font, join(directory, 'Gone.otf')].join(delimiter) }, never)).toThrow(
        `OG_FONT_FILES names files that do not exist: ${join(directory, 'Gone.otf')}`,
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
