import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  expectedHeaders,
  expectedHeadersFile,
  expectedMetaPolicy,
  expectedNginxHeadersFile,
  inlineStyles,
  styleSourceHash,
} from '../fixtures/securityHeaders.ts';
import { articleUrl, expect, test } from './fixtures.ts';
import { rawGet } from './rawGet.ts';

/**
 * The strict policy holds: every response is served with every security header, by value (a redirect and a
 * not-found page too), `dist/_headers` says exactly that, every page carries the policy as a meta tag, and
 * the reader does all it does under it with zero violations: hydration, fetching the other language, paging,
 * settings, sharing. The expected values are written out in tests/fixtures/securityHeaders.ts; only the
 * stylesheet's hash is computed, here, from the stylesheet the page inlines.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
});

const violations = (page: Page) => page.evaluate(() => Reflect.get(window, 'cspViolations'));

/** The source hash of the app's stylesheet, from the one `<style>` element a built page has. */
function styleHashOf(html: string): string {
  const styles = inlineStyles(html);
  expect(styles, 'inline <style> elements').toHaveLength(1);
  return styleSourceHash(styles[0] ?? '');
}

/** The security headers of a response, by the names the tests expect. */
function securityHeadersOf(response: { headers: () => Record<string, string> } | null): Record<string, string | undefined> {
  const headers = response?.headers() ?? {};
  return Object.fromEntries(Object.keys(expectedHeaders('')).map((name) => [name, headers[name.toLowerCase()]]));
}

/** The policy in a page's `<meta http-equiv="Content-Security-Policy">`, its attribute value unescaped. */
function metaPolicyOf(html: string): string | undefined {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  return content?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The built article page's stylesheet hash (its HTML, straight from dist/). */
function builtStyleHash(): string {
  const dist = process.env.E2E_DIST ?? 'dist';
  return styleHashOf(readFileSync(join(dist, articleUrl('en').slice(1), 'index.html'), 'utf8'));
}

test('the article page is served with every security header and runs under the policy without a violation', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const response = await page.goto(articleUrl('en'));
  // Hashed from what the browser got, apart from the code that computed the policy.
  const hash = styleHashOf((await response?.text()) ?? '');
  expect(hash).toBe(builtStyleHash());
  expect(securityHeadersOf(response)).toEqual(expectedHeaders(hash));
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', expectedMetaPolicy(hash));
  expect(await page.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.href).length)).toBe(0);
  await expect(page.locator('.reader[data-paged]')).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  expect(await violations(page)).toEqual([]);
});

test('a redirect, a not-found page and the home page carry every security header, by value', async ({ request }) => {
  const hash = builtStyleHash();
  const redirect = await request.get(articleUrl('ko').replace(/\/$/, ''), { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(securityHeadersOf(redirect)).toEqual(expectedHeaders(hash));
  for (const path of ['/ko/no/such/page', '/no/such/page', '/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(securityHeadersOf(response), path).toEqual(expectedHeaders(hash));
    expect(metaPolicyOf(await response.text()), path).toBe(expectedMetaPolicy(hash));
  }
});

test('dist/_headers and dist/_headers.nginx.conf hold exactly the header set, for every path', () => {
  const dist = process.env.E2E_DIST ?? 'dist';
  expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(expectedHeadersFile(builtStyleHash()));
  expect(readFileSync(join(dist, '_headers.nginx.conf'), 'utf8')).toBe(expectedNginxHeadersFile(builtStyleHash()));
});

test.describe('other pages', () => {
  test.use({ expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 404/] });

  test('the not-found page and the home page run under the policy too', async ({ page }) => {
    await page.goto('/ko/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
    expect(await violations(page)).toEqual([]);

    // The home page sends the browser on to the library.
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('list')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

test('the headers files are read by the server and never served, however their path is spelled', async ({ baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const spellings = [
    '/_headers',
    '/_headers/',
    '//_headers',
    '/./_headers',
    '/%5Fheaders',
    '/content/../_headers',
    '/content/%2e%2e/_headers',
    '/content/..%2f_headers',
    '/en/articles/../../_headers/',
    '/_headers?x=1',
    '/_headers.nginx.conf',
    '/content/..%2f_headers.nginx.conf',
  ];
  for (const path of spellings) {
    const response = await rawGet(origin, path);
    const body = response.body.toString('utf8');
    expect(response.status, path).toBe(404);
    expect(body, path).toContain('<h1>Page not found</h1>');
    expect(body, path).not.toContain('X-Content-Type-Options');
    expect(response.headers['x-content-type-options'], path).toBe('nosniff');
  }
});
