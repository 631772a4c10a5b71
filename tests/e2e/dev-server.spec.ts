import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as z from 'zod/mini';
import { copyProject } from '../fixtures/projectCopy.ts';
import { freePort } from './freePort.ts';
import { articleUrl, expect, isPositionVisible, pageState, positionInUrl, slug, test, type PageState } from './fixtures.ts';

/**
 * `npm run dev` serves every route the build serves, rendered on the server and hydrated as in production,
 * with hot reload. The dev server (`vite`, exactly what `npm run dev` runs) is started on a port of its own,
 * in a copy of the project, so that the hot-reload test can edit files.
 */
const root = process.cwd();
// Outside the project: Vite's file watcher ignores everything under test-results/.
let copy = '';
const articleText = z.object({ headline: z.string(), paragraphs: z.record(z.string(), z.string()) });
const textIn = (language: 'en' | 'ko') =>
  articleText.parse(JSON.parse(readFileSync(join(root, 'locales', language, 'articles', `${slug}.json`), 'utf8')));

let dev: ChildProcess | undefined;
let origin = '';

test.describe.configure({ mode: 'serial' });
// A phone screen: the article spans several pages, so that opening at p3 means opening on a later page.
test.use({ viewport: { width: 390, height: 844 } });

test.beforeAll(async () => {
  // Starting Vite and its first dependency bundling take a while on a busy machine.
  test.setTimeout(120_000);
  copy = mkdtempSync(join(tmpdir(), 'reader-dev-server-'));
  copyProject(root, copy);
  const port = await freePort();
  origin = `http://localhost:${port}`;
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(process.execPath, [vite, '--port', String(port), '--strictPort'], {
    cwd: copy,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Plain output: Vite prints the port of its URL in bold otherwise.
    env: { ...process.env, NO_COLOR: '1' },
  });
  dev = server;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`localhost:${port}`)) resolve();
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.on('exit', (code) => reject(new Error(`vite exited with ${code}:\n${output}`)));
  });
});

test.afterAll(() => {
  dev?.kill();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Opens a page of the dev server and waits until the reader has laid it out in pages. */
async function openAt(page: Page, path: string): Promise<PageState> {
  const response = await page.goto(`${origin}${path}`);
  expect(response?.status(), path).toBe(200);
  // The first load compiles the modules on demand.
  await expect(page.locator('.reader[data-paged]')).toBeVisible({ timeout: 60_000 });
  return pageState(page);
}

test('opens an article in either language at a paragraph, rendered, hydrated and paged', async ({ page }) => {
  test.setTimeout(120_000);
  for (const language of ['en', 'ko'] as const) {
    const text = textIn(language);
    const state = await openAt(page, articleUrl(language, '#p3'));
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.headline);
    const paragraphs = await page.locator('[data-paragraph-text]').evaluateAll((elements) => elements.map((element) => element.firstChild?.textContent));
    expect(paragraphs).toEqual(Object.values(text.paragraphs));
    expect(positionInUrl(page)).toEqual({ paragraph: 'p3', offset: 0 });
    expect(await isPositionVisible(page, { paragraph: 'p3', offset: 0 })).toBe(true);
    expect(state.current, `${language}: p3 is not on the first page`).toBeGreaterThan(1);
    await expectPreviewImage(page, language);
  }
});

test('serves the feeds, the sitemap and robots.txt as the build writes them, on its own origin', async ({ request }) => {
  for (const [path, type, text] of [
    ['/ko/feed.xml', 'application/atom+xml; charset=utf-8', textIn('ko').headline],
    ['/sitemap.xml', 'application/xml; charset=utf-8', `${origin}/en/articles/${slug}/`],
    ['/robots.txt', 'text/plain; charset=utf-8', `Sitemap: ${origin}/sitemap.xml`],
  ] as const) {
    const response = await request.get(`${origin}${path}`);
    expect([response.status(), response.headers()['content-type']], path).toEqual([200, type]);
    expect(await response.text(), path).toContain(text);
  }
});

/** The page's og:image names a PNG the dev server draws (or takes from the cache) and serves; returns its path. */
async function expectPreviewImage(page: Page, language: 'en' | 'ko'): Promise<string> {
  const image = await page.locator('head meta[property="og:image"]').getAttribute('content');
  const path = new URL(image ?? '').pathname;
  expect(path).toMatch(new RegExp(`^/og/${language}/${slug}-[0-9a-f]{8}\\.png$`));
  const response = await page.request.get(`${origin}${path}`);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).readUInt32BE(16), `${path}: width`).toBe(1200);
  return path;
}

test.describe('unknown paths', () => {
  test.use({ expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 404/] });

  test('answer with the not-found page of their language and status 404', async ({ page }) => {
    for (const [path, heading] of [
      ['/ko/no/such/page', '페이지를 찾을 수 없습니다'],
      ['/en/articles/no-such-article/', 'Page not found'],
    ] as const) {
      const response = await page.goto(`${origin}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
  });
});

test('reloads styles and components in place, and the page when content under locales/ changes', async ({ page }) => {
  test.setTimeout(120_000);
  await openAt(page, articleUrl('en'));
  const headline = page.getByRole('heading', { level: 1 });
  // Gone if the page reloads.
  await page.evaluate(() => Object.assign(window, { devServerTestMarker: true }));
  const stillThisPage = () => page.evaluate(() => Reflect.get(window, 'devServerTestMarker') === true);

  const stylesheet = join(copy, 'src', 'styles', 'reader.css');
  writeFileSync(stylesheet, `${readFileSync(stylesheet, 'utf8')}\n.article-headline { outline: 3px solid rgb(1, 2, 3); }\n`);
  await expect(headline).toHaveCSS('outline-color', 'rgb(1, 2, 3)');
  expect(await stillThisPage()).toBe(true);

  const component = join(copy, 'src', 'reader', 'ArticleHeader.tsx');
  const source = readFileSync(component, 'utf8');
  expect(source, 'the headline element this test edits').toContain('className="article-headline"');
  writeFileSync(component, source.replace('className="article-headline"', 'className="article-headline" data-edited=""'));
  await expect(headline).toHaveAttribute('data-edited', '');
  expect(await stillThisPage()).toBe(true);

  const imageBefore = await expectPreviewImage(page, 'en');
  const articleFile = join(copy, 'locales', 'en', 'articles', `${slug}.json`);
  const article = textIn('en');
  const edited = { headline: 'An edited headline', paragraphs: { ...article.paragraphs, p1: 'An edited first paragraph.' } };
  writeFileSync(articleFile, JSON.stringify(edited));
  await expect(page.locator('[data-paragraph="p1"] [data-paragraph-text]')).toContainText('An edited first paragraph.');
  expect(await stillThisPage()).toBe(false);
  // A new headline is a new card, under a new name.
  await expect(headline).toHaveText('An edited headline');
  expect(await expectPreviewImage(page, 'en')).not.toBe(imageBefore);
});
