import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import * as z from 'zod/mini';
import { catalogIndexSchema } from '../../src/articles/catalogIndex.ts';
import { chromiumLaunchOptions } from './browser.ts';
import { changedBuild } from './changedBuild.ts';
import { startDeployServer } from './deployServer.ts';
import { articleUrl, expect, isPositionVisible, openReader, positionInUrl, slug, test } from './fixtures.ts';

/**
 * Offline and installable (issue 16), in Chromium against the built site: after one visit online, every URL
 * answers offline with its own page, and everything a reader does on it works; a new build reaches an open
 * page as a notice, and its reload keeps the place; the browser finds nothing to stop an install.
 *
 * Every other spec blocks service workers (playwright.config.ts): `page.route` never sees what a worker
 * answers, and a worker left by one test would answer the next one's requests.
 */
test.use({ serviceWorkers: 'allow' });

const dist = process.env.E2E_DIST ?? 'dist';

/** Runs in the page before its scripts: keeps every CSP violation for expectNoCspViolation. */
function recordCspViolations(): void {
  const violations: string[] = [];
  Object.assign(window, { cspViolations: violations });
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordCspViolations);
});

const expectNoCspViolation = async (page: Page): Promise<void> =>
  expect(await page.evaluate(() => Reflect.get(window, 'cspViolations')), 'CSP violations').toEqual([]);

/** Waits until the service worker has precached this build and controls the page. */
async function offlineReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null)).toBe('activated');
}

