import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { articleUrl, expect, openReader, test } from './fixtures.ts';

/**
 * axe-core on every kind of page the reader serves, at phone and desktop sizes, in the light and dark
 * system themes (and sepia, chosen in the settings), plus the language marking that axe cannot judge:
 * whether text in one language sits inside an element marked with the other.
 */

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One line per violation, naming the rule and the elements, so a failure says what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} -> ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** The page background a person sees: proof that the theme under test is the one on screen. */
const backgrounds = { light: 'rgb(253, 252, 249)', dark: 'rgb(20, 22, 25)', sepia: 'rgb(244, 236, 216)' } as const;
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

const notFoundLog = /^Failed to load resource: the server responded with a status of 404/;
// Logged for the script requests the home page's test aborts (see openHomeWithoutRedirect).
const abortedScriptLog = /^Failed to load resource: net::ERR_FAILED/;
// One pattern for both: Playwright reads a two-element array in test.use() as [value, fixture options].
const notFoundOrAbortedLog = /^Failed to load resource: (?:the server responded with a status of 404|net::ERR_FAILED)/;

/**
 * `/` sends every browser with JavaScript on to an article, so its own markup is only ever read with
 * JavaScript off. Axe cannot run in a context with JavaScript disabled: `page.evaluate` still evaluates,
 * but timers never fire there, and axe schedules its checks with setTimeout, so `analyze()` never returns.
 * Instead the page loads with JavaScript on and its scripts aborted: the same prerendered HTML and
 * stylesheet a no-JS browser gets (noscript.css styles only the reading view, not this page).
 */
