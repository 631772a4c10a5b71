import { execFileSync } from 'node:child_process';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startPreview, type PreviewServer } from '../../scripts/bench/reader/previewServer.ts';
import { copyProject } from '../fixtures/projectCopy.ts';
import { freePort } from './freePort.ts';
import { expect, pageState, test } from './fixtures.ts';

/**
 * `npm run article:import`, end to end: in a copy of the project, import two synthetic captures (one with its
 * Korean translation, one without), build the copy as `npm run build:local` does, serve it as `npm start`
 * does, and read both new articles in both languages. One import and one build for the whole file (about a
 * minute of CI time), in beforeAll.
 */
const root = process.cwd();
const captures = join(root, 'tests/fixtures/captures');
const translated = { slug: 'harbour-ferries-to-run-through-the-night', capture: 'harbour-ferries.en.txt', translation: 'harbour-ferries.ko.txt' };
const untranslated = { slug: 'night-market-returns-to-the-old-rail-yard', capture: 'night-market-returns.en.txt' };

/** The paragraphs of a capture or translation file, as the import reads them (blocks after the header lines). */
function blocks(file: string, skip: number): string[] {
  return readFileSync(join(captures, file), 'utf8').trim().split(/\n\s*\n/).slice(skip);
}

let copy = '';
let server: PreviewServer | undefined;
const npm = (...args: string[]) => execFileSync('npm', args, { cwd: copy, stdio: 'pipe', encoding: 'utf8' });

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 390, height: 844 } });

test.beforeAll(async () => {
  // A whole build of the copy: about a minute on a busy machine.
  test.setTimeout(300_000);
  copy = mkdtempSync(join(tmpdir(), 'reader-import-'));
  copyProject(root, copy);
  const first = npm('run', 'article:import', '--', join(captures, translated.capture), '--ko', join(captures, translated.translation));
  expect(first).toContain(`wrote locales/ko/articles/${translated.slug}.json`);
  const second = npm('run', 'article:import', '--', join(captures, untranslated.capture));
  expect(second).toContain('not yet translated');
  // The build draws the new articles' preview images itself (scripts/og/).
  npm('run', 'build:local');
  server = await startPreview(copy, 'dist', await freePort());
});

test.afterAll(async () => {
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** The text of each paragraph, without the ¶ link and the peek toggle that follow it. */
const paragraphTexts = (page: Page) => page.locator('.paragraph-text').evaluateAll((elements) => elements.map((element) => element.firstChild?.textContent));

const open = async (page: Page, path: string) => {
  const response = await page.goto(`${server?.origin ?? ''}${path}`);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('.reader[data-paged]')).toBeVisible();
};

test('an imported article reads in English, switches in place to its Korean translation, and pages to the end', async ({ page }) => {
  await open(page, `/en/articles/${translated.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour ferries to run through the night');
  expect(await paragraphTexts(page)).toEqual(blocks(translated.capture, 5));
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(new RegExp(`/ko/articles/${translated.slug}/`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('항구 여객선, 밤새 운항한다');
  expect(await paragraphTexts(page)).toEqual(blocks(translated.translation, 1));
  await expect(page.getByText('영문판 기사를 번역한 글입니다.')).toBeVisible();
  await page.keyboard.press('End');
  await expect.poll(async () => { const state = await pageState(page); return state.current === state.total; }).toBe(true);
});

test('an article imported without a translation shows its Korean edition in English, marked, saying the translation is coming', async ({ page }) => {
  await open(page, `/ko/articles/${untranslated.slug}/`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Night market returns to the old rail yard');
  await expect(heading).toHaveAttribute('lang', 'en');
  await expect(page.getByText('아직 번역되지 않은 기사입니다. 번역이 준비될 때까지 원문으로 보여 드립니다.')).toBeVisible();
  expect(await paragraphTexts(page)).toEqual(blocks(untranslated.capture, 5));
  for (const paragraph of await page.locator('.paragraph-text').all()) await expect(paragraph).toHaveAttribute('lang', 'en');
  await expect(page.locator('.untranslated-note')).toHaveText(blocks(untranslated.capture, 5).map(() => '아직 번역되지 않은 문단입니다. 원문으로 보여 드립니다.'));
  // A Korean page of English text: axe (as accessibility.spec.ts runs it) finds nothing to fix.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  await open(page, `/en/articles/${untranslated.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Night market returns to the old rail yard');
  await expect(page.locator('.translation-notice')).toHaveCount(0);
});

test('the new articles are in both feeds and the sitemap', async ({ request }) => {
  for (const path of ['/en/feed.xml', '/ko/feed.xml', '/sitemap.xml']) {
    const text = await (await request.get(`${server?.origin ?? ''}${path}`)).text();
    for (const { slug } of [translated, untranslated]) expect(text, path).toContain(`/articles/${slug}/`);
  }
});
