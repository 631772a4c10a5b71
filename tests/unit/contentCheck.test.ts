import { describe, expect, it } from 'vitest';
import { ContentError, validateContent } from '../../scripts/content/validateContent.ts';

/**
 * The content check on a small made-up article (`tests/unit/content.test.ts` covers the real one): what an
 * author who breaks a file sees in the build log.
 */
function contentFiles(changes: Record<string, unknown> = {}): Map<string, string> {
  const files: Record<string, unknown> = {
    'locales/en/ui.json': { siteName: 'Reader', error: { title: 'Oops' } },
    'locales/ko/ui.json': { siteName: '리더', error: { title: '오류' } },
    'locales/catalog/short-story.json': {
      originalLanguage: 'en',
      section: 'editorial',
      publishedAt: '2025-01-23T07:40:00+09:00',
      updatedAt: '2025-01-23T07:40:00+09:00',
      untranslated: {},
    },
    'locales/en/articles/short-story.json': { headline: 'Headline', paragraphs: { p1: 'One.', p2: 'Two.' } },
    'locales/ko/articles/short-story.json': { headline: '제목', paragraphs: { p1: '하나.', p2: '둘.' } },
    ...changes,
  };
  const entries = Object.entries(files).filter(([, value]) => value !== undefined);
  return new Map(entries.map(([file, value]) => [file, typeof value === 'string' ? value : JSON.stringify(value)]));
}

/** The problems the check reports, or [] when it passes. */
function problemsWith(changes: Record<string, unknown>): string[] {
  try {
    validateContent(contentFiles(changes));
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

describe('the content check, on a small article', () => {
  it('passes valid files and returns both editions', () => {
    const { editions, slugs } = validateContent(contentFiles());
    expect(slugs).toEqual(['short-story']);
    expect(editions.map((edition) => [edition.language, edition.headline])).toEqual([
      ['en', 'Headline'],
      ['ko', '제목'],
    ]);
  });

  it('lists the articles in file-name order, whatever order the files were read in', () => {
    const catalog = contentFiles().get('locales/catalog/short-story.json');
    const files = new Map([
      ['locales/catalog/b-story.json', catalog ?? ''],
      ['locales/catalog/a-story.json', catalog ?? ''],
      ...contentFiles(),
    ]);
    for (const slug of ['a-story', 'b-story']) {
      for (const language of ['en', 'ko']) {
        files.set(`locales/${language}/articles/${slug}.json`, files.get(`locales/${language}/articles/short-story.json`) ?? '');
      }
    }
    expect(validateContent(files).slugs).toEqual(['a-story', 'b-story', 'short-story']);
  });

  it('ignores files outside locales/catalog/ and locales/<lang>/articles/, and files that are not .json', () => {
    expect(
      problemsWith({
        'backup/locales/catalog/Old Story.json': '{',
        'locales/catalog/short-story.json.bak': '{',
        'backup/locales/fr/articles/short-story.json': '{',
        'locales/fr/articles/short-story.json.orig': '{',
      }),
    ).toEqual([]);
  });

  it('names a catalog file whose name is not a slug', () => {
    expect(problemsWith({ 'locales/catalog/Short_Story.json': '{}' })).toEqual([
      'locales/catalog/Short_Story.json: file name must be a slug (lowercase letters, digits, single hyphens)',
    ]);
  });

  it('names an article file in a language the reader is not published in', () => {
    expect(problemsWith({ 'locales/fr/articles/short-story.json': { headline: 'Titre', paragraphs: { p1: 'Un.' } } })).toEqual([
      'locales/fr/articles/short-story.json: "fr" is not a supported language (en, ko)',
    ]);
  });

  it('names the catalog and its key when it is not valid, without stopping at it', () => {
    const problems = problemsWith({ 'locales/catalog/short-story.json': { originalLanguage: 'en' } });
    expect(problems).toContainEqual(expect.stringMatching(/^locales\/catalog\/short-story\.json: section: /));
    expect(problems.every((problem) => problem.startsWith('locales/catalog/short-story.json: '))).toBe(true);
  });

  it('names a file whose top level is not an object as "(top level)"', () => {
    expect(problemsWith({ 'locales/ko/articles/short-story.json': ['제목'] })).toEqual([
      expect.stringMatching(/^locales\/ko\/articles\/short-story\.json: \(top level\): /),
    ]);
  });

  it('rejects paragraphs declared untranslated in the original language, which has them all', () => {
    const catalog = JSON.parse(contentFiles().get('locales/catalog/short-story.json') ?? '{}');
    expect(problemsWith({ 'locales/catalog/short-story.json': { ...catalog, untranslated: { en: ['p2'] } } })).toEqual([
      'locales/catalog/short-story.json: untranslated.en: "p2": en is the original language; it has every paragraph',
    ]);
  });

  it('names a UI file that is missing or does not parse', () => {
    expect(problemsWith({ 'locales/ko/ui.json': undefined })).toEqual(['locales/ko/ui.json: file is missing']);
    expect(problemsWith({ 'locales/en/ui.json': '{"siteName": ' })).toEqual([
      expect.stringMatching(/^locales\/en\/ui\.json: invalid JSON \(.+\)$/),
    ]);
  });

  it.each([
    ['a number', 3],
    ['null', null],
    ['a list', ['Oops']],
  ])('names a UI string that is %s instead of text', (_case, value) => {
    expect(problemsWith({ 'locales/ko/ui.json': { siteName: '리더', error: { title: value } } })).toEqual([
      'locales/ko/ui.json: error.title: must be a string or an object of strings',
      'locales/ko/ui.json: error.title: missing (present in locales/en/ui.json)',
    ]);
  });

  it('names a UI file that is not an object at all', () => {
    expect(problemsWith({ 'locales/ko/ui.json': ['리더'] })).toContain(
      'locales/ko/ui.json: (top level): must be a string or an object of strings',
    );
  });

  it('names a UI string that is only spaces', () => {
    expect(problemsWith({ 'locales/ko/ui.json': { siteName: '   ', error: { title: '오류' } } })).toEqual([
      'locales/ko/ui.json: siteName: must not be empty',
    ]);
  });

  it('reports every problem in one error whose message lists them, for the build log', () => {
    let caught: unknown;
    try {
      validateContent(contentFiles({ 'locales/ko/ui.json': undefined, 'locales/catalog/Bad.json': '{}' }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentError);
    expect(caught).toMatchObject({
      name: 'ContentError',
      message:
        'Content check failed:\n' +
        '  - locales/ko/ui.json: file is missing\n' +
        '  - locales/catalog/Bad.json: file name must be a slug (lowercase letters, digits, single hyphens)',
    });
  });
});
