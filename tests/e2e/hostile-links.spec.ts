import type { Page, Response } from '@playwright/test';
import { expect, slug, test } from './fixtures.ts';

/**
 * A sweep of bad links, the kind crawlers, scanners and mistyping readers send: unknown languages, encoded
 * junk, path traversal, absurd positions, script payloads, huge and exotic addresses. Whatever comes in,
 * the reader answers with the article or a library (200) or the not-found page (404) in the right language, and never
 * runs a payload, opens a dialog, throws, or leaves the site.
 */

type Outcome = 'article' | 'notFound' | 'either' | 'library' | 'libraryOrNotFound';
interface HostileLink {
  path: string;
  expected: Outcome;
}

const article = (path: string): HostileLink => ({ path, expected: 'article' });
const notFound = (path: string): HostileLink => ({ path, expected: 'notFound' });
/** The server may find the article behind an odd spelling, or not: either is fine if the page agrees. */
const either = (path: string): HostileLink => ({ path, expected: 'either' });
const library = (path: string): HostileLink => ({ path, expected: 'library' });
/** An address whose dot segments a server may resolve to a library (/en/articles/%2e%2e%2f is /en/), or refuse. */
const libraryOrNotFound = (path: string): HostileLink => ({ path, expected: 'libraryOrNotFound' });

const articlePath = (language: string) => `/${language}/articles/${slug}/`;

// Each one sets window.__pwned (or calls alert, which would open a dialog) if it ever runs as script.
const payloads = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror=window.__pwned=1>',
  'javascript:window.__pwned=1',
  "'-alert(1)-'",
  "{{constructor.constructor('window.__pwned=1')()}}",
  '${window.__pwned=1}',
];