/** The page the reader sees is the article in `language`, read from the precache, not from the page's fallback. */
async function expectArticle(page: Page, language: 'en' | 'ko'): Promise<void> {
  await expect(page.locator('.reader[data-paged]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  // Shown when an edition could not be fetched (the page then reads its own text): offline, it never may be.
  await expect(page.getByText(/could not be loaded|불러오지 못했습니다/)).toHaveCount(0);
}

const manifestSchema = z.looseObject({ icons: z.array(z.object({ src: z.string(), sizes: z.string(), type: z.string(), purpose: z.string() })) });

const otherArticles = (): string[] =>
  catalogIndexSchema
    .parse(JSON.parse(readFileSync(join(dist, 'content/index.json'), 'utf8')))
    .articles.map((article) => article.slug)
    .filter((other) => other !== slug);

test('after one visit online, every page and what a reader does on it work offline', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.setViewportSize({ width: 390, height: 844 });
  await openReader(page, articleUrl('en'));
  await offlineReady(page);
  await context.setOffline(true);

  // A reload, and the page turns.
  await page.reload();
  await expectArticle(page, 'en');
  await expect(page.locator('.page-indicator')).toHaveText(/^1 \//);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.page-indicator')).toHaveText(/^2 \//);
  await expect.poll(() => new URL(page.url()).hash).not.toBe('');
  const place = positionInUrl(page);

  // The language switch, at the same place, and sharing (copying) the link.
  await page.getByRole('link', { name: '한국어' }).click();
  await expectArticle(page, 'ko');
  await expect(page).toHaveURL(new RegExp(`/ko/articles/${slug}/#${place.paragraph}`));
  await page.getByRole('button', { name: '공유' }).click();
  await expect(page.getByRole('status').filter({ hasText: '링크를 복사했습니다' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  // Both languages: the same prerendered page, whatever the query.
  await page.getByRole('button', { name: '두 언어로 보기' }).click();
  await expect(page).toHaveURL(/\?view=both/);
  await page.reload();
  await expectArticle(page, 'ko');
  await expect(page.locator('[lang="en"] .paragraph-text, .paragraph-text[lang="en"]').first()).toBeAttached();

  // A shared link to a place opens at that place; the plain link then continues there.
  await page.goto(articleUrl('en', '#p3'));
  await expectArticle(page, 'en');
  expect(await isPositionVisible(page, { paragraph: 'p3', offset: 0 })).toBe(true);
  await page.goto(articleUrl('en'));
  await expectArticle(page, 'en');
  await expect(page.getByText('Continuing where you left off.')).toBeVisible();
  expect(await isPositionVisible(page, { paragraph: 'p3', offset: 0 })).toBe(true);

  // The address without its trailing slash, which the host would redirect.
  await page.goto(`/ko/articles/${slug}`);
  await expectArticle(page, 'ko');

  // Another article the build lists (one is enough: they are all globbed alike), and the libraries where
  // the build has them.
  const [other] = otherArticles();
  if (other) {
    await page.goto(articleUrl('en').replace(slug, other));
    await expectArticle(page, 'en');
  }
  for (const language of ['en', 'ko'] as const) {
    if (!existsSync(join(dist, language, 'index.html'))) continue;
    await page.goto(`/${language}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('[data-page="not-found"]')).toHaveCount(0);
  }

  // The installed app's start URL, the front page: it sends the reader on to the library of their language,
  // which must have happened before the next address is opened (or it would cut that navigation short).
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-page="not-found"]')).toHaveCount(0);

  // Unknown addresses: the not-found page of their language.
  await page.goto('/en/articles/no-such-article/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const korean = await page.goto('/ko/no-such-page');
  // The Korean page itself (ko/404.html), not the English one that turns Korean once its script runs.
  expect(await korean?.text()).toContain('<html lang="ko">');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  await expectNoCspViolation(page);
});

test('the browser finds nothing that stops an install, and the manifest says what it should', async ({ baseURL }) => {
  // Not in Playwright's usual context: Chromium never offers to install from an incognito-like profile.
  const profile = mkdtempSync(join(tmpdir(), 'reader-install-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions(), baseURL, serviceWorkers: 'allow' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.addInitScript(recordCspViolations);
    await openReader(page, articleUrl('en'));
    await offlineReady(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);

    const manifestResponse = await page.request.get('/manifest.webmanifest');
    expect(manifestResponse.headers()['content-type']).toMatch(/^application\/manifest\+json\b/);
    const manifest = manifestSchema.parse(await manifestResponse.json());
    expect(manifest).toMatchObject({
      name: 'Bilingual Article Reader',
      short_name: 'Reader',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#fdfcf9',
      background_color: '#fdfcf9',
      user_preferences: { color_scheme_dark: { theme_color: '#141619', background_color: '#141619' } },
    });
    await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')).toHaveAttribute('content', '#141619');
    // Every icon is a PNG of the size it claims: 192, 512, and a maskable 512.
    const { icons } = manifest;
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      const png = await (await page.request.get(icon.src)).body();
      expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
    await expectNoCspViolation(page);
    expect(problems, 'console errors').toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a new build reaches an open page as a notice, and its reload brings it at the same place', async ({ page }) => {
  const server = await startDeployServer(dist);
  const next = mkdtempSync(join(tmpdir(), 'reader-next-build-'));
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReader(page, server.url(articleUrl('en')));
    await offlineReady(page);
    const { before, after } = await changedBuild(dist, next);
    await expect(page.locator('article')).toContainText(before);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).hash).not.toBe('');
    const place = positionInUrl(page);

    // Deployed; the reader comes back to the page (the browser looks for a new worker on every visit).
    server.deploy(next);
    await page.reload();
    await expect(page.locator('.reader[data-paged]')).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'A new version is available' });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('button', { name: 'Reload' })).not.toBeFocused();
    // Until the reader reloads, the page gets the files of its own build only, never the new one's.
    await expect(page.locator('article')).toContainText(before);
    const served = await page.evaluate((url) => fetch(url).then((response) => response.text()), `/content/en/${slug}.json`);
    expect(served).toContain(before);
    expect(served).not.toContain(after);
    // Reading on is not interrupted: the page still turns, and the place moves on.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => positionInUrl(page)).not.toEqual(place);
    const readOn = positionInUrl(page);

    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('article')).toContainText(after);
    await expect(page.locator('.reader[data-paged]')).toBeVisible();
    expect(positionInUrl(page)).toEqual(readOn);
    expect(await isPositionVisible(page, readOn)).toBe(true);
    await expect(page.getByText('A new version is available')).toHaveCount(0);
    // The old build's files are gone from storage: one cache, holding the new build.
    expect(await page.evaluate(() => caches.keys())).toHaveLength(1);
    await expectNoCspViolation(page);
  } finally {
    await server.close();
    rmSync(next, { recursive: true, force: true });
  }
});
