import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { articleUrl, expect, openReader, test } from './fixtures.ts';

/**
 * The strict policy holds: every page is served with it (header and meta tag) and the reader does all it
 * does under it with zero violations: hydration, fetching the other language, paging, settings, sharing.
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

test('the article page is served with the policy and runs under it without a violation', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const response = await page.goto(articleUrl('en'));
  const header = response?.headers()['content-security-policy'] ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) {
    expect(header).toContain(directive);
  }
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);
  // The one inline style is the app's stylesheet (inlined so the text paints without waiting for it),
  // allowed by its hash in both the header and the meta tag; nothing else inline is.
  const styles = await page.evaluate(() => [...document.querySelectorAll('style')].map((style) => style.textContent));
  expect(styles).toHaveLength(1);
  const hash = `'sha256-${createHash('sha256').update(styles[0] ?? '', 'utf8').digest('base64')}'`;
  expect(header).toContain(`style-src 'self' ${hash};`);
  expect(header).not.toContain('unsafe-inline');
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain(`style-src 'self' ${hash};`);
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

test.describe('other pages', () => {
  test.use({ expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 404/] });

  test('the not-found page and the home page run under the policy too', async ({ page }) => {
    const notFound = await page.goto('/ko/no/such/page');
    expect(notFound?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
    expect(await violations(page)).toEqual([]);

    await openReader(page, '/');
    expect(await violations(page)).toEqual([]);
  });

  test('the headers file is read by the server, not served to readers', async ({ request, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    for (const path of ['/_headers', '//_headers', '/%5Fheaders', '/_headers?x=1']) {
      // Absolute, so that `//_headers` stays a path rather than a host.
      const response = await request.get(`${origin}${path}`);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain('X-Content-Type-Options: nosniff');
    }
  });
});