const categories: Array<{ name: string; links: HostileLink[] }> = [
  {
    name: 'unknown or misspelled languages',
    links: ['fr', 'EN', 'En', 'kr', 'KO', 'jp', 'en-US', 'ko-KR', '', ' ', '../', '%2e%2e', 'english', '한국어', '__proto__'].map((language) =>
      notFound(`/${language}/articles/${slug}/`),
    ),
  },
  {
    name: 'missing, extra and misplaced path segments',
    links: [
      library('/en'),
      library('/ko'),
      library('/ko/'),
      notFound('/en/articles/'),
      notFound('/ko/articles'),
      notFound(`/en/articles/${slug}/extra/`),
      notFound(`/ko/${slug}/`),
      notFound(`/articles/${slug}/`),
      notFound(`/en/article/${slug}/`),
      article(`/en/articles/${slug}`),
      article(`/ko/articles/${slug}/index.html`),
      either(`/en//articles/${slug}/`),
      either(`/ko/articles/${slug}//`),
    ],
  },
  {
    name: 'encoded junk in the path',
    links: [
      '/en/articles/%ZZ/',
      `/%ZZ/articles/${slug}/`,
      '/en/articles/%/',
      '/en/articles/%E0%A4%A/',
      '/en/articles/%C0%AF/',
      '/en/articles/%C0%AE%C0%AE%C0%AF/',
      '/en/articles/%252e%252e%252f/',
      '/ko/articles/%25ZZ/',
      '/en/articles/%FF%FE/',
      '/en/articles/%u002e%u002e/',
    ].map(notFound),
  },
  {
    // Static servers decode the path before looking for a file, so these reach the article's own HTML.
    name: 'percent-encoded spellings of the real article path',
    links: [
      either(`/e%6e/articles/${slug}/`),
      either(`/ko/articles/%64${slug.slice(1)}/`),
      either(`/en/articles/${slug}%2F`),
      either(`/ko%2Farticles%2F${slug}%2F`),
    ],
  },
  {
    name: 'path traversal',
    links: [
      notFound('/en/articles/../../etc/passwd'),
      notFound('/en/articles/../../../../../../../etc/passwd'),
      libraryOrNotFound('/en/articles/%2e%2e%2f'),
      ...[
        '/en/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
        '/en/articles/..%2f..%2f..%2fpackage.json',
        '/..%2f..%2fpackage.json',
        '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
        '/en/articles/..%5c..%5cpackage.json',
        '/en/articles/....//....//etc/passwd',
        '/content/..%2f..%2fpackage.json',
        '/content/%2e%2e/%2e%2e/package.json',
        '/assets/..%2f..%2fsrc%2fmain.tsx',
        '/ko/articles/..%2f..%2f..%2fvite.config.ts',
      ].map(notFound),
    ],
  },
  {
    name: 'huge, negative and malformed positions in the fragment',
    links: [
      '#p999999999999',
      '#p3.-1',
      '#p-3',
      '#p3.1e9',
      '#p3.99999999999999999999',
      '#p0',
      '#p3.',
      '#.3',
      '#p3.120.5',
      '#P3',
      '#p3.0x10',
      '#p4.999999999',
      '#p3.NaN',
      '#p%33',
      '#constructor',
      '#__proto__',
      '#toString.3',
      '#content',
      '#',
      '#%ZZ',
    ].map((fragment, index) => article(`${articlePath(index % 2 === 0 ? 'en' : 'ko')}${fragment}`)),
  },
  {
    name: 'script payloads in the path',
    links: payloads.map((payload) => notFound(`/en/articles/${payload}/`)),
  },
  {
    name: 'script payloads in the query and the fragment',
    links: payloads.flatMap((payload) => [
      article(`${articlePath('en')}?q=${payload}`),
      article(`${articlePath('ko')}#${payload}`),
      article(`${articlePath('en')}#${encodeURIComponent(payload)}`),
    ]),
  },
  {
    name: 'very long addresses',
    links: [
      notFound(`/en/articles/${'a'.repeat(5000)}/`),
      notFound(`/${'x/'.repeat(2500)}`),
      notFound(`/ko/articles/${'가'.repeat(500)}/`),
      article(`${articlePath('en')}?q=${'x'.repeat(5000)}`),
      article(`${articlePath('ko')}#p1.${'9'.repeat(5000)}`),
      article(`${articlePath('en')}#${'p'.repeat(5000)}`),
    ],
  },
  {
    name: 'unicode',
    links: [
      notFound('/ko/articles/사설/'),
      notFound('/ko/articles/더불어민주당-대표/'),
      notFound('/en/articles/🙂/'),
      notFound(`/🙂/articles/${slug}/`),
      notFound(`/ko/articles/${slug}🙂/`),
      notFound(`/ko/기사/${slug}/`),
      notFound('/en/articles/ｄｐｋ-leader-welcomes-us-n-korea-talks/'),
      notFound(`/en/articles/dpk\u200b-leader-welcomes-us-n-korea-talks/`),
      notFound('/en/articles/\u202egpj.exe/'),
      article(`${articlePath('ko')}#사설`),
      article(`${articlePath('ko')}?q=한국어🙂`),
    ],
  },
  {
    name: 'null bytes and control characters',
    links: [
      notFound('/en/articles/%00/'),
      notFound('/%00'),
      notFound(`/en%00/articles/${slug}/`),
      notFound(`/en/articles/${slug}%00/`),
      notFound('/en/articles/a\u0000b/'),
      notFound('/en/articles/%0d%0aSet-Cookie:%20pwned=1/'),
      article(`${articlePath('en')}?q=%00`),
      article(`${articlePath('ko')}#p3%00`),
      // The trailing-slash redirect copies the query into its Location header.
      article(`/en/articles/${slug}?next=%0d%0aSet-Cookie:%20pwned=1`),
    ],
  },
  {
    name: 'junk query strings on the real article',
    links: [
      `${articlePath('en')}?`,
      `${articlePath('ko')}??`,
      `${articlePath('en')}?a=1&a=2&a[]=3`,
      `${articlePath('ko')}?lang=en`,
      `${articlePath('en')}?__proto__[pwned]=1&constructor[prototype][pwned]=1`,
      `${articlePath('en')}?%ZZ=%ZZ`,
      `${articlePath('ko')}?utm_source=x&utm_medium=y#p2`,
      `${articlePath('en')}?#p3.120`,
    ].map(article),
  },
  {
    // `//host/…` in a Location header is a link to another site, which must never happen.
    name: 'paths starting with two slashes',
    links: [either(`//en/articles/${slug}/`), either(`//ko/articles/${slug}`), notFound('//evil.example/'), either(`//en/articles/${slug}?x=1`)],
  },
];

const headlines = { en: 'DPK leader welcomes US-N. Korea talks', ko: '더불어민주당 대표, 북미 대화 환영' };
const notFoundTitles = { en: 'Page not found', ko: '페이지를 찾을 수 없습니다' };
const libraryTitles = { en: 'All articles', ko: '모든 기사' };
const notFoundLog = /^Failed to load resource: the server responded with a status of 404/;

/** Long paths make unreadable failure messages. */
const shortened = (path: string) => (path.length > 90 ? `${path.slice(0, 70)}… (${path.length} characters)` : path);

/**
 * The language of the page at a path: its first segment, read the way a static server reads a path (percent-
 * decoded), since that is how it picked the file the page was built from.
 */
function languageOfPath(pathname: string): 'en' | 'ko' {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Malformed escapes: the server could not decode it either.
  }
  return decoded.split('/').find((segment) => segment !== '') === 'ko' ? 'ko' : 'en';
}

/** What happened on the page while one link was open. */
interface Incidents {
  dialogs: string[];
  errors: string[];
  offsite: string[];
  redirects: string[];
}

