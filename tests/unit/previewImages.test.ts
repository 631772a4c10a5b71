import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/content/readContent.ts';
import type { Content } from '../../scripts/content/validateContent.ts';
import { cardFingerprint, cardForEdition, cardSourceKeyword } from '../../scripts/og/cardForEdition.ts';
import { pngSize, previewImageProblems } from '../../scripts/og/checkPreviewImages.ts';
import { readPngText, withPngText } from '../../scripts/og/pngText.ts';

const root = process.cwd();
const slug = 'dpk-leader-welcomes-us-n-korea-talks';
const enImage = `public/og/en/${slug}.png`;
const koImage = `public/og/ko/${slug}.png`;
const committed = readFileSync(join(root, enImage));

/** Every chunk's CRC matches its type and data, as a PNG decoder checks. */
function crcsValid(png: Buffer): boolean {
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) !== png.readUInt32BE(offset + 8 + length)) return false;
    offset += 12 + length;
  }
  return true;
}

describe('PNG text chunks', () => {
  it('stores a text after the header and reads it back, keeping the image valid', () => {
    const tagged = withPngText(committed, 'test-key', 'hello');
    expect(readPngText(tagged, 'test-key')).toBe('hello');
    expect(tagged.toString('latin1', 12, 16)).toBe('IHDR');
    expect(tagged.toString('latin1', 37, 41)).toBe('tEXt');
    expect(pngSize(tagged)).toEqual({ width: 1200, height: 630 });
    expect(crcsValid(tagged)).toBe(true);
  });

  it('replaces a text under the same keyword rather than adding a second one', () => {
    const twice = withPngText(withPngText(committed, 'test-key', 'old'), 'test-key', 'new');
    expect(readPngText(twice, 'test-key')).toBe('new');
    expect(twice.length).toBe(withPngText(committed, 'test-key', 'old').length);
    expect(crcsValid(twice)).toBe(true);
  });

  it('finds nothing in an image without the keyword or in a file that is not a PNG', () => {
    expect(readPngText(committed, 'no-such-key')).toBeNull();
    expect(readPngText(Buffer.from('not an image'), cardSourceKeyword)).toBeNull();
    expect(() => withPngText(Buffer.from('not an image'), 'k', 'v')).toThrow('not a PNG');
  });
});

describe('link-preview images are checked against the article text', () => {
  let site: string;
  let content: Content;

  beforeEach(() => {
    site = mkdtempSync(join(tmpdir(), 'og-check-'));
    cpSync(join(root, 'public/og'), join(site, 'public/og'), { recursive: true });
    content = readContent(root);
  });

  afterEach(() => {
    rmSync(site, { recursive: true, force: true });
  });

  it('accepts the committed images: each records the card that the current text draws', () => {
    expect(previewImageProblems(root, content)).toEqual([]);
    const en = content.editions.find((edition) => edition.language === 'en' && edition.slug === slug);
    if (!en) throw new Error(`no English edition of ${slug}`);
    expect(readPngText(committed, cardSourceKeyword)).toBe(cardFingerprint(cardForEdition(en)));
  });

  it('names the image and the files to look at when a headline changed after the image was drawn', () => {
    const edited: Content = {
      ...content,
      editions: content.editions.map((edition) =>
        edition.language === 'ko' ? { ...edition, headline: `${edition.headline} (수정)` } : edition,
      ),
    };
    expect(previewImageProblems(site, edited)).toEqual([
      `${koImage}: does not show the current headline (locales/ko/articles/${slug}.json) or section and date (locales/catalog/${slug}.json) (run npm run og:images)`,
    ]);
  });

  it('notices a changed date too, in both languages', () => {
    const edited: Content = {
      ...content,
      editions: content.editions.map((edition) => ({ ...edition, publishedAt: '2025-01-24T07:40:00+09:00' })),
    };
    expect(previewImageProblems(site, edited)).toHaveLength(2);
  });

  it('rejects an image with no record of its card (drawn by hand or by an older generator), or another card', () => {
    // The generator puts the record right after the 33-byte signature and header: cut that chunk out.
    const recordLength = 12 + committed.readUInt32BE(33);
    const unrecorded = Buffer.concat([committed.subarray(0, 33), committed.subarray(33 + recordLength)]);
    expect(readPngText(unrecorded, cardSourceKeyword)).toBeNull();
    writeFileSync(join(site, enImage), unrecorded);
    writeFileSync(join(site, koImage), withPngText(readFileSync(join(root, koImage)), cardSourceKeyword, 'another card'));
    expect(previewImageProblems(site, content)).toEqual([
      `${enImage}: does not show the current headline (locales/en/articles/${slug}.json) or section and date (locales/catalog/${slug}.json) (run npm run og:images)`,
      `${koImage}: does not show the current headline (locales/ko/articles/${slug}.json) or section and date (locales/catalog/${slug}.json) (run npm run og:images)`,
    ]);
  });

  it('still names a file that is not a 1200x630 PNG', () => {
    writeFileSync(join(site, enImage), 'not an image');
    expect(previewImageProblems(site, content)).toEqual([`${enImage}: must be a 1200x630 PNG (run npm run og:images)`]);
  });
});
