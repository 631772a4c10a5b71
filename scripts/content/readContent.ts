import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ContentError, validateContent, type Content, type ContentFiles } from './validateContent.ts';

/**
 * Articles that exist only for the tests (tests/fixtures/content/, laid out like locales/ without the UI
 * bundles): the browser tests read the site with at least two articles, and a real deploy never shows them.
 * They are read when asked for, or when READER_TEST_ARTICLES is "1": `npm run build:local -- --with-test-articles`
 * (which `npm run test:e2e` runs) sets it, so that the Vite plugins and the prerender, which each read the
 * content, see the same articles.
 */
export const testArticlesDirectory = 'tests/fixtures/content';

export interface ReadContentOptions {
  withTestArticles?: boolean;
}

export const testArticlesRequested = (): boolean => process.env.READER_TEST_ARTICLES === '1';

/**
 * The build's `--with-test-articles`: sets READER_TEST_ARTICLES for every reader of the content in this process (the
 * Vite plugins, the prerender), and clears it without the flag, so that only the flag, never a variable left
 * in the shell, puts test articles in a build.
 */
export function applyTestArticlesFlag(args: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const wanted = args.includes('--with-test-articles');
  if (wanted) env.READER_TEST_ARTICLES = '1';
  else delete env.READER_TEST_ARTICLES;
  return wanted;
}

/** Every JSON file under `directory`, by its path relative to it, with `/` separators. */
function jsonFiles(directory: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(directory, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  }
  return files;
}

/**
 * Reads every JSON file under `locales/` (and the test articles, when asked for) and validates them all
 * together (see validateContent.ts for the rules): a test article is held to the rules of a real one.
 */
export function readContent(root: string, { withTestArticles = testArticlesRequested() }: ReadContentOptions = {}): Content {
  const files = new Map(readContentFiles(root));
  const testDirectory = join(root, testArticlesDirectory);
  const testFiles = withTestArticles && existsSync(testDirectory) ? jsonFiles(testDirectory) : new Map<string, string>();
  // Under their locales/ names, so validateContent checks them as it checks the real ones; a test article
  // can never replace a real file.
  for (const [path, text] of testFiles) {
    const name = `locales/${path}`;
    if (files.has(name)) throw new ContentError([`${testArticlesDirectory}/${path}: ${name} already exists; a test article needs a slug of its own`]);
    files.set(name, text);
  }
  try {
    return validateContent(files);
  } catch (error) {
    if (!(error instanceof ContentError) || testFiles.size === 0) throw error;
    // A problem in a test article names the file where it really is.
    const where = (problem: string): string =>
      [...testFiles.keys()].reduce((text, path) => text.replaceAll(`locales/${path}`, `${testArticlesDirectory}/${path}`), problem);
    throw new ContentError(error.problems.map(where));
  }
}

/** Every JSON file under `locales/` (never the test articles), by its path from `root` with `/` separators, unchecked. */
export function readContentFiles(root: string): ContentFiles {
  return new Map([...jsonFiles(join(root, 'locales'))].map(([path, text]) => [`locales/${path}`, text]));
}