async function watch(page: Page, origin: string): Promise<Incidents> {
  const incidents: Incidents = { dialogs: [], errors: [], offsite: [], redirects: [] };
  page.on('dialog', (dialog) => {
    incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !notFoundLog.test(message.text())) incidents.errors.push(message.text());
  });
  page.on('response', (response) => {
    const location = response.headers()['location'];
    if (location !== undefined) incidents.redirects.push(`${response.status()} Location: ${location}`);
  });
  // Nothing here needs another origin: a payload phoning home is caught, not followed. (A redirect of the
  // page itself is followed by the network stack without routing; the `redirects` list shows it.)
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      incidents.offsite.push(route.request().url());
      return route.abort();
    },
  );
  return incidents;
}

/** The same shape as what `observe` returns, for one readable diff per link. */
interface Observation {
  status: number | string;
  heading: string;
  pageIndicator: string;
  pwned: unknown;
  cookie: string;
  dialogs: string[];
  errors: string[];
  offsite: string[];
}

const validIndicator = 'N / M with 1 <= N <= M';

async function checkLink(page: Page, origin: string, link: HostileLink, incidents: Incidents): Promise<void> {
  for (const list of Object.values(incidents)) list.length = 0;
  // From a blank page, so that links differing only in the fragment still load a new document.
  await page.goto('about:blank');
  const at = shortened(link.path);
  const response: Response | null | string = await page
    .goto(`${origin}${link.path}`, { waitUntil: 'load' })
    .catch((error: unknown) => (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)));
  if (typeof response === 'string' || response === null) {
    const failure = { navigation: response ?? 'no response', redirects: incidents.redirects };
    expect.soft(failure, `${at}: the link opens a page on this site`).toEqual({ navigation: 'a response', redirects: [] });
    // Let the browser's error page finish arriving, so that it does not interrupt the next navigation.
    await page.waitForURL((url) => url.protocol === 'chrome-error:', { timeout: 2000 }).catch(() => undefined);
    return;
  }
  const status = response.status();
  const language = languageOfPath(new URL(page.url()).pathname);
  const toLibrary = link.expected === 'library' || link.expected === 'libraryOrNotFound';
  const expectedHeading = status !== 200 ? notFoundTitles[language] : toLibrary ? libraryTitles[language] : headlines[language];
  const paged = status === 200 && !toLibrary;
  const heading = page.getByRole('heading', { level: 1 });
  // Wait for the page to be finished (paged, or hydrated into the right language), but never fail here:
  // the comparison below says what was wrong.
  const ready = paged ? page.locator('.reader[data-paged]') : heading.filter({ hasText: expectedHeading });
  await ready.waitFor({ timeout: 5000 }).catch(() => undefined);
  // One more frame for anything hydration queued, then look for what a payload would leave behind.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const seen = await page.evaluate(() => ({
    heading: document.querySelector('h1')?.textContent ?? '(no h1)',
    indicator: document.querySelector('.reader[data-paged] .page-indicator')?.textContent?.trim() ?? '(not paged)',
    pwned: Reflect.get(window, '__pwned') ?? null,
    cookie: document.cookie,
  }));
  const [, current = 0, total = 0] = /^(\d+) \/ (\d+)$/.exec(seen.indicator)?.map(Number) ?? [];
  const observed: Observation = {
    status,
    heading: seen.heading,
    pageIndicator: current >= 1 && current <= total ? validIndicator : `"${seen.indicator}"`,
    pwned: seen.pwned,
    cookie: seen.cookie,
    dialogs: [...incidents.dialogs],
    errors: [...incidents.errors],
    offsite: [...incidents.offsite],
  };
  const allowed = { article: [200], notFound: [404], either: [200, 404], library: [200], libraryOrNotFound: [200, 404] }[link.expected];
  const expected: Observation = {
    status: allowed.includes(status) ? status : allowed.join(' or '),
    heading: expectedHeading,
    pageIndicator: paged ? validIndicator : '"(not paged)"',
    pwned: null,
    cookie: '',
    dialogs: [],
    errors: [],
    offsite: [],
  };
  expect.soft(observed, `${at} (now at ${shortened(new URL(page.url()).pathname)})`).toEqual(expected);
}

// Each failure message names the link and shows what the page showed; a trace of a hundred page loads would
// only slow every run down. (Playwright takes `trace` at the top level of a file only.)
test.use({ trace: 'off' });

test.describe('hostile links', () => {
  // Chromium logs the 404 status of the not-found document itself; every other console error is a failure.
  test.use({ expectedConsoleErrors: [notFoundLog] });

  test('the sweep has at least 60 links, none twice', () => {
    const paths = categories.flatMap((category) => category.links.map((link) => link.path));
    expect(paths.length).toBeGreaterThanOrEqual(60);
    expect(new Set(paths).size).toBe(paths.length);
  });

  for (const category of categories) {
    test(`${category.name} (${category.links.length} links): article or not-found page, no script, no dialog`, async ({ page, baseURL }) => {
      // Generous: a passing link takes about a second; a failing one waits for its soft assertions.
      test.setTimeout(category.links.length * 15_000);
      const origin = new URL(baseURL ?? '').origin;
      const incidents = await watch(page, origin);
      for (const link of category.links) await checkLink(page, origin, link, incidents);
    });
  }
});
