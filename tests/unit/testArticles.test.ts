import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyTestArticlesFlag, readContent } from '../../scripts/content/readContent.ts';
import { ContentError } from '../../scripts/content/validateContent.ts';
import { slug as seedSlug } from './seedEditions.ts';

/**
 * The test article (tests/fixtures/content/): in the browser tests' build, held to the rules of a real
 * article, and in no other build.
 */
const root = process.cwd();
const testSlug = 'keep-the-river-library-open-after-dark';

function problemsReading(site: string): string[] {
  try {
    readContent(site, { withTestArticles: true });
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return expect.fail('expected the content check to fail');
}

describe('the test article', () => {
  it('is read only when asked for: a plain build has the real articles alone', () => {
    expect(readContent(root, { withTestArticles: false }).slugs).not.toContain(testSlug);
    expect(readContent(root, { withTestArticles: true }).slugs).toEqual([seedSlug, testSlug]);
  });

  it('is an English original, newer than the seed, with a Korean translation that leaves one paragraph untranslated', () => {
    const { editions } = readContent(root, { withTestArticles: true });
    const english = editions.find((edition) => edition.slug === testSlug && edition.language === 'en');
    const korean = editions.find((edition) => edition.slug === testSlug && edition.language === 'ko');
    const seed = editions.find((edition) => edition.slug === seedSlug);
    expect(english?.originalLanguage).toBe('en');
    expect(Date.parse(english?.publishedAt ?? '')).toBeGreaterThan(Date.parse(seed?.publishedAt ?? ''));
    expect(english?.paragraphs.length).toBeGreaterThanOrEqual(8);
    expect(korean?.paragraphs.filter((paragraph) => paragraph.untranslated).map((paragraph) => [paragraph.id, paragraph.language])).toEqual([['p8', 'en']]);
  });

  describe('the build flag', () => {
    it('sets the variable the content readers follow, and clears one left in the shell without the flag', () => {
      const env: NodeJS.ProcessEnv = {};
      expect(applyTestArticlesFlag(['--local', '--with-test-articles'], env)).toBe(true);
      expect(env.READER_TEST_ARTICLES).toBe('1');
      expect(applyTestArticlesFlag(['--local'], env)).toBe(false);
      expect(env.READER_TEST_ARTICLES).toBeUndefined();
    });

    it('is what readContent follows when not told otherwise', () => {
      const before = process.env.READER_TEST_ARTICLES;
      try {
        process.env.READER_TEST_ARTICLES = '1';
        expect(readContent(root).slugs).toContain(testSlug);
        delete process.env.READER_TEST_ARTICLES;
        expect(readContent(root).slugs).not.toContain(testSlug);
      } finally {
        if (before === undefined) delete process.env.READER_TEST_ARTICLES;
        else process.env.READER_TEST_ARTICLES = before;
      }
    });
  });

  describe('in a copy of the content', () => {
    let site: string;
    beforeEach(() => {
      site = mkdtempSync(join(tmpdir(), 'test-articles-'));
      for (const directory of ['locales', 'tests/fixtures/content']) cpSync(join(root, directory), join(site, directory), { recursive: true });
    });
    afterEach(() => {
      rmSync(site, { recursive: true, force: true });
    });

    it('is checked like a real article, and a problem names its file under tests/fixtures/content/', () => {
      const file = `tests/fixtures/content/ko/articles/${testSlug}.json`;
      const korean = JSON.parse(readFileSync(join(site, file), 'utf8'));
      delete korean.paragraphs.p3;
      writeFileSync(join(site, file), JSON.stringify(korean));
      expect(problemsReading(site)).toEqual([
        `${file}: paragraphs.p3: missing (translate it, or list it under untranslated.ko in tests/fixtures/content/catalog/${testSlug}.json)`,
      ]);
    });

    it('can never stand in for a real article', () => {
      cpSync(join(site, 'locales/catalog', `${seedSlug}.json`), join(site, 'tests/fixtures/content/catalog', `${seedSlug}.json`));
      expect(problemsReading(site)).toEqual([
        `tests/fixtures/content/catalog/${seedSlug}.json: locales/catalog/${seedSlug}.json already exists; a test article needs a slug of its own`,
      ]);
    });
  });
});