async function openHomeWithoutRedirect(page: Page): Promise<void> {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilingual Article Reader');
  await expect(page.getByRole('link', { name: '더불어민주당 대표, 북미 대화 환영' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
}

/** Both languages at once (issue 13): the link's view, once its pairs are laid out. */
async function openBothLanguages(page: Page, language: 'en' | 'ko'): Promise<void> {
  await openReader(page, articleUrl(language, '?view=both'));
  await expect(page.locator('.pager-columns[data-pair-layout]')).toBeAttached();
}

async function openSettings(page: Page, buttonLabel: string, themeLabel: string): Promise<void> {
  await page.getByRole('button', { name: buttonLabel }).click();
  await expect(page.getByRole('radio', { name: themeLabel })).toBeVisible();
}

const peekLabels = {
  en: { toggle: 'Show paragraph 1 in Korean', peek: 'Paragraph 1 in Korean' },
  ko: { toggle: '1번째 문단 영어로 보기', peek: '1번째 문단 영어판' },
} as const;

/** Opens paragraph 1's counterpart below it (peek) and waits for its text. */
async function openPeek(page: Page, language: 'en' | 'ko'): Promise<void> {
  await page.getByRole('button', { name: peekLabels[language].toggle }).click();
  await expect(page.getByRole('note', { name: peekLabels[language].peek }).locator('[lang]')).toBeVisible();
}

/** The article in `language`, laid out, with a peek open. */
const articleWithPeek = (language: 'en' | 'ko') => async (page: Page) => {
  await openReader(page, articleUrl(language));
  await openPeek(page, language);
};

interface PageKind {
  name: string;
  open: (page: Page) => Promise<void>;
  expectedConsoleErrors: RegExp[];
}

const pageKinds: PageKind[] = [
  { name: 'the English article', open: (page) => openReader(page, articleUrl('en')), expectedConsoleErrors: [] },
  { name: 'the Korean article', open: (page) => openReader(page, articleUrl('ko')), expectedConsoleErrors: [] },
  { name: 'the English article in both languages', open: (page) => openBothLanguages(page, 'en'), expectedConsoleErrors: [] },
  { name: 'the Korean article in both languages', open: (page) => openBothLanguages(page, 'ko'), expectedConsoleErrors: [] },
  {
    name: 'the English article with the reading settings open',
    open: async (page) => {
      await openReader(page, articleUrl('en'));
      await openSettings(page, 'Reading settings', 'Light');
    },
    expectedConsoleErrors: [],
  },
  {
    name: 'the Korean article with the reading settings open',
    open: async (page) => {
      await openReader(page, articleUrl('ko'));
      await openSettings(page, '읽기 설정', '밝게');
    },
    expectedConsoleErrors: [],
  },
  { name: 'the English article with a peek open', open: articleWithPeek('en'), expectedConsoleErrors: [] },
  { name: 'the Korean article with a peek open', open: articleWithPeek('ko'), expectedConsoleErrors: [] },
  {
    name: 'the English not-found page',
    open: async (page) => {
      expect((await page.goto('/en/articles/nope/'))?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    },
    expectedConsoleErrors: [notFoundLog],
  },
  {
    name: 'the Korean not-found page',
    open: async (page) => {
      expect((await page.goto('/ko/articles/nope/'))?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
    },
    expectedConsoleErrors: [notFoundLog],
  },
  { name: 'the home page (as read without JavaScript)', open: openHomeWithoutRedirect, expectedConsoleErrors: [abortedScriptLog] },
];

const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
] as const;

for (const kind of pageKinds) {
  test.describe(kind.name, () => {
    test.use({ expectedConsoleErrors: kind.expectedConsoleErrors });
    for (const size of sizes) {
      for (const scheme of ['light', 'dark'] as const) {
        test(`has no axe violations at ${size.name} size in the ${scheme} system theme`, async ({ page }) => {
          await page.setViewportSize(size.viewport);
          await page.emulateMedia({ colorScheme: scheme });
          await kind.open(page);
          expect(await pageBackground(page)).toBe(backgrounds[scheme]);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }
  });
}

test.describe('the sepia theme', () => {
  for (const size of sizes) {
    test(`chosen in the reading settings, has no axe violations at ${size.name} size, panel open or closed, and with a peek open`, async ({ page }) => {
      await page.setViewportSize(size.viewport);
      await openReader(page, articleUrl('en'));
      await openSettings(page, 'Reading settings', 'Sepia');
      await page.getByRole('radio', { name: 'Sepia' }).check();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
      expect(await pageBackground(page)).toBe(backgrounds.sepia);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Reading settings' }).click();
      await expect(page.getByRole('radio', { name: 'Sepia' })).toBeHidden();
      expect(await axeViolations(page)).toEqual([]);

      await openPeek(page, 'en');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('both languages in the sepia theme have no axe violations, side by side and interleaved', async ({ page }) => {
  for (const size of sizes) {
    await page.setViewportSize(size.viewport);
    await openBothLanguages(page, 'ko');
    await openSettings(page, '읽기 설정', '세피아');
    await page.getByRole('radio', { name: '세피아' }).check();
    await page.getByRole('button', { name: '읽기 설정' }).click();
    expect(await pageBackground(page)).toBe(backgrounds.sepia);
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('the article showing the continue-reading notice has no axe violations', async ({ page }) => {
  await page.setViewportSize(sizes[0].viewport);
  await openReader(page, articleUrl('ko'));
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).hash).not.toBe('');
  await openReader(page, articleUrl('ko'));
  await expect(page.getByRole('button', { name: '처음부터 읽기' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

/**
 * Language marking: text (or a tooltip, label or alt text) in one language inside an element whose
 * nearest `lang` names the other is read aloud with the wrong voice. Hangul marks Korean; a Latin word of
 * three or more letters with no Hangul marks English; digits, punctuation and "Aa" belong to neither.
 */
async function mislabelledText(page: Page, source: 'text' | 'attributes'): Promise<string[]> {
  return page.evaluate((source) => {
    const languageOf = (text: string): 'ko' | 'en' | null =>
      /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(text) ? 'ko' : /[A-Za-z]{3,}/.test(text) ? 'en' : null;
    const markedLanguage = (element: Element): string =>
      (element.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().split('-')[0] ?? '';
    const describe = (element: Element): string =>
      `<${element.tagName.toLowerCase()}${element.className ? ` class="${String(element.className)}"` : ''}>`;
    const problems: string[] = [];
    const check = (text: string, element: Element, what: string): void => {
      const language = languageOf(text);
      const marked = markedLanguage(element);
      if (language && language !== marked) {
        problems.push(`${language} ${what} "${text.trim().slice(0, 40)}" in ${describe(element)} marked lang="${marked}"`);
      }
    };
    if (source === 'text') {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent && !parent.closest('script, style, noscript')) check(node.textContent ?? '', parent, 'text');
      }
    } else {
      for (const element of document.body.querySelectorAll('[title], [aria-label], [alt], [placeholder]')) {
        for (const name of ['title', 'aria-label', 'alt', 'placeholder']) {
          const value = element.getAttribute(name);
          if (value) check(value, element, name);
        }
      }
    }
    return problems;
  }, source);
}

test.describe('language marking', () => {
  test('the running title repeats the headline in the page’s language, hidden from screen readers', async ({ page }) => {
    for (const [language, headline] of [
      ['en', 'DPK leader welcomes US-N. Korea talks'],
      ['ko', '더불어민주당 대표, 북미 대화 환영'],
    ] as const) {
      await openReader(page, articleUrl(language));
      const runningTitle = page.locator('.running-title');
      await expect(runningTitle).toHaveText(headline);
      await expect(runningTitle).toBeVisible();
      // The h1 is the heading; a second copy would be read out twice on every page.
      await expect(runningTitle).toHaveAttribute('aria-hidden', 'true');
      await expect(page.getByText(headline, { exact: true })).toHaveCount(2);
      expect(await runningTitle.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe(language);
    }
  });

  test('after the in-place switch, the running title follows the new language', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.getByRole('link', { name: '한국어' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('.running-title')).toHaveText('더불어민주당 대표, 북미 대화 환영');
  });

  for (const [name, open] of [
    ['the English article', (page: Page) => openReader(page, articleUrl('en'))],
    ['the Korean article', (page: Page) => openReader(page, articleUrl('ko'))],
    ['the English article in both languages', (page: Page) => openBothLanguages(page, 'en')],
    ['the Korean article in both languages', (page: Page) => openBothLanguages(page, 'ko')],
    ['the English article with a peek open', articleWithPeek('en')],
    ['the Korean article with a peek open', articleWithPeek('ko')],
    [
      'the Korean article reached by the in-place switch',
      async (page: Page) => {
        await openReader(page, articleUrl('en'));
        await page.getByRole('link', { name: '한국어' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
        await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
      },
    ],
  ] as const) {
    test(`on ${name}, every Korean text is inside lang="ko" and every English text inside lang="en"`, async ({ page }) => {
      await open(page);
      await page.getByRole('button', { name: /^(Reading settings|읽기 설정)$/ }).click();
      expect(await mislabelledText(page, 'text')).toEqual([]);
    });

    test(`on ${name}, tooltips and labels are marked with the language they are written in`, async ({ page }) => {
      await open(page);
      expect(await mislabelledText(page, 'attributes')).toEqual([]);
    });
  }

  test.describe('pages without the reader', () => {
    test.use({ expectedConsoleErrors: [notFoundOrAbortedLog] });

    test('the not-found pages and the home page mark every text with its language', async ({ page }) => {
      for (const url of ['/en/articles/nope/', '/ko/articles/nope/']) {
        await page.goto(url);
        await expect(page.locator('[data-page="not-found"]')).toBeVisible();
        expect(await mislabelledText(page, 'text'), url).toEqual([]);
        expect(await mislabelledText(page, 'attributes'), url).toEqual([]);
      }
      await openHomeWithoutRedirect(page);
      expect(await mislabelledText(page, 'text'), '/').toEqual([]);
      expect(await mislabelledText(page, 'attributes'), '/').toEqual([]);
    });
  });
});
