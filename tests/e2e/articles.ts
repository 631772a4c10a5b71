/**
 * The articles the browser tests read (the build of `npm run test:e2e` has both): the seed, under locales/,
 * and the test article, under tests/fixtures/content/, which lists first (it is newer) and has a paragraph
 * declared untranslated in Korean. Specs about one article name it; none may assume it is the only one.
 */
export const slug = 'dpk-leader-welcomes-us-n-korea-talks';
export const testArticleSlug = 'keep-the-river-library-open-after-dark';
/** The newest article of the browser tests' build, which `/` opens: the test article. */
export const newestArticleSlug = testArticleSlug;

export const articleUrlOf = (articleSlug: string, language: 'en' | 'ko', fragment = ''): string =>
  `/${language}/articles/${articleSlug}/${fragment}`;
